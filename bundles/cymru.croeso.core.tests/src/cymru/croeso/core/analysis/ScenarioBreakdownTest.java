package cymru.croeso.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;

/**
 * The comparison's breakdown by origin group and age band on the sample (principal against high migration, Cardiff):
 * every line is the sum of the projection's own cells, the groups and the bands each add up to the total, and each
 * difference is the scenario's value less the reference's.
 */
class ScenarioBreakdownTest {
    private static final String CARDIFF = "W06000015";
    /** Cardiff's published total (ONS mid-2011 estimate), where both scenarios start. */
    private static final double CARDIFF_2011 = 345_442;
    private static List<ScenarioRun> runs;
    private static ScenarioBreakdown breakdown;

    @BeforeAll
    static void compare() {
        var project = SampleProject.cymru();
        ScenarioRunner runner = new ScenarioRunner(project);
        runs = List.of(runner.run(project.getScenarios().get(0)), runner.run(project.getScenarios().get(1)));
        breakdown = ScenarioBreakdown.of(runs, CARDIFF);
    }

    /** People of the area in a year, summed cell by cell over sexes and the ages {@code from} … {@code to}. */
    private static double people(ProjectionResult result, int year, int group, int from, int to) {
        int area = result.shape().areaCodes().indexOf(CARDIFF);
        double sum = 0;
        for (Sex sex : Sex.values()) {
            for (int age = from; age <= Math.min(to, result.shape().topAge()); age++) {
                sum += result.population(year, area, group, sex, age);
            }
        }
        return sum;
    }

    @Test
    void eachGroupAndBandIsTheSumOfTheProjectionsCells() {
        for (int s = 0; s < runs.size(); s++) {
            ProjectionResult result = runs.get(s).result();
            for (int year : new int[] { breakdown.firstYear(), 2025, breakdown.lastYear() }) {
                int y = year - breakdown.firstYear();
                for (int g = 0; g < breakdown.groups().size(); g++) {
                    assertEquals(people(result, year, g, 0, Integer.MAX_VALUE), breakdown.groups().get(g).values()[s][y],
                            1e-6, "group " + g + ", " + year);
                }
                int groups = result.shape().groups();
                double children = 0;
                double working = 0;
                double older = 0;
                for (int g = 0; g < groups; g++) {
                    children += people(result, year, g, 0, 15);
                    working += people(result, year, g, 16, 64);
                    older += people(result, year, g, 65, Integer.MAX_VALUE);
                }
                assertEquals(children, breakdown.bands().get(0).values()[s][y], 1e-6, "0-15, " + year);
                assertEquals(working, breakdown.bands().get(1).values()[s][y], 1e-6, "16-64, " + year);
                assertEquals(older, breakdown.bands().get(2).values()[s][y], 1e-6, "65+, " + year);
            }
        }
        assertEquals(List.of("0-15", "16-64", "65+"), breakdown.bands().stream().map(ScenarioBreakdown.Line::name).toList());
        assertEquals(CARDIFF_2011, breakdown.total().values()[0][0], 1e-6);
        assertEquals(CARDIFF_2011, breakdown.total().values()[1][0], 1e-6);
    }

    @Test
    void theGroupsAndTheBandsEachAddUpToTheTotalAndDifferencesAreAgainstTheFirst() {
        for (int s = 0; s < 2; s++) {
            for (int y = 0; y < breakdown.years(); y++) {
                double groups = 0;
                double groupDifferences = 0;
                for (ScenarioBreakdown.Line line : breakdown.groups()) {
                    groups += line.values()[s][y];
                    groupDifferences += line.differences()[s][y];
                    assertEquals(line.values()[s][y] - line.values()[0][y], line.differences()[s][y], 1e-6);
                }
                double bands = 0;
                for (ScenarioBreakdown.Line line : breakdown.bands()) {
                    bands += line.values()[s][y];
                    assertEquals(line.values()[s][y] - line.values()[0][y], line.differences()[s][y], 1e-6);
                }
                double total = breakdown.total().values()[s][y];
                assertEquals(total, groups, 1e-6 * total);
                assertEquals(total, bands, 1e-6 * total);
                assertEquals(breakdown.total().differences()[s][y], groupDifferences, 1e-6 * total);
            }
        }
        // high migration multiplies arrivals by 1.5: more people born abroad by the end, and the same UK-born at the start
        int last = breakdown.years() - 1;
        assertTrue(breakdown.total().differences()[1][last] > 1000, "high migration adds people");
        assertEquals(0, breakdown.groups().get(0).differences()[1][0], 1e-9);
    }

    @Test
    void theChartsTotalIsTheBreakdownsTotal() {
        ScenarioLines lines = ScenarioLines.compare(runs, runs, CARDIFF, ComparedMeasure.POPULATION);
        assertEquals(lines.firstYear(), breakdown.firstYear());
        for (int y = 0; y < breakdown.years(); y++) {
            assertEquals(lines.values()[1][y], breakdown.total().values()[1][y], 1e-6);
            assertEquals(lines.differences()[1][y], breakdown.total().differences()[1][y], 1e-6);
        }
    }

    @Test
    void anAreaNotInTheProjectionIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioBreakdown.of(runs, "W99999999"));
        assertTrue(e.getMessage().contains("W99999999"), e.getMessage());
    }
}
