package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.data.sample.SampleHouseholds;
import cymru.croeso.data.table.WideTableReader;
import cymru.croeso.data.table.WideTableRow;
import cymru.croeso.engine.services.ServiceDefaults;
import cymru.croeso.model.Project;
import cymru.croeso.model.files.ProjectFiles;

/** The sample, demand and compare commands run in-process on the sample project. */
class AnalysisCommandsTest extends CliTestBase {
    @TempDir
    static Path shared;
    static Path sample;
    static Path planted;

    @BeforeAll
    static void writeProjects() throws Exception {
        sample = shared.resolve("cymru.croeso");
        ProjectFiles.save(SampleProjects.projectable(), sample);
        planted = shared.resolve("planted.croeso");
        ProjectFiles.save(SampleProjects.withServices(), planted);
    }

    private static List<CliCommand> commands() {
        return Cli.standardCommands();
    }

    @Test
    void sampleWritesAProjectThatReloadsWith22Areas() throws Exception {
        Path file = dir.resolve("cymru.croeso");
        assertEquals(0, cli(commands(), "sample", "--out", file.toString()), err());
        Project project = ProjectFiles.load(file);
        assertEquals(22, project.getAreas().size());
        assertEquals(List.of("principal", "high-migration"), project.getScenarios().stream().map(s -> s.getId()).toList());
        assertTrue(out().contains("22"), out());
    }

    @Test
    void housingHouseholdsIn2014MatchTheWelshGovernmentProjections() throws Exception {
        Path csv = dir.resolve("housing.csv");
        assertEquals(0, cli(commands(), "demand", "--project", sample.toString(), "--scenario", "principal",
                "--service", "housing", "--out", csv.toString()), err());
        Map<String, Double> published = new HashMap<>();
        try (InputStream in = SampleHouseholds.class.getResourceAsStream(SampleHouseholds.FILE)) {
            for (WideTableRow r : WideTableReader.read(SampleHouseholds.FILE, in).filterCategory("All").rows()) {
                if (r.year() == 2014) {
                    published.put(r.areaCode(), r.value());
                }
            }
        }
        assertEquals(22, published.size());
        Csv table = Csv.read(csv);
        assertEquals(List.of("area_code", "year"), table.header().subList(0, 2));
        double worst = 0;
        int checked = 0;
        // Every row: dwellings needed = households ÷ (1 − vacancy 0.03 − second homes 0.01) = households ÷ 0.96.
        double occupiable = 1 - ServiceDefaults.VACANCY_RATE - ServiceDefaults.SECOND_HOMES_RATE;
        for (String[] row : table.rows()) {
            double households = table.number(row, "households");
            assertEquals(households / occupiable, table.number(row, "dwellings_needed"), 1e-9 * households);
            assertEquals(table.number(row, "dwellings_needed") - table.number(row, "dwellings_available"),
                    table.number(row, "shortfall"), 1e-6);
            if (table.text(row, "year").equals("2014")) {
                double wg = published.get(table.text(row, "area_code"));
                double deviation = Math.abs(households - wg) / wg;
                worst = Math.max(worst, deviation);
                assertTrue(deviation <= 0.005, table.text(row, "area_code") + ": " + households + " against " + wg);
                checked++;
            }
        }
        assertEquals(22, checked);
        System.out.println("housing 2014 households: largest deviation from WG 2014-based " + worst * 100 + " %");
        assertTrue(out().contains("2014"), out());
    }

    @Test
    void aPlantedSchoolDeficitIsFlaggedAndAHugeSurplusToo() throws Exception {
        Path csv = dir.resolve("schools.csv");
        assertEquals(0, cli(commands(), "demand", "--project", planted.toString(), "--scenario", "principal",
                "--service", "schools", "--out", csv.toString()), err());
        Csv table = Csv.read(csv);
        assertEquals(List.of("area_code", "planning_area", "phase", "year"), table.header().subList(0, 4));
        int cardiffRows = 0;
        for (String[] row : table.rows()) {
            double pupils = table.number(row, "pupils");
            double capacity = table.number(row, "capacity");
            if (table.text(row, "area_code").equals(SampleProjects.CARDIFF)) {
                // 100 places a year group; primary has 7 year groups (R, Y1–Y6) = 700 places.
                if (table.text(row, "phase").equals("primary")) {
                    assertEquals(700, capacity);
                }
                assertTrue(pupils > capacity, "Cardiff " + String.join(",", row));
                assertEquals(1, table.number(row, "deficit_flag"));
                cardiffRows++;
            } else {
                assertEquals(SampleProjects.NEWPORT, table.text(row, "area_code"));
                assertEquals(0, table.number(row, "deficit_flag"));
                assertEquals(1, table.number(row, "high_surplus_flag"));
            }
        }
        assertEquals(4 * (2040 - 2011 + 1), cardiffRows);
    }

