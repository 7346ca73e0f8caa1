package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cymru.croeso.engine.FlowCap;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionCsvWriter;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.history.HistoricProjection;
import cymru.croeso.engine.history.ProjectionRequest;
import cymru.croeso.engine.history.YearRange;

/**
 * {@code project}: projects every area of a population file from its historic components with assumptions taken
 * from chosen reference years, and writes the run as one long CSV table (issue 3, item 7).
 */
public final class ProjectCommand implements CliCommand {
    /** Caps named one by one in the summary; three show where an assumption overreaches without flooding the screen. */
    static final int CAPS_SHOWN = 3;

    private static final Set<String> KNOWN = Stream.concat(HistoricInputs.REQUIRED.stream(), Stream.of(
            HistoricInputs.MOTHERS, "base-year", "to", "fertility-years", "mortality-years", "migration-years", "out"))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public String name() {
        return "project";
    }

    @Override
    public String usage() {
        return CliMessages.format("project.usage");
    }

    @Override
    public int run(Args args, PrintStream out) {
        args.allowOnly(KNOWN);
        int baseYear = args.requiredInt("base-year");
        int endYear = args.requiredInt("to");
        if (endYear <= baseYear) {
            throw new UserError(CliMessages.format("project.endNotAfterBase", String.valueOf(endYear), String.valueOf(baseYear)));
        }
        boolean byMother = args.has(HistoricInputs.MOTHERS);
        // Without births by age of mother the engine scales a standard schedule to the base year: no reference years.
        YearRange fertility = byMother ? range(args, "fertility-years") : new YearRange(baseYear, baseYear);
        YearRange mortality = range(args, "mortality-years");
        YearRange migration = range(args, "migration-years");
        Path target = args.requiredPath("out");
        Map<String, Path> paths = new LinkedHashMap<>();
        for (String option : HistoricInputs.REQUIRED) {
            paths.put(option, args.requiredPath(option));
        }
        if (byMother) {
            paths.put(HistoricInputs.MOTHERS, args.requiredPath(HistoricInputs.MOTHERS));
        }
        checkFolder(target);

        HistoricInputs inputs = new HistoricInputs(paths);
        inputs.checkYears(baseYear, fertility, mortality, migration);
        inputs.reportRepeats(out);
        if (!byMother && args.has("fertility-years")) {
            out.println(CliMessages.format("project.fertilityYearsUnused", String.valueOf(baseYear)));
        }
        ProjectionResult result;
        try {
            result = HistoricProjection.run(new ProjectionRequest(inputs.tables(), baseYear, endYear, fertility,
                    mortality, migration));
        } catch (IllegalArgumentException e) {
            throw new UserError(CliMessages.format("project.rejected", inputs.inTermsOfFiles(e.getMessage())), e);
        }
        write(result, target);
        summarise(result, target, out);
        return Cli.OK;
    }

    private static YearRange range(Args args, String option) {
        String text = args.required(option);
        try {
            return YearRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(CliMessages.format("project.badRange", option, text), e);
        }
    }

    private static void checkFolder(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError(CliMessages.format("project.noFolder", parent));
        }
    }

    private static void write(ProjectionResult result, Path target) {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            ProjectionCsvWriter.write(result, w);
        } catch (IOException e) {
            throw new UserError(CliMessages.format("project.cannotWrite", target, e.getClass().getSimpleName()), e);
        }
    }

    private static void summarise(ProjectionResult result, Path target, PrintStream out) {
        PopulationShape shape = result.shape();
        long rows = (long) shape.cells() * (result.endYear() - result.baseYear() + 1);
        NumberFormat persons = NumberFormat.getNumberInstance(Locale.getDefault());
        persons.setMaximumFractionDigits(1);
        out.println(CliMessages.format("project.written", rows, target, persons.format(result.total(result.baseYear())),
                String.valueOf(result.baseYear()), persons.format(result.total(result.endYear())),
                String.valueOf(result.endYear())));
        List<FlowCap> caps = result.caps();
        if (!caps.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (FlowCap c : caps.subList(0, Math.min(CAPS_SHOWN, caps.size()))) {
                shown.add(CliMessages.format("project.cap", String.valueOf(c.year()), shape.areaCodes().get(c.area()),
                        String.valueOf(c.sex().code()), String.valueOf(c.age()),
                        c.component().name().toLowerCase(Locale.ROOT), persons.format(c.requested()),
                        persons.format(c.applied())));
            }
            out.println(CliMessages.format("project.caps", caps.size(), String.join("; ", shown)));
        }
    }
}
