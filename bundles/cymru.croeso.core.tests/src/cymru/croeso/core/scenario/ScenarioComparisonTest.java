package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.Scenario;

class ScenarioComparisonTest {
    private static final double EPS = 1e-9;

    @Test
    void differencesSumToTheDifferenceInTotals() {
        TinyProject p = new TinyProject();
        Scenario high = ScenarioTemplates.highMigration(p.project, p.principal, 2022);
        Scenario low = ScenarioTemplates.lowMigration(p.project, p.principal, 2022);
        ScenarioRunner runner = new ScenarioRunner(p.project);
        List<ScenarioRun> runs = List.of(runner.run(p.principal), runner.run(high), runner.run(low));
        List<ComparisonRow> rows = ScenarioComparison.compare(runs);
        // 3 scenarios × 2 areas × 2 groups × 4 bands × 6 years
        assertEquals(3 * 2 * 2 * 4 * 6, rows.size());
        for (ComparisonRow r : rows) {
            if (r.scenario().equals("principal")) {
                assertEquals(0, r.difference());
            }
        }
        for (ScenarioRun run : runs) {
            for (int year = 2020; year <= 2025; year++) {
                int y = year;
                double sum = rows.stream().filter(r -> r.scenario().equals(run.id()) && r.year() == y
                        && r.band().equals(AgeBand.ALL_AGES)).mapToDouble(ComparisonRow::difference).sum();
                assertEquals(run.result().total(year) - runs.get(0).result().total(year), sum, EPS);
                // The bands 0–15, 16–64 and 65+ partition all ages (top age 3 here, so 0–15 holds everyone).
                double parts = rows.stream().filter(r -> r.scenario().equals(run.id()) && r.year() == y
                        && !r.band().equals(AgeBand.ALL_AGES)).mapToDouble(ComparisonRow::value).sum();
                assertEquals(run.result().total(year), parts, EPS);
            }
        }
        // High migration's first extra year: 10 a year × (1.5 − 1) = 5 more refugees in A, arrivals unexposed.
        ComparisonRow first = rows.stream().filter(r -> r.scenario().equals("high-migration") && r.area().equals("A")
                && r.group().equals("refugees") && r.band().equals(AgeBand.ALL_AGES) && r.year() == 2022).findFirst().orElseThrow();
        assertEquals(5, first.difference(), EPS);
    }

    @Test
    void csvHasTheDocumentedColumns() throws Exception {
        StringWriter out = new StringWriter();
        ComparisonCsvWriter.write(List.of(new ComparisonRow("a,b", "W06000015", "uk-born", AgeBand.OLD_AGE, 2030, 12.0, -0.25),
                new ComparisonRow("c", "A", "refugees", AgeBand.WORKING_AGE, 2031, 1e-7, 1234567.5)), out);
        assertEquals("scenario,area,group,age_band,year,population,difference\n"
                + "\"a,b\",W06000015,uk-born,65+,2030,12,-0.25\n"
                + "c,A,refugees,16-64,2031,0.0000001,1234567.5\n", out.toString());
    }

    @Test
    void anOverrideAfterTheHorizonMakesNoDifference() {
        TinyProject p = new TinyProject();
        Scenario later = p.child("later", p.principal);
        TinyProject.override(later, p.refugeesIn, OverrideMode.MULTIPLIER, 4, 2026);
        ScenarioRunner runner = new ScenarioRunner(p.project);
        for (ComparisonRow r : ScenarioComparison.compare(List.of(runner.run(p.principal), runner.run(later)))) {
            assertEquals(0, r.difference(), r.toString());
        }
    }
}
