package cymru.croeso.engine.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cymru.croeso.engine.PopulationShape;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ESOL demand, the waiting list and cost worked by hand; the arithmetic is in the comments. */
class EsolTest {
    private static final double EPS = 1e-9;
    private static final PopulationShape SHAPE = new PopulationShape(List.of("W06000015"), List.of("uk-born", "migrant"), 20);
    // Adults 16+ are ages 16 … 20: UK-born 1000 per cell → 10,000 adults; migrants 100 per cell → 1,000 adults.
    private static final double[] POP = TestPopulations.cells(SHAPE, (a, g, s, age) -> g == 0 ? 1000 : 100);

    /** Shares 0 / 0.27, uptake 0.1, drop-out 0.25, £10 an hour, 8 waiting at the start; 15 places × 120 h + 5 × 60 h. */
    private static EsolAssumptions assumptions() {
        return new EsolAssumptions(new double[] {0, 0.27}, new double[] {0.1, 0.1},
                List.of(new EsolProvider("College", 0, 15, 120), new EsolProvider("Library group", 0, 5, 60)),
                List.of(), 0.25, 10, new double[] {8});
    }

    private static ProjectedPopulation fourYears() {
        return ProjectedPopulation.of(SHAPE, 2024, POP, POP, POP, POP);
    }

    @Test
    void waitingListCarriedYearToYear() {
        EsolDemand d = Esol.project(fourYears(), assumptions());
        // need: 1000 × 0.27 = 270 migrants (UK-born share 0); new learners 270 × 0.1 = 27 a year.
        assertEquals(270, d.get(EsolDemand.Measure.ADULTS_LIMITED_ENGLISH, 2024, 0), EPS);
        assertEquals(27, d.get(EsolDemand.Measure.NEW_LEARNERS, 2024, 0), EPS);
        // 2024: carried 8 × 0.75 = 6 (2 drop out); seeking 33; 20 places → 20 served, 13 waiting.
        assertEquals(6, d.get(EsolDemand.Measure.CARRIED_OVER, 2024, 0), EPS);
        assertEquals(2, d.get(EsolDemand.Measure.DROPPED_OUT, 2024, 0), EPS);
        assertEquals(33, d.get(EsolDemand.Measure.SEEKING_PLACE, 2024, 0), EPS);
        assertEquals(20, d.get(EsolDemand.Measure.LEARNERS_SERVED, 2024, 0), EPS);
        assertEquals(13, d.unmetDemand(2024, 0), EPS);
        // hours per learner weighted by places: (15 × 120 + 5 × 60) / 20 = 105; 20 × 105 = 2100 h; × £10 = £21,000.
        assertEquals(2100, d.get(EsolDemand.Measure.GUIDED_HOURS, 2024, 0), EPS);
        assertEquals(21000, d.cost(2024, 0), EPS);
        // 2025: carried 13 × 0.75 = 9.75; seeking 36.75; waiting 16.75.
        assertEquals(16.75, d.unmetDemand(2025, 0), EPS);
        // 2026: carried 16.75 × 0.75 = 12.5625; seeking 39.5625; waiting 19.5625.
        assertEquals(19.5625, d.unmetDemand(2026, 0), EPS);
    }

    @Test
    void extraPlacesFromAYearChangeUnmetDemandFromThatYear() {
        EsolDemand before = Esol.project(fourYears(), assumptions());
        // A strategy action: 20 more college places from 2026.
        EsolDemand after = Esol.project(fourYears(), assumptions().withExtraPlaces(0, 2026, 20));
        assertEquals(before.unmetDemand(2024, 0), after.unmetDemand(2024, 0), EPS);
        assertEquals(before.unmetDemand(2025, 0), after.unmetDemand(2025, 0), EPS);
        // 2026: 40 places ≥ 39.5625 seeking → all served, nobody waiting.
        assertEquals(40, after.get(EsolDemand.Measure.PLACES, 2026, 0), EPS);
        assertEquals(0, after.unmetDemand(2026, 0), EPS);
        // hours per learner (35 × 120 + 5 × 60) / 40 = 112.5; 39.5625 × 112.5 = 4450.78125 h; £44,507.8125.
        assertEquals(4450.78125, after.get(EsolDemand.Measure.GUIDED_HOURS, 2026, 0), EPS);
        assertEquals(44507.8125, after.cost(2026, 0), EPS);
        // 2027: nothing carried; 27 new, all served.
        assertEquals(27, after.get(EsolDemand.Measure.LEARNERS_SERVED, 2027, 0), EPS);
    }

    @Test
    void aHigherUptakeFromAYearChangesLearnersSeekingAPlaceFromThatYear() {
        EsolDemand before = Esol.project(fourYears(), assumptions());
        // A strategy action: migrants' uptake 0.1 + 0.05 = 0.15 from 2026: 270 × 0.15 = 40.5 new learners.
        EsolDemand after = Esol.project(fourYears(), assumptions().withUptakeChange(1, 2026, 0.05));
        for (int year = 2024; year <= 2025; year++) {
            assertEquals(before.get(EsolDemand.Measure.SEEKING_PLACE, year, 0),
                    after.get(EsolDemand.Measure.SEEKING_PLACE, year, 0), EPS);
        }
        assertEquals(27, after.get(EsolDemand.Measure.NEW_LEARNERS, 2025, 0), EPS);
        assertEquals(40.5, after.get(EsolDemand.Measure.NEW_LEARNERS, 2026, 0), EPS);
        // 2026: carried 16.75 × 0.75 = 12.5625 (as before); seeking 40.5 + 12.5625 = 53.0625, 13.5 more than before.
        assertEquals(53.0625, after.get(EsolDemand.Measure.SEEKING_PLACE, 2026, 0), EPS);
        assertEquals(before.get(EsolDemand.Measure.SEEKING_PLACE, 2026, 0) + 13.5,
                after.get(EsolDemand.Measure.SEEKING_PLACE, 2026, 0), EPS);
        // A cut below zero stops new learners rather than making them negative.
        EsolDemand none = Esol.project(fourYears(), assumptions().withUptakeChange(1, 2024, -0.5));
        assertEquals(0, none.get(EsolDemand.Measure.NEW_LEARNERS, 2024, 0), EPS);
    }

    @Test
    void everyLearnerIsServedWaitingOrDroppedOut() {
        EsolDemand d = Esol.project(fourYears(), EsolAssumptions.withDefaults(2, 1,
                List.of(EsolProvider.withDefaultHours("College", 0, 10))));
        double previousWaiting = 0;
        for (int year = 2024; year <= 2027; year++) {
            assertEquals(d.get(EsolDemand.Measure.SEEKING_PLACE, year, 0),
                    d.get(EsolDemand.Measure.LEARNERS_SERVED, year, 0) + d.unmetDemand(year, 0), EPS);
            assertEquals(previousWaiting, d.get(EsolDemand.Measure.CARRIED_OVER, year, 0)
                    + d.get(EsolDemand.Measure.DROPPED_OUT, year, 0), EPS);
            previousWaiting = d.unmetDemand(year, 0);
        }
        // Defaults: 1000 × 0.27 × 0.10 = 27 new a year, 10 places of 120 h at £10 → £12,000 a year.
        assertEquals(27, d.get(EsolDemand.Measure.NEW_LEARNERS, 2024, 0), EPS);
        assertEquals(12000, d.cost(2025, 0), EPS);
    }
}
