package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Small projections worked by hand; the arithmetic is in the comments. */
class HandWorkedProjectionTest {
    private static final double EPS = 1e-9;
    private static final PopulationShape ONE_GROUP_TOP_2 = new PopulationShape(List.of("X"), List.of("all"), 2);

    // Ages 0, 1, 2+; female cells first, then male.
    private static ProjectionInputs oneYear(double[] internalOut, double[] internationalOut) {
        PopulationGrid base = new PopulationGrid(ONE_GROUP_TOP_2, new double[] {100, 80, 50, 110, 90, 40});
        FertilityAssumption fertility = new FertilityAssumption(YearSeries.constant(0, 0.5, 0.1), 0.5, 0);
        MortalityAssumption mortality = new MortalityAssumption(YearSeries.constant(0.1, 0.05, 0.2, 0.1, 0.1, 0.3));
        MigrationAssumption migration = MigrationAssumption.none(1)
                .with(MigrationFlow.INTERNAL_IN, 0, new MigrationRule.Counts(YearSeries.constant(2, 3, 4, 1, 1, 1)))
                .with(MigrationFlow.INTERNAL_OUT, 0, new MigrationRule.Counts(YearSeries.constant(internalOut)))
                .with(MigrationFlow.INTERNATIONAL_OUT, 0, new MigrationRule.Counts(YearSeries.constant(internationalOut)));
        return new ProjectionInputs(base, 2020, 2021, fertility, mortality, migration, List.of(), List.of());
    }

    @Test
    void oneStepByHand() {
        ProjectionResult r = CohortComponentProjection.run(oneYear(new double[] {1, 0, 10, 0, 2, 5}, new double[6]));
        // R: F = [births, 100, 80 + 50 = 130], M = [births, 110, 90 + 40 = 130]
        // births = 0.5·100 + 0.1·130 = 63; girls = boys = 31.5
        assertEquals(31.5, r.component(Component.BIRTHS, 2021, 0, 0, Sex.FEMALE, 0), EPS);
        assertEquals(31.5, r.component(Component.BIRTHS, 2021, 0, 0, Sex.MALE, 0), EPS);
        // deaths F = [0.1·31.5 = 3.15, 0.05·100 = 5, 0.2·130 = 26], M = [3.15, 0.1·110 = 11, 0.3·130 = 39]
        assertEquals(26, r.component(Component.DEATHS, 2021, 0, 0, Sex.FEMALE, 2), EPS);
        assertEquals(11, r.component(Component.DEATHS, 2021, 0, 0, Sex.MALE, 1), EPS);
        // F: 31.5 − 3.15 + 2 − 1 = 29.35; 100 − 5 + 3 − 0 = 98; 130 − 26 + 4 − 10 = 98
        assertEquals(29.35, r.population(2021, 0, 0, Sex.FEMALE, 0), EPS);
        assertEquals(98, r.population(2021, 0, 0, Sex.FEMALE, 1), EPS);
        assertEquals(98, r.population(2021, 0, 0, Sex.FEMALE, 2), EPS);
        // M: 31.5 − 3.15 + 1 − 0 = 29.35; 110 − 11 + 1 − 2 = 98; 130 − 39 + 1 − 5 = 87
        assertEquals(29.35, r.population(2021, 0, 0, Sex.MALE, 0), EPS);
        assertEquals(98, r.population(2021, 0, 0, Sex.MALE, 1), EPS);
        assertEquals(87, r.population(2021, 0, 0, Sex.MALE, 2), EPS);
        assertTrue(r.caps().isEmpty());
    }

