package cymru.croeso.core.cli;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.AgeSexSchedule;
import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.RogersCastro;
import cymru.croeso.engine.solver.NetMigrationPlacement;
import cymru.croeso.engine.solver.ReplacementMigration;
import cymru.croeso.engine.solver.SolverAnswer;
import cymru.croeso.model.PopulationGroup;

/**
 * {@code solve --project P --scenario ID --keep working-age|dependency-ratio --until YEAR [--dependency-ratio R]
 * [--group ID] [--area CODE]}: the constant annual net international migration that keeps the target, re-checked by
 * projecting again with it.
 */
public final class SolveCommand implements CliCommand {
    /**
     * The age profile of the solver's migrants: a 7-parameter Rogers–Castro curve (a1 0.02, α1 0.1, a2 0.06, α2 0.1,
     * μ2 20, λ2 0.4, c 0.003; the engine benchmark's parameters, close to Rogers and Castro's 1981 average
     * schedule), half of them male. Illustrative: the peak in the early twenties is what matters for the answer.
     */
    static final RogersCastro MIGRANT_PROFILE = RogersCastro.sevenParameters(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.003);

    @Override
    public String name() {
        return "solve";
    }

    @Override
    public String usage() {
        return AnalysisMessages.format("solve.usage");
    }

    @Override
    public int run(Args args, PrintStream out) {
        args.allowOnly(Set.of("project", "scenario", "keep", "until", "dependency-ratio", "group", "area"));
        String keep = args.optional("keep", args.has("dependency-ratio") ? "dependency-ratio" : "working-age");
        if (!List.of("working-age", "dependency-ratio").contains(keep)) {
            throw new UserError(AnalysisMessages.format("solve.badKeep", keep));
        }
        double ratio = keep.equals("dependency-ratio") ? ratio(args) : Double.NaN;
        if (keep.equals("working-age") && args.has("dependency-ratio")) {
            throw new UserError(AnalysisMessages.format("solve.ratioWithWorkingAge"));
        }
        int until = args.requiredInt("until");
        ProjectInput input = ProjectInput.open(args);
        ScenarioRun run = input.run(input.scenario(args.required("scenario")));
        ProjectionInputs inputs = run.inputs();
        if (until <= inputs.baseYear() || until > inputs.endYear()) {
            throw new UserError(AnalysisMessages.format("solve.badYear", Integer.toString(until), run.id(),
                    Integer.toString(inputs.baseYear()), Integer.toString(inputs.endYear()),
                    Integer.toString(inputs.baseYear() + 1)));
        }
        int area = area(args, run);
        int group = group(args, input);
        AgeSexSchedule profile = MIGRANT_PROFILE.schedule(inputs.shape().topAge(), 0.5);
        ReplacementMigration solver = new ReplacementMigration(inputs,
                NetMigrationPlacement.proportionalToBase(inputs, group, profile));
        SolverAnswer answer;
        try {
            answer = keep.equals("working-age") ? solver.keepWorkingAge(until, area)
                    : solver.keepOldAgeDependencyAtMost(ratio, until, area);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.getDefault());
        String where = area == ProjectionSummary.ALL ? input.project().getName() : inputs.shape().areaCodes().get(area);
        out.println(AnalysisMessages.format("solve.answer", whole.format(Math.round(answer.netMigrationPerYear())),
                inputs.shape().groupNames().get(group), where, Integer.toString(until),
                AnalysisMessages.format("solve.bound." + answer.bound().name())));
        // The check projects afresh, independently of the solver's reused projection.
        ProjectionSummary check = new ProjectionSummary(
                CohortComponentProjection.run(solver.inputsWith(answer.netMigrationPerYear())));
        if (keep.equals("working-age")) {
            double base = check.workingAge(inputs.baseYear(), area);
            double reached = check.workingAge(until, area);
            out.println(AnalysisMessages.format("solve.checkWorkingAge", Integer.toString(until), whole.format(reached),
                    Integer.toString(inputs.baseYear()), whole.format(base), String.format(Locale.ROOT, "%+.1f",
                            reached - base)));
        } else {
            double reached = check.total(until, area, ProjectionSummary.ALL, AgeBand.OLD_AGE)
                    / check.workingAge(until, area);
            out.println(AnalysisMessages.format("solve.checkRatio", Integer.toString(until),
                    String.format(Locale.ROOT, "%.4f", reached), String.format(Locale.ROOT, "%.4f", ratio)));
        }
        return Cli.OK;
    }

    private static double ratio(Args args) {
        String text = args.required("dependency-ratio");
        try {
            double r = Double.parseDouble(text.trim());
            if (r > 0 && r < 10) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new UserError(AnalysisMessages.format("solve.badRatio", text));
    }

    private static int area(Args args, ScenarioRun run) {
        if (!args.has("area")) {
            return ProjectionSummary.ALL;
        }
        String code = args.required("area").trim().toUpperCase(Locale.ROOT);
        int i = run.result().shape().areaCodes().indexOf(code);
        if (i < 0) {
            throw new UserError(AnalysisMessages.format("solve.unknownArea", code,
                    String.join(", ", run.result().shape().areaCodes())));
        }
        return i;
    }

    /** {@code --group}, or the first group not born in the UK. */
    private static int group(Args args, ProjectInput input) {
        List<PopulationGroup> groups = input.project().getBasePopulation().getGroups();
        List<String> ids = groups.stream().map(PopulationGroup::getId).toList();
        if (args.has("group")) {
            int g = ids.indexOf(args.required("group").trim());
            if (g < 0) {
                throw new UserError(AnalysisMessages.format("solve.unknownGroup", args.required("group"),
                        String.join(", ", ids)));
            }
            return g;
        }
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.get(g).isUkBorn()) {
                return g;
            }
        }
        return 0;
    }
}
