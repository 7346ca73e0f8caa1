package cymru.croeso.engine.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.FertilityAssumption;
import cymru.croeso.engine.MortalityAssumption;
import cymru.croeso.engine.PopulationGrid;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.YearSeries;

import java.util.List;

import org.junit.jupiter.api.Test;

/** All four services from a real projection run, and a strategy action reaching ESOL from its year. */
class ServiceDemandTest {
    private static final double EPS = 1e-9;
    private static final PopulationShape SHAPE = new PopulationShape(List.of("W06000015", "W06000022"),
            List.of("uk-born", "migrant"), 90);

    /** A closed population with no births or deaths: every cohort just ages a year each year. */
    private static ProjectionResult ageingOnly() {
        double[] base = TestPopulations.cells(SHAPE, (a, g, s, age) -> 10 + age);
        return CohortComponentProjection.run(ProjectionInputs.closed(new PopulationGrid(SHAPE, base), 2024, 2030,
                new FertilityAssumption(YearSeries.constant(new double[2 * 2 * 91])),
                new MortalityAssumption(YearSeries.constant(new double[SHAPE.cells()]))));
    }

    private static ServiceAssumptions defaults() {
        return new ServiceAssumptions(
                SchoolAssumptions.withDefaults(List.of(PlanningArea.whole("CDF", 0), PlanningArea.whole("NWP", 1)),
                        new double[8], 2),
                EsolAssumptions.withDefaults(2, 2, List.of(EsolProvider.withDefaultHours("Cardiff and Vale College", 0, 100))),
                HousingAssumptions.withDefaults(SHAPE, new double[] {50000, 40000}),
                GpAssumptions.withDefaults(2, new double[] {100000, 100000}));
    }

    @Test
    void servicesFollowTheProjection() {
        ProjectionResult run = ageingOnly();
        ServiceDemand d = ServiceDemand.project(run, defaults());
        // No births or deaths: the population stays at its base total, all registered at the default rate 1.
        assertEquals(run.total(2024), d.gp().get(GpRegistrationDemand.Measure.POPULATION, 2030, 0)
                + d.gp().get(GpRegistrationDemand.Measure.POPULATION, 2030, 1), 1e-6);
        assertEquals(0, d.gp().get(GpRegistrationDemand.Measure.UNREGISTERED, 2030, 1), EPS);
        // Reception (age 4) in 2025 was aged 3 in 2024: 2 groups × 2 sexes × (10 + 3) = 52 children, participation 1.
        assertEquals(52, d.schools().pupils(2025, 0, SchoolYearGroup.RECEPTION), EPS);
        // in 2026, two years on: age 2 in 2024 → 2 × 2 × 12 = 48
        assertEquals(48, d.schools().pupils(2026, 1, SchoolYearGroup.RECEPTION), EPS);
        // Adults 16+ of the migrant group in 2024: 2 sexes × Σ_{16…90} (10 + age) = 2 × (75 × 10 + 3975) = 9450;
        // new ESOL learners 9450 × 0.27 × 0.10 = 255.15.
        assertEquals(255.15, d.esol().get(EsolDemand.Measure.NEW_LEARNERS, 2024, 0), 1e-9);
        assertEquals(List.of("area_code", "year"), d.housing().table().columns().subList(0, 2));
    }

    @Test
    void anActionAdding120EsolPlacesFrom2027ChangesUnmetDemandFrom2027() {
        ProjectedPopulation population = ProjectedPopulation.of(ageingOnly());
        ServiceAssumptions base = defaults();
        ServiceAssumptions action = new ServiceAssumptions(base.schools(), base.esol().withExtraPlaces(0, 2027, 120),
                base.housing(), base.gp());
        EsolDemand before = ServiceDemand.project(population, base).esol();
        EsolDemand after = ServiceDemand.project(population, action).esol();
        for (int year = 2024; year <= 2026; year++) {
            assertEquals(before.unmetDemand(year, 0), after.unmetDemand(year, 0), 0);
        }
        assertEquals(220, after.get(EsolDemand.Measure.PLACES, 2027, 0), EPS);
        // 2027: 120 more served, so the waiting list is 120 shorter (it is longer than 120 without the action).
        assertEquals(before.unmetDemand(2027, 0) - 120, after.unmetDemand(2027, 0), 1e-9);
        assertNotEquals(before.unmetDemand(2030, 0), after.unmetDemand(2030, 0));
    }
}
