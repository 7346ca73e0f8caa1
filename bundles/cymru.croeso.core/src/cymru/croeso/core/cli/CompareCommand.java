package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cymru.croeso.core.scenario.ComparisonCsvWriter;
import cymru.croeso.core.scenario.ComparisonRow;
import cymru.croeso.core.scenario.ScenarioComparison;
import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioRun;

/** {@code compare --project P --scenarios A,B[,C…] --out FILE}: population by area, group and age band against the first. */
public final class CompareCommand implements CliCommand {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String usage() {
        return AnalysisMessages.format("compare.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException {
        args.allowOnly(Set.of("project", "scenarios", "out"));
        Set<String> ids = new LinkedHashSet<>();
        for (String id : args.required("scenarios").split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        if (ids.size() < 2) {
            throw new UserError(AnalysisMessages.format("compare.tooFew", args.required("scenarios")));
        }
        Path file = args.requiredPath("out");
        ProjectInput input = ProjectInput.open(args);
        List<ScenarioRun> runs = new ArrayList<>();
        for (String id : ids) {
            runs.add(input.run(input.scenario(id)));
        }
        List<ComparisonRow> rows;
        try {
            rows = ScenarioComparison.compare(runs);
        } catch (ScenarioProblem e) {
            throw new UserError(e.getMessage(), e);
        }
        try (Writer w = ProjectInput.out(file)) {
            ComparisonCsvWriter.write(rows, w);
        }
        out.println(AnalysisMessages.format("compare.written", rows.size(), file, String.join(", ", ids)));
        return Cli.OK;
    }
}
