package cymru.croeso.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.AgeSexSchedule;
import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.FertilityAssumption;
import cymru.croeso.engine.MortalityAssumption;
import cymru.croeso.engine.PopulationGrid;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.YearSeries;
import cymru.croeso.engine.uncertainty.SyntheticScenario;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The toy population: one area, one group, ages 0–70+, no births; per sex 100 people at each age 0–15, 200 at each
 * age 16–64 and 300 at each age 65–70+ (or the young and old counts swapped). Migrants all arrive aged 30, half
 * women. Over T = 10 years (2024 → 2034) an arrival stays within 16–64 (30 + 10 ≤ 64).
 */
class ReplacementMigrationTest {
    private static final PopulationShape TOY = new PopulationShape(List.of("W06000099"), List.of("all"), 70);
    private static final int BASE = 2024;
    private static final int TARGET = 2034;

    @Test
    void closedToyWithoutDeathsNeedsTwoHundredAYear() {
        // Base working age W0 = 2 sexes × 49 ages × 200 = 19,600. In 2034 the 16–64s are the base ages 6–54:
        // 2 × (10 × 100 + 39 × 200) = 17,600. Each year's N arrivals are all still 16–64, so 17,600 + 10N = 19,600: N = 200.
        ReplacementMigration solver = toySolver(100, 300, 0);
        SolverAnswer answer = solver.keepWorkingAge(TARGET, ProjectionSummary.ALL);
        assertEquals(200, answer.netMigrationPerYear(), 0.5);
        assertEquals(SolverAnswer.Bound.EXACTLY, answer.bound());
        assertEquals(19_600, answer.target(), 1e-9);
        assertKeepsWorkingAge(solver, answer, 10);
    }

    @Test
    void withDeathsTheAnswerHasTheGeometricClosedForm() {
        // Every age dies at m = 1%. A base person survives T years with (1 − m)^T; an arrival of year t survives the
        // T − t later years, and Σ_{t=1..T} (1 − m)^{T−t} = (1 − (1 − m)^T)/m. So
        // 17,600·(1 − m)^T + N·(1 − (1 − m)^T)/m = 19,600, N = m·(19,600 − 17,600·0.99^10)/(1 − 0.99^10) = 385.166 (0.99^10 = 0.904382).
        double q = Math.pow(0.99, 10);
        double exact = 0.01 * (19_600 - 17_600 * q) / (1 - q);
        assertEquals(385.166, exact, 0.001);
        ReplacementMigration solver = toySolver(100, 300, 0.01);
        SolverAnswer answer = solver.keepWorkingAge(TARGET, ProjectionSummary.ALL);
        assertEquals(exact, answer.netMigrationPerYear(), 0.5);
        assertKeepsWorkingAge(solver, answer, (1 - q) / 0.01);
    }

    @Test
    void aGrowingWorkingAgeNeedsNetEmigration() {
        // 300 at each age 0–15: in 2034 the 16–64s are 2 × (10 × 300 + 39 × 200) = 21,600, 2,000 above 19,600: N = −200.
        ReplacementMigration solver = toySolver(300, 100, 0);
        SolverAnswer answer = solver.keepWorkingAge(TARGET, ProjectionSummary.ALL);
        assertEquals(-200, answer.netMigrationPerYear(), 0.5);
        assertTrue(CohortComponentProjection.run(solver.inputsWith(answer.netMigrationPerYear())).caps().isEmpty());
        assertKeepsWorkingAge(solver, answer, 10);
    }