    @Test
    void outflowsBeyondThePopulationAreCappedAndReported() {
        // Women 2+: R 130, deaths 26, in 4 → 108 held; asked to lose 100 internally and 20 abroad = 120 > 108.
        // Both scaled by 108/120 = 0.9: internal 90, international 18, population 0.
        ProjectionResult r = CohortComponentProjection.run(
                oneYear(new double[] {1, 0, 100, 0, 2, 5}, new double[] {0, 0, 20, 0, 0, 0}));
        assertEquals(0, r.population(2021, 0, 0, Sex.FEMALE, 2), 0);
        assertEquals(90, r.component(Component.INTERNAL_OUT, 2021, 0, 0, Sex.FEMALE, 2), EPS);
        assertEquals(18, r.component(Component.INTERNATIONAL_OUT, 2021, 0, 0, Sex.FEMALE, 2), EPS);
        assertEquals(List.of(
                new FlowCap(2021, 0, 0, Sex.FEMALE, 2, Component.INTERNAL_OUT, 100, 90),
                new FlowCap(2021, 0, 0, Sex.FEMALE, 2, Component.INTERNATIONAL_OUT, 20, r.component(Component.INTERNATIONAL_OUT, 2021, 0, 0, Sex.FEMALE, 2))),
                r.caps());
        AccountingIdentity.assertHolds(r);
    }

    @Test
    void deathsAboveOneHundredPercentAreCappedAndReported() {
        PopulationShape shape = new PopulationShape(List.of("X"), List.of("all"), 1);
        PopulationGrid base = new PopulationGrid(shape, new double[] {0, 10, 0, 10});
        // A rate of 1.5 asks for 15 deaths from the 10 women at risk (ages 0 and 1 together at the top): 10 die.
        ProjectionResult r = CohortComponentProjection.run(ProjectionInputs.closed(base, 2000, 2001,
                new FertilityAssumption(YearSeries.constant(0, 0)),
                new MortalityAssumption(YearSeries.constant(0, 1.5, 0, 0))));
        assertEquals(0, r.population(2001, 0, 0, Sex.FEMALE, 1), 0);
        assertEquals(10, r.population(2001, 0, 0, Sex.MALE, 1), 0);
        assertEquals(List.of(new FlowCap(2001, 0, 0, Sex.FEMALE, 1, Component.DEATHS, 15, 10)), r.caps());
    }

    @Test
    void transitionsAndSpecialFlowsByHand() {
        // Groups A (0) and B (1), ages 0 and 1+; nobody is born; everyone faces a 10 % death rate.
        PopulationShape shape = new PopulationShape(List.of("X"), List.of("A", "B"), 1);
        PopulationGrid base = new PopulationGrid(shape, new double[] {0, 10, 0, 20, 0, 40, 0, 80});
        GroupTransition bToA = GroupTransition.overall(1, 0, 0.25, 1);
        // 40 a year into B in 2001 only, one woman aged 1+ to every three men aged 1+.
        SpecialFlow intake = new SpecialFlow(0, 1, 2001, 2001, 40, AgeSexSchedule.ofWeights(0, 1, 0, 3));
        ProjectionInputs in = new ProjectionInputs(base, 2000, 2002, new FertilityAssumption(YearSeries.constant(new double[4])),
                new MortalityAssumption(YearSeries.constant(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)),
                MigrationAssumption.none(2), List.of(bToA), List.of(intake));
        ProjectionResult r = CohortComponentProjection.run(in);
        // 2001, R at 1+: A F 10, A M 20, B F 40, B M 80; deaths 1, 2, 4, 8; B → A: 0.25·40 = 10 women, 0.25·80 = 20 men.
        // A F = 10 − 1 + 10 = 19; A M = 20 − 2 + 20 = 38; B F = 40 − 4 − 10 + 10 = 36; B M = 80 − 8 − 20 + 30 = 82
        assertEquals(19, r.population(2001, 0, 0, Sex.FEMALE, 1), EPS);
        assertEquals(38, r.population(2001, 0, 0, Sex.MALE, 1), EPS);
        assertEquals(36, r.population(2001, 0, 1, Sex.FEMALE, 1), EPS);
        assertEquals(82, r.population(2001, 0, 1, Sex.MALE, 1), EPS);
        assertEquals(10, r.component(Component.TRANSITIONS_IN, 2001, 0, 0, Sex.FEMALE, 1), EPS);
        assertEquals(30, r.component(Component.SPECIAL_FLOWS, 2001, 0, 1, Sex.MALE, 1), EPS);
        // 2002, no intake: B F = 36 − 3.6 − 9 = 23.4; A F = 19 − 1.9 + 9 = 26.1
        assertEquals(23.4, r.population(2002, 0, 1, Sex.FEMALE, 1), EPS);
        assertEquals(26.1, r.population(2002, 0, 0, Sex.FEMALE, 1), EPS);
        assertEquals(0, r.component(Component.SPECIAL_FLOWS, 2002, 0, 1, Sex.MALE, 1), 0);
        AccountingIdentity.assertHolds(r);
    }

