package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.AgeSexSchedule;
import cymru.croeso.engine.FertilityAssumption;
import cymru.croeso.engine.MigrationAssumption;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.MortalityAssumption;
import cymru.croeso.engine.PopulationGrid;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.RogersCastro;
import cymru.croeso.engine.Sex;
import cymru.croeso.engine.YearSeries;

import java.util.Arrays;
import java.util.List;

/**
 * A small scenario with plausible magnitudes and every kind of migration rule: two areas, UK-born and born-abroad
 * groups, ages 0–90+, 2024–2044. International migration and fertility can be scaled by hand to check the
 * uncertainty run's scaling.
 */
public final class SyntheticScenario {
    public static final int BASE_YEAR = 2024;
    public static final int END_YEAR = 2044;
    public static final int TOP = PopulationShape.DEFAULT_TOP_AGE;
    public static final PopulationShape SHAPE = new PopulationShape(List.of("W06000001", "W06000002"), List.of("UK-born", "born abroad"), TOP);

    private SyntheticScenario() {
    }

    public static ProjectionInputs inputs() {
        return inputs(1, 1);
    }

    /** The scenario with international in- and out-migration multiplied by {@code migration} and fertility by {@code fertility}. */
    public static ProjectionInputs inputs(double migration, double fertility) {
        int ages = SHAPE.ages();
        double[] base = new double[SHAPE.cells()];
        for (int area = 0; area < SHAPE.areas(); area++) {
            for (int g = 0; g < SHAPE.groups(); g++) {
                for (int sex = 0; sex < 2; sex++) {
                    for (int a = 0; a < ages; a++) {
                        base[SHAPE.cell(area, g, sex, a)] = (area + 1) * (g == 0 ? 1000 : 150) * (1 - a / 120.0);
                    }
                }
            }
        }
        double[] asfr = new double[SHAPE.areas() * SHAPE.groups() * ages];
        for (int i = 0; i < asfr.length; i++) {
            int a = i % ages;
            asfr[i] = a >= 20 && a < 40 ? 0.08 * fertility : 0;
        }
        double[] mortality = new double[SHAPE.cells()];
        for (int i = 0; i < mortality.length; i++) {
            mortality[i] = Math.min(1, 0.0002 * Math.exp(0.085 * (i % ages)));
        }
        int byAreaSexAge = SHAPE.areas() * 2 * ages;
        AgeSexSchedule young = youngAdults();
        double[] internalIn = new double[byAreaSexAge];
        for (int i = 0; i < byAreaSexAge; i++) {
            internalIn[i] = 5 * young.share(i / ages % 2 == 0 ? Sex.FEMALE : Sex.MALE, i % ages) * ages;
        }
        MigrationAssumption migrationRules = MigrationAssumption.none(2)
                .with(MigrationFlow.INTERNAL_IN, 0, new MigrationRule.Counts(YearSeries.constant(internalIn)))
                .with(MigrationFlow.INTERNAL_OUT, 0, MigrationRule.Rate.ofOwnPopulation(YearSeries.constant(filled(byAreaSexAge, 0.01))))
                .with(MigrationFlow.INTERNATIONAL_IN, 1, new MigrationRule.ScheduledTotal(YearSeries.constant(600 * migration, 900 * migration), young))
                .with(MigrationFlow.INTERNATIONAL_OUT, 1, MigrationRule.Rate.ofOwnPopulation(YearSeries.constant(filled(byAreaSexAge, 0.03 * migration))))
                .with(MigrationFlow.INTERNATIONAL_OUT, 0, new MigrationRule.Counts(YearSeries.constant(filled(byAreaSexAge, 1.5 * migration))));
        return new ProjectionInputs(new PopulationGrid(SHAPE, base), BASE_YEAR, END_YEAR,
                new FertilityAssumption(YearSeries.constant(asfr)), new MortalityAssumption(YearSeries.constant(mortality)),
                migrationRules, List.of(), List.of());
    }

    /** A migration age profile peaking in the twenties (Rogers–Castro, parameters of the engine's benchmark). */
    public static AgeSexSchedule youngAdults() {
        return RogersCastro.sevenParameters(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.003).schedule(TOP, 0.5);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
