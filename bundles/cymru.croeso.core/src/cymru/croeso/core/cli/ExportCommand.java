package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cymru.croeso.core.boardpack.BoardPackAssembler;
import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.export.chart.ChartFormat;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.export.pack.BoardPackContent;
import cymru.croeso.export.pack.BoardPackExport;

/**
 * {@code export --project P --scenario ID [--compare ID2,…] --out PACK.xlsx [--lang en|cy] [--charts DIR
 * --formats png,svg,pdf] [--disclosure suppress|round] [--threshold N]}: the board pack workbook and chart files.
 */
public final class ExportCommand implements CliCommand {
    static final List<String> LANGUAGES = List.of("en", "cy");
    static final List<String> FORMATS = List.of("png", "svg", "pdf");
    /** Every format, when --charts is given without --formats: one run gives what a paper, a web page and print need. */
    static final String DEFAULT_FORMATS = "png,svg,pdf";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return ExportMessages.format("export.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException {
        args.allowOnly(Set.of("project", "scenario", "compare", "out", "lang", "charts", "formats", "disclosure",
                "threshold"));
        String language = language(args);
        DisclosureRule rule = rule(args);
        Path workbook = workbook(args);
        Path charts = args.has("charts") ? chartFolder(args) : null;
        if (charts == null && args.has("formats")) {
            throw new UserError(ExportMessages.format("export.formatsWithoutCharts"));
        }
        Set<ChartFormat> formats = charts == null ? Set.of() : formats(args.optional("formats", DEFAULT_FORMATS));
        Set<String> ids = new LinkedHashSet<>();
        ids.add(args.required("scenario").trim());
        for (String id : args.optional("compare", "").split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        ProjectInput input = ProjectInput.open(args);
        List<ScenarioRun> runs = new ArrayList<>();
        for (String id : ids) {
            runs.add(input.run(input.scenario(id)));
        }
        BoardPackContent content;
        try {
            content = new BoardPackAssembler(input.project(), language).assembleRuns(runs, LocalDate.now());
        } catch (ScenarioProblem e) {
            throw new UserError(e.getMessage(), e);
        }
        List<Path> written = new BoardPackExport(language, rule, workbook, charts, formats).run(content);
        List<String> list = new ArrayList<>(ids);
        out.println(ExportMessages.format("export.written", workbook, ExportMessages.format("export.lang." + language),
                list.get(0), list.size() > 1 ? ExportMessages.format("export.compared",
                        String.join(", ", list.subList(1, list.size()))) : "",
                rule.method() == DisclosureRule.Method.ROUND
                        ? ExportMessages.format("export.rounded", Integer.toString(DisclosureRule.ROUNDING_BASE))
                        : ExportMessages.format("export.suppressed", Integer.toString(rule.threshold()))));
        if (charts != null) {
            out.println(ExportMessages.format("export.charts", Integer.toString(written.size() - 1), charts));
        }
        return Cli.OK;
    }

    private static String language(Args args) {
        // without --lang, a Welsh-speaking user's pack is in Welsh; everyone else's in English
        String fallback = "cy".equals(Locale.getDefault().getLanguage()) ? "cy" : "en";
        String language = args.optional("lang", fallback).trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new UserError(ExportMessages.format("export.badLang", args.optional("lang", "")));
        }
        return language;
    }

    private static DisclosureRule rule(Args args) {
        String method = args.optional("disclosure", "suppress").trim().toLowerCase(Locale.ROOT);
        if (method.equals("round")) {
            if (args.has("threshold")) {
                throw new UserError(ExportMessages.format("export.thresholdWithRound"));
            }
            return new DisclosureRule(DisclosureRule.Method.ROUND, DisclosureRule.DEFAULT_THRESHOLD);
        }
        if (!method.equals("suppress")) {
            throw new UserError(ExportMessages.format("export.badDisclosure", args.optional("disclosure", "")));
        }
        int threshold = args.optionalInt("threshold", DisclosureRule.DEFAULT_THRESHOLD);
        if (threshold < 2) {
            throw new UserError(ExportMessages.format("export.badThreshold", Integer.toString(threshold),
                    Integer.toString(DisclosureRule.DEFAULT_THRESHOLD)));
        }
        return new DisclosureRule(DisclosureRule.Method.SUPPRESS, threshold);
    }

    private static Path workbook(Args args) {
        Path file = args.requiredPath("out");
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserError(ExportMessages.format("export.notXlsx", file));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError(ExportMessages.format("export.noFolder", parent));
        }
        return file;
    }

    private static Path chartFolder(Args args) {
        Path folder = args.requiredPath("charts");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError(ExportMessages.format("export.chartsNotFolder", folder));
        }
        return folder;
    }

    private static Set<ChartFormat> formats(String list) {
        for (String part : list.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !FORMATS.contains(p)) {
                throw new UserError(ExportMessages.format("export.badFormat", part.trim(), list));
            }
        }
        if (list.isBlank() || list.replace(",", "").isBlank()) {
            throw new UserError(ExportMessages.format("export.badFormat", list, list));
        }
        return ChartFormat.parseList(list);
    }
}
