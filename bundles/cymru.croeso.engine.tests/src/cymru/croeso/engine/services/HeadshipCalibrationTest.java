package cymru.croeso.engine.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cymru.croeso.engine.PopulationShape;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Headship calibration: after it, each area's base-year households equal the target. */
class HeadshipCalibrationTest {

    // Welsh Government 2014-based household projections, all households in 2014 (hh_w_2014-2039.csv, type "All"):
    // Isle of Anglesey, Cardiff, Merthyr Tydfil.
    private static final double[] WG_2014 = {30962.800163, 147582.039185, 24419.144554};
    private static final PopulationShape SHAPE = new PopulationShape(List.of("W06000001", "W06000015", "W06000024"),
            List.of("uk-born", "eu", "other", "asylum", "refugee", "student"), 90);

    @Test
    void baseYearHouseholdsEqualTheTargetsAfterCalibration() {
        Random random = new Random(2014);
        double[] sizes = {700, 3600, 600}; // people per cell on average: roughly the authorities' scale
        double[] cells = TestPopulations.cells(SHAPE, (a, g, s, age) -> sizes[a] * random.nextDouble() * (g == 0 ? 5 : 0.2));
        ProjectedPopulation population = ProjectedPopulation.of(SHAPE, 2014, cells, TestPopulations.scaled(cells, 1.01));
        HousingAssumptions defaults = HousingAssumptions.withDefaults(SHAPE, new double[] {33000, 150000, 26000});
        HeadshipCalibration calibration = HeadshipCalibration.calibrate(population, defaults, 2014, WG_2014);
        HousingDemand before = Housing.project(population, defaults);
        HousingDemand after = Housing.project(population, calibration.calibrated());
        for (int a = 0; a < 3; a++) {
            assertEquals(WG_2014[a], after.households(2014, a), 1e-9 * WG_2014[a]);
            // one factor per area: target / households before
            assertEquals(WG_2014[a] / before.households(2014, a), calibration.factors()[a], 1e-12);
            // later years scale by the same factor (the population is 1 % larger)
            assertEquals(before.households(2015, a) * calibration.factors()[a], after.households(2015, a), 1e-9 * WG_2014[a]);
        }
        // the assumptions calibrated from are left as they were
        assertEquals(ServiceDefaults.HEADSHIP_RATE_ADULT, defaults.headship()[SHAPE.cell(1, 0, 0, 40)], 0);
    }

    @Test
    void aMissingTargetLeavesItsAreaAlone() {
        double[] cells = TestPopulations.cells(SHAPE, (a, g, s, age) -> 10);
        ProjectedPopulation population = ProjectedPopulation.of(SHAPE, 2014, cells);
        HousingAssumptions defaults = HousingAssumptions.withDefaults(SHAPE, new double[3]);
        HeadshipCalibration c = HeadshipCalibration.calibrate(population, defaults, 2014, new double[] {100, Double.NaN, 2000});
        // area 1: 6 groups × 2 sexes × 75 ages 16 … 90 × 10 × 0.5 = 4500 households, unchanged
        assertEquals(4500, Housing.project(population, c.calibrated()).households(2014, 1), 1e-9);
        assertEquals(1, c.factors()[1], 0);
        assertEquals(100, Housing.project(population, c.calibrated()).households(2014, 0), 1e-9);
        assertEquals(2000, Housing.project(population, c.calibrated()).households(2014, 2), 1e-9);
    }
}
