package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.boardpack.StrategySample;
import cymru.croeso.model.files.ProjectFiles;

/** The costs command on the sample with the costed strategy of {@link StrategySample} (figures worked there by hand). */
class CostsCommandTest extends CliTestBase {
    @TempDir
    static Path shared;
    static Path project;

    @BeforeAll
    static void writeProject() throws Exception {
        project = shared.resolve("strategy.croeso");
        ProjectFiles.save(StrategySample.project(), project);
    }

    private Csv costs(String scenario, String by) throws Exception {
        Path csv = dir.resolve(scenario + "-" + by + ".csv");
        assertEquals(0, cli(Cli.standardCommands(), "costs", "--project", project.toString(), "--scenario", scenario,
                "--by", by, "--out", csv.toString()), err());
        return Csv.read(csv);
    }

    @Test
    void theTotalPerYearIsEachActionsCostSpreadOverItsYears() throws Exception {
        Csv total = costs(StrategySample.SCENARIO, "total");
        assertEquals(List.of("year", "cost_gbp"), total.header());
        assertEquals(2040 - 2011 + 1, total.rows().size());
        Map<Integer, Double> expected = Map.of(2026, 35_000.0, 2027, 33_000.0, 2028, 33_000.0, 2029, 3_000.0, 2030,
                3_000.0, 2039, 10_000.0, 2040, 10_000.0);
        for (String[] row : total.rows()) {
            int year = Integer.parseInt(total.text(row, "year"));
            assertEquals(expected.getOrDefault(year, 0.0), total.number(row, "cost_gbp"), 1e-9, "in " + year);
        }
        assertTrue(out().contains("30 rows") && out().contains("\u00a3127,000 in all"), out());
    }

    @Test
    void byThemeAndByLeadAddUpToTheTotal() throws Exception {
        Map<String, Map<Integer, Double>> themes = byName(costs(StrategySample.SCENARIO, "theme"), "theme");
        assertEquals(List.of(StrategySample.EDUCATION, StrategySample.SOCIAL, StrategySample.HEALTH),
                new ArrayList<>(themes.keySet()));
        assertEquals(30_000, themes.get(StrategySample.EDUCATION).get(2027), 1e-9);
        assertEquals(0, themes.get(StrategySample.EDUCATION).get(2029), 1e-9);
        assertEquals(5_000, themes.get(StrategySample.SOCIAL).get(2026), 1e-9);
        assertEquals(3_000, themes.get(StrategySample.SOCIAL).get(2030), 1e-9);
        assertEquals(10_000, themes.get(StrategySample.HEALTH).get(2040), 1e-9);
        assertEquals(0, themes.get(StrategySample.HEALTH).get(2038), 1e-9);

        Map<String, Map<Integer, Double>> leads = byName(costs(StrategySample.SCENARIO, "lead"), "lead");
        assertEquals(List.of(StrategySample.COLLEGE, StrategySample.REFUGEE_COUNCIL, StrategySample.COUNCIL),
                new ArrayList<>(leads.keySet()));
        assertEquals(5_000, leads.get(StrategySample.COUNCIL).get(2026), 1e-9);
        assertEquals(0, leads.get(StrategySample.COUNCIL).get(2027), 1e-9);
        assertEquals(10_000, leads.get(StrategySample.COUNCIL).get(2039), 1e-9);
        assertEquals(3_000, leads.get(StrategySample.REFUGEE_COUNCIL).get(2028), 1e-9);
        for (int year = 2011; year <= 2040; year++) {
            double byTheme = 0;
            double byLead = 0;
            for (Map<Integer, Double> t : themes.values()) {
                byTheme += t.get(year);
            }
            for (Map<Integer, Double> l : leads.values()) {
                byLead += l.get(year);
            }
            assertEquals(byTheme, byLead, 1e-9, "themes and leads share out the same total in " + year);
        }
    }

    @Test
    void welshThemeNamesAndAScenarioWithoutActions() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("cy"));
        Map<String, Map<Integer, Double>> themes = byName(costs(StrategySample.SCENARIO, "theme"), "theme");
        assertEquals(List.of("Addysg a sgiliau", "Cysylltiadau cymdeithasol", "Iechyd"), new ArrayList<>(themes.keySet()));
        assertTrue(out().contains("fesul thema"), out());
        Locale.setDefault(Locale.UK);
        clearOutput();
        Csv none = costs("principal", "total");
        assertTrue(none.rows().stream().allMatch(r -> none.number(r, "cost_gbp") == 0));
        assertTrue(out().contains("switches on no strategy action"), out());
    }

    @Test
    void mistakesExitWithOneHelpfulLine() {
        String out = dir.resolve("x.csv").toString();
        assertEquals(1, cli(Cli.standardCommands(), "costs", "--project", project.toString(), "--scenario",
                StrategySample.SCENARIO, "--by", "partner", "--out", out));
        assertTrue(err().contains("partner") && err().contains("theme|lead|total"), err());
        clearOutput();
        assertEquals(1, cli(Cli.standardCommands(), "costs", "--project", project.toString(), "--scenario", "central",
                "--out", out));
        assertTrue(err().contains("central") && err().contains(StrategySample.SCENARIO), err());
        assertEquals(1, err().strip().lines().count(), err());
    }

    private static Map<String, Map<Integer, Double>> byName(Csv csv, String column) {
        assertEquals(List.of(column, "year", "cost_gbp"), csv.header());
        Map<String, Map<Integer, Double>> out = new java.util.LinkedHashMap<>();
        for (String[] row : csv.rows()) {
            out.computeIfAbsent(csv.text(row, column), k -> new HashMap<>())
                    .put(Integer.parseInt(csv.text(row, "year")), csv.number(row, "cost_gbp"));
        }
        return out;
    }
}
