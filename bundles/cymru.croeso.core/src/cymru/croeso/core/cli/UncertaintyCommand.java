package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cymru.croeso.core.analysis.AreaFanRun;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.uncertainty.Distribution;
import cymru.croeso.engine.uncertainty.Fan;
import cymru.croeso.engine.uncertainty.OutputMeasure;
import cymru.croeso.engine.uncertainty.UncertainLevels;
import cymru.croeso.engine.uncertainty.UncertaintyResult;
import cymru.croeso.engine.uncertainty.UncertaintyRun;

/**
 * {@code uncertainty --project P --scenario ID --draws N --seed S --out FILE [--measure M] [--migration D]
 * [--fertility D]}: percentiles 5, 25, 50, 75 and 95 of one output per year over N draws of the uncertain levels.
 */
public final class UncertaintyCommand implements CliCommand {
    static final int DEFAULT_DRAWS = 1000;
    static final long DEFAULT_SEED = 1;

    @Override
    public String name() {
        return "uncertainty";
    }

    @Override
    public String usage() {
        return AnalysisMessages.format("uncertainty.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException {
        args.allowOnly(Set.of("project", "scenario", "draws", "seed", "out", "measure", "migration", "fertility"));
        int draws = args.optionalInt("draws", DEFAULT_DRAWS);
        if (draws < 1 || draws > 1_000_000) {
            throw new UserError(AnalysisMessages.format("uncertainty.badDraws", Integer.toString(draws)));
        }
        long seed = seed(args.optional("seed", Long.toString(DEFAULT_SEED)));
        String measureName = args.optional("measure", "total");
        OutputMeasure measure = measure(measureName);
        Distribution migration = distribution(args, "migration", AreaFanRun.MIGRATION);
        Distribution fertility = distribution(args, "fertility", AreaFanRun.FERTILITY);
        Path file = args.requiredPath("out");
        ProjectInput input = ProjectInput.open(args);
        ScenarioRun run = input.run(input.scenario(args.required("scenario")));
        Map<String, OutputMeasure> measures = new LinkedHashMap<>();
        measures.put(measureName, measure);
        UncertaintyResult result = new UncertaintyRun(run.inputs(), UncertainLevels.of(migration, fertility), measures)
                .run(draws, seed);
        Fan fan = result.fan(measureName);
        try (Writer w = ProjectInput.out(file)) {
            write(fan, w);
        }
        out.println(AnalysisMessages.format("uncertainty.written", Integer.toString(fan.endYear() - fan.baseYear() + 1),
                file, Integer.toString(draws), Long.toString(seed), measureName, run.id()));
        return Cli.OK;
    }

    /** Header {@code measure,year,p5,p25,p50,p75,p95}, then one line per year. */
    static void write(Fan fan, Writer w) throws IOException {
        StringBuilder line = new StringBuilder("measure,year");
        for (double p : fan.percentiles()) {
            line.append(",p").append(CsvNumbers.format(p));
        }
        w.write(line.append('\n').toString());
        for (int year = fan.baseYear(); year <= fan.endYear(); year++) {
            line.setLength(0);
            line.append(fan.measure()).append(',').append(year);
            for (double p : fan.percentiles()) {
                line.append(',').append(CsvNumbers.format(fan.value(p, year)));
            }
            w.write(line.append('\n').toString());
        }
    }

    static OutputMeasure measure(String name) {
        int all = ProjectionSummary.ALL;
        return switch (name) {
            case "total" -> OutputMeasure.totalPopulation();
            case "working-age" -> OutputMeasure.workingAge(all);
            case "children" -> OutputMeasure.people(all, all, new AgeBand(0, 15));
            case "old-age" -> OutputMeasure.people(all, all, AgeBand.OLD_AGE);
            case "dependency-ratio" -> OutputMeasure.oldAgeDependencyRatio(all);
            default -> throw new UserError(AnalysisMessages.format("uncertainty.unknownMeasure", name));
        };
    }

    private static Distribution distribution(Args args, String option, Distribution otherwise) {
        String text = args.optional(option, null);
        return text == null ? otherwise : DistributionOption.parse(option, text);
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UserError(AnalysisMessages.format("uncertainty.badSeed", text));
        }
    }
}
