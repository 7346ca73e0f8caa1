package cymru.croeso.engine.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cymru.croeso.engine.PopulationShape;

import java.util.List;

import org.junit.jupiter.api.Test;

/** GP registration against list capacity worked by hand; the arithmetic is in the comments. */
class GpRegistrationTest {
    private static final double EPS = 1e-9;
    private static final PopulationShape SHAPE = new PopulationShape(List.of("W06000011", "W06000012"),
            List.of("uk-born", "migrant"), 4);

    @Test
    void registeredAgainstCapacityByHand() {
        // Area 0: UK-born 100 per cell × 2 sexes × 5 ages = 1000; migrants 20 per cell = 200. Area 1: half as many.
        double[] cells = TestPopulations.cells(SHAPE, (a, g, s, age) -> (g == 0 ? 100 : 20) / (a + 1.0));
        GpAssumptions gp = new GpAssumptions(new double[] {1.0, 0.8}, new double[] {1100, 1000}, List.of())
                .withCapacityChange(0, 2025, 100);
        GpRegistrationDemand d = GpRegistration.project(ProjectedPopulation.of(SHAPE, 2024, cells, cells), gp);
        // registered 1000 × 1.0 + 200 × 0.8 = 1160; unregistered 40; capacity 1100 → 60 over, flagged
        assertEquals(1200, d.get(GpRegistrationDemand.Measure.POPULATION, 2024, 0), EPS);
        assertEquals(1160, d.get(GpRegistrationDemand.Measure.REGISTERED, 2024, 0), EPS);
        assertEquals(40, d.get(GpRegistrationDemand.Measure.UNREGISTERED, 2024, 0), EPS);
        assertEquals(60, d.get(GpRegistrationDemand.Measure.OVER_CAPACITY, 2024, 0), EPS);
        assertTrue(d.isOverCapacity(2024, 0));
        // 2025: 1200 places → headroom 40, not over
        assertEquals(40, d.get(GpRegistrationDemand.Measure.HEADROOM, 2025, 0), EPS);
        assertFalse(d.isOverCapacity(2025, 0));
        // area 1: 500 + 100 × 0.8 = 580 registered against 1000 → headroom 420
        assertEquals(580, d.get(GpRegistrationDemand.Measure.REGISTERED, 2024, 1), EPS);
        assertEquals(420, d.get(GpRegistrationDemand.Measure.HEADROOM, 2024, 1), EPS);
    }
}
