package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Summary measures of a small base population whose figures are easy to add up by hand. */
class ProjectionSummaryTest {

    @Test
    void summariesOfTheBaseYear() {
        // Ages 0 … 90; every cell of group 0 holds 1 person and every cell of group 1 holds 2, in both sexes.
        PopulationShape shape = new PopulationShape(List.of("X"), List.of("a", "b"), 90);
        double[] counts = new double[shape.cells()];
        for (int g = 0; g < 2; g++) {
            for (int s = 0; s < 2; s++) {
                Arrays.fill(counts, shape.firstCell(0, g, s), shape.firstCell(0, g, s) + 91, g + 1);
            }
        }
        double[] f = new double[2 * 91];
        for (int a = 20; a < 30; a++) {
            f[a] = 0.1;
        }
        double[] m = new double[shape.cells()];
        Arrays.fill(m, 0.01);
        ProjectionResult r = CohortComponentProjection.run(ProjectionInputs.closed(new PopulationGrid(shape, counts), 2020,
                2021, new FertilityAssumption(YearSeries.constant(f)), new MortalityAssumption(YearSeries.constant(m))));
        ProjectionSummary summary = new ProjectionSummary(r);
        // 16–64 is 49 ages × 2 sexes × (1 + 2) = 294; 65+ is 26 ages (65 … 90+) × 2 × 3 = 156
        assertEquals(294, summary.workingAge(2020, 0), 0);
        assertEquals(156.0 / 294, summary.oldAgeDependencyRatio(2020, ProjectionSummary.ALL), 1e-15);
        // group b aged 0–15: 16 ages × 2 sexes × 2 = 64
        assertEquals(64, summary.total(2020, 0, 1, new AgeBand(0, 15)), 0);
        // TFR of group a: ten ages at 0.1 = 1.0; group b has none
        assertEquals(1.0, summary.totalFertilityRate(2021, 0, 0), 1e-12);
        assertEquals(0, summary.totalFertilityRate(2021, 0, 1), 0);
        // constant q = 0.01: e0 = −1/ln 0.99 = 99.4992
        assertEquals(-1 / Math.log(0.99), summary.lifeExpectancyAtBirth(2021, 0, 1, Sex.MALE), 1e-9);
    }

    /** totalsByYear sums several years side by side; each year's sum must still be the one added up cell by cell. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void totalsByYearAreEachYearsSumToTheLastBit(long seed) {
        ProjectionResult r = CohortComponentProjection.run(new RandomInputs(seed).next());
        PopulationShape shape = r.shape();
        ProjectionSummary summary = new ProjectionSummary(r);
        int top = shape.topAge();
        List<AgeBand> bands = List.of(AgeBand.ALL_AGES, AgeBand.WORKING_AGE, AgeBand.OLD_AGE, new AgeBand(0, 15),
                new AgeBand(top, top), new AgeBand(top + 1, top + 5));
        List<PeopleCount> counts = new java.util.ArrayList<>();
        for (int area = ProjectionSummary.ALL; area < shape.areas(); area++) {
            for (int group = ProjectionSummary.ALL; group < shape.groups(); group++) {
                for (AgeBand band : bands) {
                    counts.add(new PeopleCount(area, group, band));
                }
            }
        }
        // All counts made together in one pass, and each on its own.
        double[][] together = summary.totalsByYear(counts);
        for (int k = 0; k < counts.size(); k++) {
            PeopleCount c = counts.get(k);
            assertArrayEquals(summary.totalsByYear(c.area(), c.group(), c.band()), together[k], c::toString);
        }
        for (int area = ProjectionSummary.ALL; area < shape.areas(); area++) {
            for (int group = ProjectionSummary.ALL; group < shape.groups(); group++) {
                for (AgeBand band : bands) {
                    double[] byYear = summary.totalsByYear(area, group, band);
                    assertEquals(r.endYear() - r.baseYear() + 1, byYear.length);
                    for (int year = r.baseYear(); year <= r.endYear(); year++) {
                        double byHand = cellByCell(r, year, area, group, band);
                        assertEquals(Double.doubleToLongBits(byHand), Double.doubleToLongBits(byYear[year - r.baseYear()]));
                        assertEquals(Double.doubleToLongBits(byHand), Double.doubleToLongBits(summary.total(year, area, group, band)));
                    }
                }
            }
        }
        double[] everyone = summary.totalsByYear(ProjectionSummary.ALL, ProjectionSummary.ALL, AgeBand.ALL_AGES);
        assertEquals(Double.doubleToLongBits(r.total(r.endYear())), Double.doubleToLongBits(everyone[everyone.length - 1]));
        assertNotEquals(0, everyone[0]);
    }

    /** The plain sum in cell order: area, group, sex, age. */
    private static double cellByCell(ProjectionResult r, int year, int area, int group, AgeBand band) {
        PopulationShape shape = r.shape();
        double sum = 0;
        for (int ar = 0; ar < shape.areas(); ar++) {
            for (int g = 0; g < shape.groups(); g++) {
                for (Sex sex : Sex.values()) {
                    for (int age = 0; age <= shape.topAge(); age++) {
                        boolean inBand = age >= band.from() && (age <= band.to());
                        if ((area == ProjectionSummary.ALL || area == ar) && (group == ProjectionSummary.ALL || group == g) && inBand) {
                            sum += r.population(year, ar, g, sex, age);
                        }
                    }
                }
            }
        }
        return sum;
    }
}