    @Test
    void anActionAdding120EsolPlacesFrom2027ChangesOnlyFrom2027() throws Exception {
        Path without = dir.resolve("esol-principal.csv");
        Path with = dir.resolve("esol-more.csv");
        assertEquals(0, cli(commands(), "demand", "--project", planted.toString(), "--scenario", "principal",
                "--service", "esol", "--out", without.toString()), err());
        assertEquals(0, cli(commands(), "demand", "--project", planted.toString(), "--scenario",
                SampleProjects.MORE_ESOL, "--service", "esol", "--out", with.toString()), err());
        Csv a = Csv.read(without);
        Csv b = Csv.read(with);
        assertEquals(a.rows().size(), b.rows().size());
        boolean unmetChanged = false;
        for (int i = 0; i < a.rows().size(); i++) {
            String[] ra = a.rows().get(i);
            String[] rb = b.rows().get(i);
            int year = Integer.parseInt(a.text(ra, "year"));
            boolean cardiff = a.text(ra, "area_code").equals(SampleProjects.CARDIFF);
            double added = cardiff && year >= 2027 ? 120 : 0;
            assertEquals(a.number(ra, "places") + added, b.number(rb, "places"), 1e-9);
            if (year < 2027 || !cardiff) {
                assertEquals(a.text(ra, "unmet_demand"), b.text(rb, "unmet_demand"));
            } else {
                unmetChanged |= b.number(rb, "unmet_demand") < a.number(ra, "unmet_demand");
            }
        }
        assertTrue(unmetChanged, "120 more places from 2027 should cut Cardiff's unmet demand");
    }

    @Test
    void compareHighMigrationWithPrincipal() throws Exception {
        Path csv = dir.resolve("diff.csv");
        assertEquals(0, cli(commands(), "compare", "--project", sample.toString(), "--scenarios",
                "principal,high-migration", "--out", csv.toString()), err());
        Csv table = Csv.read(csv);
        assertEquals(List.of("scenario", "area", "group", "age_band", "year", "population", "difference"),
                table.header());
        // Per scenario and year: the bands 0-15 + 16-64 + 65+ add up to all ages, and so do their differences.
        Map<String, double[]> sums = new HashMap<>();
        for (String[] row : table.rows()) {
            int year = Integer.parseInt(table.text(row, "year"));
            double difference = table.number(row, "difference");
            if (year == 2011) {
                assertEquals(0, difference, "base year " + String.join(",", row));
            }
            if (table.text(row, "scenario").equals("high-migration")) {
                assertTrue(difference >= -1e-6, String.join(",", row));
            }
            String key = table.text(row, "scenario") + " " + year;
            double[] s = sums.computeIfAbsent(key, k -> new double[4]);
            int sign = table.text(row, "age_band").equals("0+") ? -1 : 1;
            s[0] += sign * table.number(row, "population");
            s[1] += sign * difference;
            s[2] += table.text(row, "age_band").equals("0+") ? difference : 0;
        }
        assertEquals(2 * (2040 - 2011 + 1), sums.size());
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            assertEquals(0, e.getValue()[0], 1e-6, e.getKey());
            assertEquals(0, e.getValue()[1], 1e-6, e.getKey());
        }
        // 19,000 arrivals a year × 0.5 more: by 2040 high migration has tens of thousands more people.
        assertTrue(sums.get("high-migration 2040")[2] > 9_500, "extra people in 2040: " + sums.get("high-migration 2040")[2]);
        assertEquals(0, sums.get("principal 2040")[2]);
    }

    @Test
    void mistakesExitWithOneHelpfulLine() throws Exception {
        String out = dir.resolve("x.csv").toString();
        assertEquals(1, cli(commands(), "demand", "--project", sample.toString(), "--scenario", "central",
                "--service", "gp", "--out", out));
        assertTrue(err().contains("central") && err().contains("principal") && err().contains("high-migration"), err());
        clearOutput();
        assertEquals(1, cli(commands(), "demand", "--project", sample.toString(), "--scenario", "principal",
                "--service", "buses", "--out", out));
        assertTrue(err().contains("buses") && err().contains("schools|esol|housing|gp"), err());
        clearOutput();
        Path broken = dir.resolve("broken.croeso");
        Files.writeString(broken, "<?xml version=\"1.0\"?><croeso:Project", StandardCharsets.UTF_8);
        assertEquals(1, cli(commands(), "compare", "--project", broken.toString(), "--scenarios", "a,b", "--out", out));
        assertTrue(err().contains("broken.croeso"), err());
        assertEquals(1, err().strip().lines().count(), err());
        clearOutput();
        assertEquals(1, cli(commands(), "compare", "--project", sample.toString(), "--scenarios", "principal",
                "--out", out));
        assertTrue(err().contains("two or more"), err());
        clearOutput();
        assertEquals(1, cli(commands(), "sample", "--out", dir.resolve("no/such/folder/s.croeso").toString()));
        assertTrue(err().contains("does not exist"), err());
        clearOutput();
        assertEquals(1, cli(commands(), "demand", "--project", dir.resolve("missing.croeso").toString(),
                "--scenario", "principal", "--service", "gp", "--out", out));
        assertTrue(err().contains("missing.croeso") && err().contains("no such file"), err());
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