    @Test
    void ratesOfOwnAndReferencePopulationsAndScheduledTotals() {
        PopulationShape shape = new PopulationShape(List.of("X"), List.of("all"), 1);
        PopulationGrid base = new PopulationGrid(shape, new double[] {0, 100, 0, 200});
        MigrationAssumption migration = MigrationAssumption.none(1)
                // 5 % of the own population at risk leaves: R at 1+ is 100 women, 200 men → 5 and 10.
                .with(MigrationFlow.INTERNAL_OUT, 0, MigrationRule.Rate.ofOwnPopulation(YearSeries.constant(0.05, 0.05, 0.05, 0.05)))
                // 1 % of a reference population of 1,000 at every cell arrives → 10 per cell.
                .with(MigrationFlow.INTERNAL_IN, 0, new MigrationRule.Rate(YearSeries.constant(0.01, 0.01, 0.01, 0.01),
                        YearSeries.constant(1000, 1000, 1000, 1000)))
                // 60 from abroad, a quarter of them women aged 1+ (15) and three quarters men aged 1+ (45).
                .with(MigrationFlow.INTERNATIONAL_IN, 0, new MigrationRule.ScheduledTotal(YearSeries.constant(60),
                        AgeSexSchedule.ofWeights(0, 1, 0, 3)));
        ProjectionResult r = CohortComponentProjection.run(new ProjectionInputs(base, 2000, 2001,
                new FertilityAssumption(YearSeries.constant(0, 0)), new MortalityAssumption(YearSeries.constant(0, 0, 0, 0)),
                migration, List.of(), List.of()));
        // F 1+: 100 − 5 + 10 + 15 = 120; M 1+: 200 − 10 + 10 + 45 = 245; age 0: 0 + 10 arrivals each
        assertEquals(120, r.population(2001, 0, 0, Sex.FEMALE, 1), EPS);
        assertEquals(245, r.population(2001, 0, 0, Sex.MALE, 1), EPS);
        assertEquals(10, r.population(2001, 0, 0, Sex.MALE, 0), EPS);
    }

    @Test
    void birthsGoToTheChosenGroup() {
        // Two groups, top age 1; 100 women aged 1+ in group 1 with fertility 0.2 give 20 births into group 0.
        PopulationShape shape = new PopulationShape(List.of("X"), List.of("UK-born", "born abroad"), 1);
        PopulationGrid base = new PopulationGrid(shape, new double[] {0, 0, 0, 0, 0, 100, 0, 0});
        ProjectionResult r = CohortComponentProjection.run(ProjectionInputs.closed(base, 2000, 2001,
                new FertilityAssumption(YearSeries.constant(0, 0, 0, 0.2)), new MortalityAssumption(YearSeries.constant(new double[8]))));
        // girls 20·100/205 = 9.756…, boys 20·105/205 = 10.243…
        assertEquals(20 * 100 / 205.0, r.population(2001, 0, 0, Sex.FEMALE, 0), EPS);
        assertEquals(20 * 105 / 205.0, r.population(2001, 0, 0, Sex.MALE, 0), EPS);
        assertEquals(0, r.population(2001, 0, 1, Sex.FEMALE, 0), 0);
    }
}
