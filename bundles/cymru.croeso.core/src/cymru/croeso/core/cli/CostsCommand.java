package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cymru.croeso.core.scenario.ActionCosts;
import cymru.croeso.core.scenario.ResolvedScenario;

/**
 * {@code costs --project P --scenario ID [--by theme|lead|total] --out FILE}: what the strategy actions a scenario
 * switches on cost in each year of its horizon, in total or by theme or lead organisation, as CSV.
 */
public final class CostsCommand implements CliCommand {
    static final List<String> BREAKDOWNS = List.of("theme", "lead", "total");

    @Override
    public String name() {
        return "costs";
    }

    @Override
    public String usage() {
        return AnalysisMessages.format("costs.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException {
        args.allowOnly(Set.of("project", "scenario", "by", "out"));
        String by = args.optional("by", "total").trim().toLowerCase(Locale.ROOT);
        if (!BREAKDOWNS.contains(by)) {
            throw new UserError(AnalysisMessages.format("costs.badBy", by, String.join("|", BREAKDOWNS)));
        }
        Path file = args.requiredPath("out");
        ProjectInput input = ProjectInput.open(args);
        ResolvedScenario scenario = input.resolve(input.scenario(args.required("scenario")));
        // theme names follow the user's language (-nl cy gives the Welsh names where the strategy has them)
        ActionCosts costs = ActionCosts.of(scenario, Locale.getDefault());
        int rows;
        try (Writer w = ProjectInput.out(file)) {
            rows = write(costs, by, w);
        }
        double all = 0;
        for (int year = costs.firstYear(); year <= costs.lastYear(); year++) {
            all += costs.total(year);
        }
        out.println(AnalysisMessages.format("costs.written", rows, file, AnalysisMessages.format("costs.by." + by),
                scenario.scenario().getId(), Integer.toString(costs.firstYear()), Integer.toString(costs.lastYear()),
                NumberFormat.getIntegerInstance(Locale.getDefault()).format(Math.round(all))));
        if (scenario.actions().isEmpty()) {
            out.println(AnalysisMessages.format("costs.noActions", scenario.scenario().getId()));
        }
        return Cli.OK;
    }

    /**
     * {@code year,cost_gbp} for the total; {@code theme,year,cost_gbp} or {@code lead,year,cost_gbp} with one row per
     * name and year otherwise, names in the order their first action appears. Pounds unrounded.
     *
     * @return the number of rows written, without the header
     */
    static int write(ActionCosts costs, String by, Writer w) throws IOException {
        int rows = 0;
        if (by.equals("total")) {
            w.write("year,cost_gbp\n");
            for (int year = costs.firstYear(); year <= costs.lastYear(); year++) {
                w.write(year + "," + CsvNumbers.format(costs.total(year)) + "\n");
                rows++;
            }
            return rows;
        }
        Map<String, double[]> lines = by.equals("theme") ? costs.byTheme() : costs.byLead();
        w.write(by + ",year,cost_gbp\n");
        for (Map.Entry<String, double[]> line : lines.entrySet()) {
            String name = DemandCommand.field(line.getKey());
            for (int i = 0; i < line.getValue().length; i++) {
                w.write(name + "," + (costs.firstYear() + i) + "," + CsvNumbers.format(line.getValue()[i]) + "\n");
                rows++;
            }
        }
        return rows;
    }
}
