package cymru.croeso.engine.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cymru.croeso.engine.PopulationShape;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** School places worked by hand; the arithmetic is in the comments. */
class SchoolPlacesTest {
    private static final double EPS = 1e-9;
    private static final PopulationShape SHAPE = new PopulationShape(List.of("W06000001"), List.of("uk-born", "migrant"), 20);
    // Every age: UK-born 30 girls + 30 boys, migrants 10 + 10, so 80 children of each age, a quarter of them migrants.
    private static final double[] FLAT = TestPopulations.cells(SHAPE, (a, g, s, age) -> g == 0 ? 30 : 10);
    private static final List<PlanningArea> AREAS = List.of(PlanningArea.whole("North", 0), new PlanningArea("South", 0, 0.25));

    /** Participation 0.5 in nursery and sixth form, 0.9 elsewhere; EAL shares 0 (UK-born) and 0.5 (migrants). */
    private static SchoolAssumptions assumptions(double[] capacity) {
        double[] participation = new double[2 * SchoolYearGroup.COUNT];
        for (int i = 0; i < participation.length; i++) {
            SchoolPhase phase = SchoolYearGroup.of(i % SchoolYearGroup.COUNT).phase();
            participation[i] = phase == SchoolPhase.NURSERY || phase == SchoolPhase.SIXTH_FORM ? 0.5 : 0.9;
        }
        return new SchoolAssumptions(AREAS, participation, null, capacity, List.of(), new double[] {0, 0.5}, 10);
    }

    @Test
    void pupilsSurplusAndFlagsByHand() {
        // North, capacity by phase: nursery 50, primary 500, secondary 390, sixth form 88; South 1000 each.
        SchoolAssumptions a = assumptions(new double[] {50, 500, 390, 88, 1000, 1000, 1000, 1000})
                .withCapacityChange(0, SchoolPhase.PRIMARY, 2025, 10);
        SchoolPlacesDemand d = SchoolPlaces.project(ProjectedPopulation.of(SHAPE, 2024, FLAT, FLAT), a);
        // North: nursery 80 × 0.5 = 40; each of R, Y1 … Y11: 80 × 0.9 = 72; Y12, Y13: 40.
        assertEquals(40, d.pupils(2024, 0, SchoolYearGroup.NURSERY), EPS);
        assertEquals(72, d.pupils(2024, 0, SchoolYearGroup.YEAR_4), EPS);
        // primary = R + Y1 … Y6 = 7 × 72 = 504; secondary 5 × 72 = 360; sixth form 2 × 40 = 80
        assertEquals(504, d.pupils(2024, 0, SchoolPhase.PRIMARY), EPS);
        assertEquals(360, d.pupils(2024, 0, SchoolPhase.SECONDARY), EPS);
        assertEquals(80, d.pupils(2024, 0, SchoolPhase.SIXTH_FORM), EPS);
        // The planted deficit: primary 500 − 504 = −4 places, −0.8 %.
        assertEquals(-4, d.surplus(2024, 0, SchoolPhase.PRIMARY), EPS);
        assertEquals(-0.8, d.percentSurplus(2024, 0, SchoolPhase.PRIMARY), EPS);
        assertTrue(d.isDeficit(2024, 0, SchoolPhase.PRIMARY));
        // Nursery 50 − 40 = 10 spare = 20 % > 10 %: flagged. Secondary 30/390 = 7.69 %, sixth form 8/88 = 9.09 %: not.
        assertEquals(20, d.percentSurplus(2024, 0, SchoolPhase.NURSERY), EPS);
        assertTrue(d.isHighSurplus(2024, 0, SchoolPhase.NURSERY));
        assertEquals(100.0 * 30 / 390, d.percentSurplus(2024, 0, SchoolPhase.SECONDARY), EPS);
        assertFalse(d.isHighSurplus(2024, 0, SchoolPhase.SECONDARY) || d.isDeficit(2024, 0, SchoolPhase.SECONDARY));
        assertFalse(d.isHighSurplus(2024, 0, SchoolPhase.SIXTH_FORM));
        // 2025: 10 more primary places → 510 − 504 = 6 spare (1.18 %), no flag.
        assertEquals(510, d.capacity(2025, 0, SchoolPhase.PRIMARY), EPS);
        assertEquals(6, d.surplus(2025, 0, SchoolPhase.PRIMARY), EPS);
        assertFalse(d.isDeficit(2025, 0, SchoolPhase.PRIMARY));
        // EAL: a quarter of the children are migrants, half of whom need support: 504 × 0.25 × 0.5 = 63.
        assertEquals(63, d.ealPupils(2024, 0, SchoolPhase.PRIMARY), EPS);
        // South is a quarter of the area: primary 504 / 4 = 126; EAL 63 / 4 = 15.75.
        assertEquals(126, d.pupils(2024, 1, SchoolPhase.PRIMARY), EPS);
        assertEquals(15.75, d.ealPupils(2024, 1, SchoolPhase.PRIMARY), EPS);
        // South: every phase far below 1000 places → high surplus in every phase and year (8 flags), plus North's three.
        List<CapacityFlag> flags = d.flags();
        assertEquals(List.of(
                new CapacityFlag(2024, "North", SchoolPhase.NURSERY, CapacityFlag.Kind.HIGH_SURPLUS, 10, 20),
                new CapacityFlag(2024, "North", SchoolPhase.PRIMARY, CapacityFlag.Kind.DEFICIT, -4, -0.8)),
                flags.subList(0, 2));
        assertEquals(11, flags.size());
        assertEquals(1, flags.stream().filter(f -> f.kind() == CapacityFlag.Kind.DEFICIT).count());
    }

