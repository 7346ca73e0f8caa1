package cymru.croeso.core.boardpack;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.common.util.Monitor;

import cymru.croeso.core.scenario.ScenarioResolver;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.export.pack.BoardPackContent;
import cymru.croeso.export.pack.BoardPackExport;
import cymru.croeso.model.Project;

/**
 * The board pack written into a folder as the workbench's Ctrl+P writes it: named after the project, the scenario
 * and the day, never over an existing file, never left half-written (it is written under a hidden temporary name
 * and moved into place only when complete), and stopped between steps when the user cancels.
 *
 * @param project     the project; a copy nobody edits while the pack is made, since this runs off the UI thread
 * @param scenarioIds the pack's scenario, then any to compare with it
 * @param folder      where the pack goes; made if missing
 * @param language    {@code en} or {@code cy}: the pack's language and its file name's
 * @param rule        the disclosure control to apply
 * @param date        the date on the cover and in the file name
 */
public record BoardPackFile(Project project, List<String> scenarioIds, Path folder, String language,
        DisclosureRule rule, LocalDate date) {

    /** What a temporary pack is called while it is written: hidden, and not an .xlsx anyone would open. */
    static final String PART_PREFIX = ".croeso-pack-";
    static final String PART_SUFFIX = ".xlsx.part";

    public BoardPackFile {
        scenarioIds = List.copyOf(scenarioIds);
        if (scenarioIds.isEmpty()) {
            throw new IllegalArgumentException("a board pack needs at least one scenario");
        }
        new PackWords(language); // refuses a language other than en and cy now, not after the scenarios have run
    }

    /**
     * Runs the scenarios and writes the pack, reporting each step to {@code monitor} (one unit per scenario, one for
     * assembling, one for writing).
     *
     * @return the pack written, or empty when the monitor was cancelled (then nothing is left in the folder)
     * @throws IOException when the folder or the file cannot be written; nothing is left behind then either
     */
    public Optional<Path> write(Monitor monitor) throws IOException {
        monitor.beginTask(progress("task"), scenarioIds.size() + 2);
        try {
            ScenarioRunner runner = new ScenarioRunner(project);
            List<ScenarioRun> runs = new ArrayList<>();
            for (String id : scenarioIds) {
                if (monitor.isCanceled()) {
                    return Optional.empty();
                }
                monitor.subTask(progress("running", BoardPackAssembler.scenarioName(ScenarioResolver.find(project, id))));
                runs.add(runner.run(id));
                monitor.worked(1);
            }
            if (monitor.isCanceled()) {
                return Optional.empty();
            }
            monitor.subTask(progress("assembling"));
            BoardPackContent content = new BoardPackAssembler(project, language).assembleRuns(runs, date);
            monitor.worked(1);
            if (monitor.isCanceled()) {
                return Optional.empty();
            }
            monitor.subTask(progress("writing"));
            return writeWorkbook(content, monitor);
        } finally {
            monitor.done();
        }
    }

    private Optional<Path> writeWorkbook(BoardPackContent content, Monitor monitor) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, PART_PREFIX, PART_SUFFIX);
        try {
            new BoardPackExport(language, rule, part, null, Set.of()).run(content);
            // POI cannot be stopped half-way through a workbook, so a cancel during writing is honoured here
            if (monitor.isCanceled()) {
                return Optional.empty();
            }
            String name = fileName(project.getName(),
                    BoardPackAssembler.scenarioName(ScenarioResolver.find(project, scenarioIds.get(0))), date, language);
            for (int n = 1;; n++) {
                Path target = folder.resolve(n == 1 ? name + ".xlsx" : name + " (" + n + ").xlsx");
                try {
                    // a move without REPLACE_EXISTING fails rather than overwrite a pack written meanwhile
                    Files.move(part, target);
                    monitor.worked(1);
                    return Optional.of(target);
                } catch (FileAlreadyExistsException e) {
                    // try the next number
                }
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The file name (without .xlsx) of a pack: "Cymru board pack - Principal - 2026-05-01", in Welsh "Pecyn bwrdd
     * Cymru - Principal - 2026-05-01"; characters that some file systems refuse become hyphens.
     */
    public static String fileName(String project, String scenario, LocalDate date, String language) {
        String pattern = bundle(Locale.forLanguageTag(language)).getString("fileName");
        String name = MessageFormat.format(pattern, project, scenario, date.toString());
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
    }

    /** Progress text, in the language of the person watching (the workbench's), not the pack's. */
    private static String progress(String key, Object... args) {
        return new MessageFormat(bundle(Locale.getDefault()).getString("progress." + key), Locale.getDefault())
                .format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        // no fallback to the default locale: an English pack's name stays English in a Welsh workbench
        return ResourceBundle.getBundle("cymru.croeso.core.boardpack.filemessages", locale,
                BoardPackFile.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
