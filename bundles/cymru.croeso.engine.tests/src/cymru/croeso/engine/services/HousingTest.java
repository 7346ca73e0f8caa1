package cymru.croeso.engine.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cymru.croeso.engine.PopulationShape;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Households, dwellings, tenure and crowding worked by hand; the arithmetic is in the comments. */
class HousingTest {
    private static final double EPS = 1e-9;
    private static final PopulationShape SHAPE = new PopulationShape(List.of("W06000002"), List.of("uk-born", "migrant"), 2);
    // Ages 0, 1, 2+ of each sex: UK-born 10, 20, 30; migrants 5, 10, 10. Total 2 × 60 + 2 × 25 = 170.
    private static final double[] POP = {10, 20, 30, 10, 20, 30, 5, 10, 10, 5, 10, 10};
    // Headship: age 0 none, age 1 0.5, age 2+ 0.6 (UK-born) and 0.4 (migrants).
    private static final double[] HEADSHIP = {0, 0.5, 0.6, 0, 0.5, 0.6, 0, 0.5, 0.4, 0, 0.5, 0.4};

    /** 10 % of 2+ year-olds in communal establishments, 3 % vacant, 1 % second homes, 70 dwellings; default tenure. */
    private static HousingAssumptions assumptions(boolean counts, double[] institutional) {
        return new HousingAssumptions(institutional, counts, HEADSHIP, new double[] {0.03}, new double[] {0.01},
                new double[] {70}, List.of(), new double[] {ServiceDefaults.UK_BORN_RENTING_SHARE,
                    ServiceDefaults.NON_UK_BORN_RENTING_SHARE}, 1.05);
    }

    private static final double[] INSTITUTIONAL_RATE = {0, 0, 0.1, 0, 0, 0.1};

    @Test
    void householdsDwellingsAndShortfallByHand() {
        // 2025 and 2026: population 10 % larger than 2024; 5 dwellings completed from 2026.
        double[] bigger = TestPopulations.scaled(POP, 1.1);
        HousingAssumptions a = assumptions(false, INSTITUTIONAL_RATE).withCompletions(0, 2026, 5);
        HousingDemand d = Housing.project(ProjectedPopulation.of(SHAPE, 2024, POP, bigger, bigger), a);
        // institutional: 0.1 × 30 × 2 + 0.1 × 10 × 2 = 8; household population 170 − 8 = 162
        assertEquals(170, d.get(HousingDemand.Measure.POPULATION, 2024, 0), EPS);
        assertEquals(8, d.get(HousingDemand.Measure.INSTITUTIONAL_POPULATION, 2024, 0), EPS);
        assertEquals(162, d.get(HousingDemand.Measure.HOUSEHOLD_POPULATION, 2024, 0), EPS);
        // households UK-born 2 × (20 × 0.5 + 27 × 0.6) = 52.4; migrants 2 × (10 × 0.5 + 9 × 0.4) = 17.2; all 69.6
        assertEquals(52.4, d.households(2024, 0, 0), EPS);
        assertEquals(17.2, d.households(2024, 0, 1), EPS);
        assertEquals(69.6, d.households(2024, 0), EPS);
        // dwellings needed 69.6 / (1 − 0.03 − 0.01) = 72.5; available 70 → shortfall 2.5
        assertEquals(72.5, d.get(HousingDemand.Measure.DWELLINGS_NEEDED, 2024, 0), EPS);
        assertEquals(70, d.get(HousingDemand.Measure.DWELLINGS_AVAILABLE, 2024, 0), EPS);
        assertEquals(2.5, d.shortfall(2024, 0), EPS);
        // renting 52.4 × 0.296 + 17.2 × 0.519 = 15.5104 + 8.9268 = 24.4372; not renting 69.6 − 24.4372 = 45.1628
        assertEquals(24.4372, d.get(HousingDemand.Measure.RENTING, 2024, 0), EPS);
        assertEquals(45.1628, d.get(HousingDemand.Measure.NOT_RENTING, 2024, 0), EPS);
        assertEquals(8.9268, d.renting(2024, 0, 1), EPS);
        // usable dwellings 70 × 0.96 = 67.2; persons per usable dwelling 162 / 67.2; concealed 69.6 − 67.2 = 2.4
        assertEquals(162 / 67.2, d.get(HousingDemand.Measure.PERSONS_PER_DWELLING, 2024, 0), EPS);
        assertEquals(2.4, d.get(HousingDemand.Measure.CONCEALED_HOUSEHOLDS, 2024, 0), EPS);
        assertEquals(1, d.get(HousingDemand.Measure.CROWDING_INDEX, 2024, 0), EPS);
        // 2025: everything × 1.1: households 76.56, needed 79.75, shortfall 9.75; crowding index 1.1 > 1.05: flagged
        assertEquals(76.56, d.households(2025, 0), EPS);
        assertEquals(9.75, d.shortfall(2025, 0), EPS);
        assertEquals(1.1, d.get(HousingDemand.Measure.CROWDING_INDEX, 2025, 0), EPS);
        assertTrue(d.isCrowded(2025, 0));
        // 2026: 75 dwellings → shortfall 4.75; persons per usable dwelling 178.2 / 72 = 2.475, index 2.475 × 67.2 / 162
        assertEquals(4.75, d.shortfall(2026, 0), EPS);
        assertEquals(2.475 * 67.2 / 162, d.get(HousingDemand.Measure.CROWDING_INDEX, 2026, 0), EPS);
        assertFalse(d.isCrowded(2026, 0));
    }

    @Test
    void institutionalCountsStayFixedAsThePopulationGrows() {
        // 4 per sex aged 2+, shared 30 : 10 between the groups — the same 8 as the 10 % rate in 2024 …
        double[] counts = {0, 0, 4, 0, 0, 4};
        HousingDemand d = Housing.project(ProjectedPopulation.of(SHAPE, 2024, POP, TestPopulations.scaled(POP, 1.1)),
                assumptions(true, counts));
        assertEquals(69.6, d.households(2024, 0), EPS);
        // … but still 8 in 2025: household population 187 − 8 = 179.
        assertEquals(179, d.get(HousingDemand.Measure.HOUSEHOLD_POPULATION, 2025, 0), EPS);
        // UK-born 2 × (22 × 0.5 + (33 − 3) × 0.6) = 58; migrants 2 × (11 × 0.5 + (11 − 1) × 0.4) = 19; all 77
        assertEquals(77, d.households(2025, 0), EPS);
    }

    @Test
    void tenureSharesAddUpToHouseholds() {
        HousingDemand d = Housing.project(ProjectedPopulation.of(SHAPE, 2024, POP), assumptions(false, INSTITUTIONAL_RATE));
        double byGroup = d.households(2024, 0, 0) + d.households(2024, 0, 1);
        assertEquals(d.households(2024, 0), byGroup, EPS);
        assertEquals(d.households(2024, 0), d.get(HousingDemand.Measure.RENTING, 2024, 0)
                + d.get(HousingDemand.Measure.NOT_RENTING, 2024, 0), EPS);
        DemandTable table = d.table();
        assertTrue(table.columns().containsAll(List.of("area_code", "year", "households", "dwellings_needed",
                "dwellings_available", "shortfall")));
        assertEquals(72.5, table.rows().get(0).value(table.valueColumns().indexOf("dwellings_needed")), EPS);
    }
}
