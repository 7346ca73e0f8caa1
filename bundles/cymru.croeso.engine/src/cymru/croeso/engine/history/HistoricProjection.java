package cymru.croeso.engine.history;

import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.FertilityAssumption;
import cymru.croeso.engine.MigrationAssumption;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.MortalityAssumption;
import cymru.croeso.engine.PopulationGrid;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.YearSeries;

import java.util.List;

/**
 * Projects every area of a set of historic tables from its base-year estimate with assumptions derived from chosen
 * reference years, held constant over the projection: the headless path behind {@code croeso cli project}.
 * History has no origin groups, so the run has one group, {@value #GROUP}. Problems with the tables (a reference
 * year a table does not cover, conflicting repeated rows, negative counts) throw
 * {@link IllegalArgumentException} with a message naming the table, area and year.
 */
public final class HistoricProjection {

    /** The name of the single origin group of a projection from history. */
    public static final String GROUP = "all";

    private HistoricProjection() {
    }

    public static ProjectionResult run(ProjectionRequest request) {
        return CohortComponentProjection.run(inputs(request));
    }

    /** The engine inputs the request stands for, e.g. to inspect or change them before a run. */
    public static ProjectionInputs inputs(ProjectionRequest request) {
        ComponentHistory history = new ComponentHistory(request.tables());
        List<String> areas = history.areas();
        PopulationShape shape = new PopulationShape(areas, List.of(GROUP), history.topAge());
        int perArea = 2 * shape.ages();
        double[] base = new double[shape.cells()];
        double[] fertility = new double[areas.size() * shape.ages()];
        double[] mortality = new double[shape.cells()];
        double[][] migration = new double[MigrationFlow.values().length][shape.cells()];
        boolean outRates = request.migrationBasis() == MigrationBasis.OUT_FLOW_RATES;
        for (int i = 0; i < areas.size(); i++) {
            String area = areas.get(i);
            // One group, so [area][sex][age] and [area][group][sex][age] coincide.
            System.arraycopy(history.population(area, request.baseYear()), 0, base, i * perArea, perArea);
            double[] f = FertilityFromHistory.rates(history, area, request.fertilityYears(), request.baseYear());
            System.arraycopy(f, 0, fertility, i * shape.ages(), shape.ages());
            double[] m = MortalityFromHistory.rates(history, area, request.mortalityYears());
            System.arraycopy(m, 0, mortality, i * perArea, perArea);
            for (MigrationFlow flow : MigrationFlow.values()) {
                double[] v = outRates && !flow.isInflow()
                        ? MigrationFromHistory.meanRates(history, flow, area, request.migrationYears())
                        : MigrationFromHistory.meanCounts(history, flow, area, request.migrationYears());
                System.arraycopy(v, 0, migration[flow.ordinal()], i * perArea, perArea);
            }
        }
        MigrationAssumption flows = MigrationAssumption.none(1);
        for (MigrationFlow flow : MigrationFlow.values()) {
            YearSeries values = YearSeries.constant(migration[flow.ordinal()]);
            MigrationRule rule = outRates && !flow.isInflow() ? MigrationRule.Rate.ofOwnPopulation(values)
                    : new MigrationRule.Counts(values);
            flows = flows.with(flow, 0, rule);
        }
        return new ProjectionInputs(new PopulationGrid(shape, base), request.baseYear(), request.endYear(),
                new FertilityAssumption(YearSeries.constant(fertility)), new MortalityAssumption(YearSeries.constant(mortality)),
                flows, List.of(), List.of());
    }
}
