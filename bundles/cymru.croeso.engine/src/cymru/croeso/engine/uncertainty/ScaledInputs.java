package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.FertilityAssumption;
import cymru.croeso.engine.MigrationAssumption;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.ProjectionInputs;

/**
 * Makes a scenario's inputs for one draw: migration counts, totals or rates and fertility rates multiplied by the
 * draw's levels, everything else as the scenario has it. Rates of a reference population scale the rate, not the
 * reference.
 */
public final class ScaledInputs {
    private final ProjectionInputs scenario;
    private final ScalableSeries fertility;
    private final ScalableSeries[][] migration;

    public ScaledInputs(ProjectionInputs scenario) {
        this.scenario = scenario;
        int first = scenario.baseYear();
        int last = scenario.endYear();
        fertility = new ScalableSeries(scenario.fertility().rates(), first, last);
        int groups = scenario.shape().groups();
        migration = new ScalableSeries[MigrationFlow.values().length][groups];
        for (MigrationFlow flow : MigrationFlow.values()) {
            for (int g = 0; g < groups; g++) {
                MigrationRule rule = scenario.migration().rule(flow, g);
                migration[flow.ordinal()][g] = switch (rule) {
                    case null -> null;
                    case MigrationRule.Counts c -> new ScalableSeries(c.counts(), first, last);
                    case MigrationRule.ScheduledTotal s -> new ScalableSeries(s.totals(), first, last);
                    case MigrationRule.Rate r -> new ScalableSeries(r.rates(), first, last);
                };
            }
        }
    }

    /** The scenario with the draw's multipliers applied. */
    public ProjectionInputs with(DrawnLevels levels) {
        FertilityAssumption f = scenario.fertility();
        FertilityAssumption scaledFertility = levels.fertilityMultiplier() == 1 ? f
                : new FertilityAssumption(fertility.times(levels.fertilityMultiplier()), f.maleShareOfBirths(), f.birthGroup());
        MigrationAssumption scaledMigration = scenario.migration();
        for (MigrationFlow flow : MigrationFlow.values()) {
            double k = levels.multiplier(flow);
            if (k == 1) {
                continue;
            }
            for (int g = 0; g < scenario.shape().groups(); g++) {
                ScalableSeries series = migration[flow.ordinal()][g];
                MigrationRule scaled = switch (scenario.migration().rule(flow, g)) {
                    case null -> null;
                    case MigrationRule.Counts c -> new MigrationRule.Counts(series.times(k));
                    case MigrationRule.ScheduledTotal s -> new MigrationRule.ScheduledTotal(series.times(k), s.schedule());
                    case MigrationRule.Rate r -> new MigrationRule.Rate(series.times(k), r.reference());
                };
                if (scaled != null) {
                    scaledMigration = scaledMigration.with(flow, g, scaled);
                }
            }
        }
        return new ProjectionInputs(scenario.base(), scenario.baseYear(), scenario.endYear(), scaledFertility,
                scenario.mortality(), scaledMigration, scenario.transitions(), scenario.specialFlows());
    }
}