    @Test
    void participationFromBaseYearRolls() {
        double[] rolls = new double[2 * SchoolYearGroup.COUNT];
        rolls[SchoolYearGroup.YEAR_1.ordinal()] = 60;                       // North: 60 of 80 children
        rolls[SchoolYearGroup.COUNT + SchoolYearGroup.YEAR_1.ordinal()] = 15; // South: 15 of 80 × 0.25 = 20
        double[] rates = SchoolAssumptions.participationFromRolls(ProjectedPopulation.of(SHAPE, 2024, FLAT), AREAS, rolls);
        assertEquals(0.75, rates[SchoolYearGroup.YEAR_1.ordinal()], EPS);
        assertEquals(0.75, rates[SchoolYearGroup.COUNT + SchoolYearGroup.YEAR_1.ordinal()], EPS);
        assertEquals(0, rates[SchoolYearGroup.YEAR_2.ordinal()], EPS);
    }

    @Test
    void cohortProgressionByHand() {
        // Historic rolls of every year group: 2021 100, 2022 110, 2023 132 → ratios 1.1 and 1.2, mean 1.15.
        double[] r2021 = new double[2 * SchoolYearGroup.COUNT];
        Arrays.fill(r2021, 100);
        Map<Integer, double[]> history = Map.of(2021, r2021, 2022, TestPopulations.scaled(r2021, 1.1),
                2023, TestPopulations.scaled(r2021, 1.32));
        double[] base = TestPopulations.scaled(r2021, 2); // 200 in every year group in 2024
        CohortProgression progression = CohortProgression.averaged(history, List.of(2022, 2023), base, new double[] {0.95, 0.95});
        assertEquals(1.15, progression.ratios()[SchoolYearGroup.YEAR_3.ordinal()], EPS);
        SchoolAssumptions a = assumptions(new double[8]).withProgression(progression);
        SchoolPlacesDemand d = SchoolPlaces.project(ProjectedPopulation.of(SHAPE, 2024, FLAT, FLAT, FLAT), a);
        // 2024: nursery and reception from participation (40, 72); Y1 … Y13 the base rolls (200).
        assertEquals(72, d.pupils(2024, 0, SchoolYearGroup.RECEPTION), EPS);
        assertEquals(200, d.pupils(2024, 0, SchoolYearGroup.YEAR_1), EPS);
        // 2025: Y1 = R 2024 × 1.15 = 82.8; Y2 = 200 × 1.15 = 230; Y7 = Y6 2024 × 0.95 = 190.
        assertEquals(82.8, d.pupils(2025, 0, SchoolYearGroup.YEAR_1), EPS);
        assertEquals(230, d.pupils(2025, 0, SchoolYearGroup.YEAR_2), EPS);
        assertEquals(190, d.pupils(2025, 0, SchoolYearGroup.YEAR_7), EPS);
        // 2026: Y2 = 82.8 × 1.15 = 95.22; Y8 = 190 × 1.15 = 218.5; Y7 = 230 × 0.95 = 218.5.
        assertEquals(95.22, d.pupils(2026, 0, SchoolYearGroup.YEAR_2), EPS);
        assertEquals(218.5, d.pupils(2026, 0, SchoolYearGroup.YEAR_8), EPS);
        assertEquals(218.5, d.pupils(2026, 0, SchoolYearGroup.YEAR_7), EPS);
        // EAL follows the cohort's group mix: 218.5 × 0.25 × 0.5 = 27.3125.
        assertEquals(27.3125, d.ealPupils(2026, 0, SchoolYearGroup.YEAR_7), EPS);
    }

    @Test
    void phasesAddUpToTheirYearGroups() {
        SchoolPlacesDemand d = SchoolPlaces.project(ProjectedPopulation.of(SHAPE, 2024, FLAT),
                assumptions(new double[8]));
        for (SchoolPhase phase : SchoolPhase.values()) {
            double sum = 0;
            for (SchoolYearGroup yg : SchoolYearGroup.values()) {
                sum += yg.phase() == phase ? d.pupils(2024, 1, yg) : 0;
            }
            assertEquals(sum, d.pupils(2024, 1, phase), EPS);
        }
        assertEquals(SchoolYearGroup.YEAR_13.age(), 17);
        assertEquals(SchoolYearGroup.YEAR_7.age(), 11);
    }
}