    @Test
    void oldAgeDependencyAtMostFourTenthsNeedsAtLeast140() {
        // In 2034 the 65+ are the base ages 55–70+: 2 × (10 × 200 + 6 × 300) = 7,600; the 16–64s 17,600 + 10N.
        // 7,600 / (17,600 + 10N) ≤ 0.4 ⇔ 10N ≥ 19,000 − 17,600 ⇔ N ≥ 140.
        ReplacementMigration solver = toySolver(100, 300, 0);
        SolverAnswer answer = solver.keepOldAgeDependencyAtMost(0.4, TARGET, ProjectionSummary.ALL);
        assertEquals(140, answer.netMigrationPerYear(), 0.5);
        assertEquals(SolverAnswer.Bound.AT_LEAST, answer.bound());
        assertEquals(0.4, answer.achieved(), 0.4 * 5 / 17_600);
        ProjectionSummary above = new ProjectionSummary(CohortComponentProjection.run(solver.inputsWith(answer.netMigrationPerYear() + 0.5)));
        assertTrue(above.oldAgeDependencyRatio(TARGET, ProjectionSummary.ALL) <= 0.4);
        ProjectionSummary below = new ProjectionSummary(CohortComponentProjection.run(solver.inputsWith(answer.netMigrationPerYear() - 1)));
        assertTrue(below.oldAgeDependencyRatio(TARGET, ProjectionSummary.ALL) > 0.4);
    }

    @Test
    void realisticScenarioReRunKeepsTheTargetWithinOnePersonAYear() {
        ProjectionInputs scenario = SyntheticScenario.inputs();
        ReplacementMigration solver = new ReplacementMigration(scenario,
                NetMigrationPlacement.proportionalToBase(scenario, 1, SyntheticScenario.youngAdults()));
        for (int area : new int[] {ProjectionSummary.ALL, 1}) {
            SolverAnswer answer = solver.keepWorkingAge(SyntheticScenario.END_YEAR, area);
            double n = answer.netMigrationPerYear();
            double w0 = new ProjectionSummary(CohortComponentProjection.run(scenario)).workingAge(SyntheticScenario.BASE_YEAR, area);
            // Half a person a year either side of the answer brackets the base-year working age.
            assertTrue(workingAge(solver, n - 0.5, area) <= w0 && w0 <= workingAge(solver, n + 0.5, area), "area " + area + ": " + n);
            assertEquals(w0, answer.achieved(), 0.5 * 20);
        }
    }

    @Test
    void aProfileThatNeverReachesWorkingAgeHasNoAnswer() {
        double[] weights = new double[2 * TOY.ages()];
        weights[70] = 1;
        weights[TOY.ages() + 70] = 1;
        ProjectionInputs toy = toy(100, 300, 0);
        ReplacementMigration solver = new ReplacementMigration(toy,
                new NetMigrationPlacement(0, AgeSexSchedule.ofWeights(weights), new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solver.keepWorkingAge(TARGET, ProjectionSummary.ALL));
        assertTrue(e.getMessage().contains("migrant age profile"), e.getMessage());
    }

    private static void assertKeepsWorkingAge(ReplacementMigration solver, SolverAnswer answer, double arrivalsInTarget) {
        ProjectionSummary rerun = new ProjectionSummary(CohortComponentProjection.run(solver.inputsWith(answer.netMigrationPerYear())));
        assertEquals(answer.target(), rerun.workingAge(TARGET, ProjectionSummary.ALL), 0.5 * arrivalsInTarget);
        assertEquals(answer.target(), rerun.total(BASE, ProjectionSummary.ALL, ProjectionSummary.ALL, AgeBand.WORKING_AGE), 1e-9);
    }

    private static double workingAge(ReplacementMigration solver, double n, int area) {
        return new ProjectionSummary(CohortComponentProjection.run(solver.inputsWith(n))).workingAge(SyntheticScenario.END_YEAR, area);
    }

    private static ReplacementMigration toySolver(double young, double old, double mortality) {
        double[] weights = new double[2 * TOY.ages()];
        weights[30] = 1;
        weights[TOY.ages() + 30] = 1;
        return new ReplacementMigration(toy(young, old, mortality), new NetMigrationPlacement(0, AgeSexSchedule.ofWeights(weights), new double[] {1}));
    }

    private static ProjectionInputs toy(double young, double old, double mortality) {
        double[] counts = new double[TOY.cells()];
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a <= 70; a++) {
                counts[TOY.cell(0, 0, sex, a)] = a < 16 ? young : a <= 64 ? 200 : old;
            }
        }
        double[] m = new double[TOY.cells()];
        Arrays.fill(m, mortality);
        return ProjectionInputs.closed(new PopulationGrid(TOY, counts), BASE, TARGET,
                new FertilityAssumption(YearSeries.constant(new double[TOY.ages()])), new MortalityAssumption(YearSeries.constant(m)));
    }
}
