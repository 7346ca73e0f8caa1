package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.Project;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.files.ProjectFiles;

/** {@code export} on the 22-area sample, read back with POI and checked against the engine's own results. */
class ExportCommandTest extends CliTestBase {
    static final String FORMULA_TITLE = "=SUM(A1:A9)";
    static final String FORMULA_LEAD = "+44 Council";
    /** Anglesey: among the smallest authorities, so its small origin groups give counts below 5 to protect. */
    static final String ANGLESEY = "W06000001";
    static final int THRESHOLD = 5;

    @TempDir
    static Path shared;
    static Path project;
    static Path charts;
    static XSSFWorkbook english;
    static ProjectionResult principal;
    static String firstRunOut;

    /** The sample as shipped plus a strategy whose one action (no effects, so no projection changes) has a formula-like title. */
    @BeforeAll
    static void exportTheSample() throws Exception {
        Project p = SampleProjects.projectable();
        StrategyAction action = SampleProjects.F.createStrategyAction();
        action.setId("welcome");
        action.setTitle(FORMULA_TITLE);
        Organisation lead = SampleProjects.F.createOrganisation();
        lead.setId("council");
        lead.setName(FORMULA_LEAD);
        p.getOrganisations().add(lead);
        action.setLead(lead);
        action.setStartYear(2026);
        action.setEndYear(2027);
        action.setCost(4500);
        action.setStatus(RagStatus.AMBER);
        var strategy = SampleProjects.F.createStrategy();
        var theme = SampleProjects.F.createTheme();
        var aim = SampleProjects.F.createAim();
        aim.getActions().add(action);
        theme.getAims().add(aim);
        strategy.getThemes().add(theme);
        p.setStrategy(strategy);
        project = shared.resolve("cymru.croeso");
        ProjectFiles.save(p, project);
        charts = shared.resolve("charts");
        Path pack = shared.resolve("pack-en.xlsx");
        ExportCommandTest run = new ExportCommandTest();
        run.dir = shared;
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        try {
            assertEquals(0, run.cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                    "principal", "--compare", "high-migration", "--out", pack.toString(), "--lang", "en", "--charts",
                    charts.toString(), "--formats", "png,svg,pdf"), run.err());
            firstRunOut = run.out();
        } finally {
            Locale.setDefault(before);
        }
        english = read(pack);
        principal = new ScenarioRunner(ProjectFiles.load(project)).run("principal").result();
    }

    @AfterAll
    static void close() throws Exception {
        english.close();
    }

    static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void reportsWhatItWrote() {
        assertTrue(firstRunOut.contains("pack-en.xlsx"), firstRunOut);
        assertTrue(firstRunOut.contains("high-migration"), firstRunOut);
        // 5 charts (pyramid and four services) × 3 formats
        assertTrue(firstRunOut.contains("wrote 15 chart files"), firstRunOut);
    }

    /**
     * Every cell of Anglesey's 2040 block: the engine's persons of that group summed over the band's single years and
     * both sexes, rounded to a whole count, or {@code c}; every count from 1 to 4 is {@code c}.
     */
    @Test
    void populationCellsAreTheEnginesBandSumsOrSuppressed() {
        Sheet sheet = english.getSheet("Population");
        Row header = sheet.getRow(2);
        int area = principal.shape().areaCodes().indexOf(ANGLESEY);
        int year = 2040;
        int shown = 0;
        int primary = 0;
        for (Row row : sheet) {
            if (row.getRowNum() <= 2 || !"Isle of Anglesey".equals(text(row.getCell(0)))
                    || row.getCell(1).getNumericCellValue() != year || "All groups".equals(text(row.getCell(2)))) {
                continue;
            }
            int group = groupIndex(text(row.getCell(2)));
            for (int c = 3; c < header.getLastCellNum() - 1; c++) {
                long expected = Math.round(bandSum(area, group, year, text(header.getCell(c))));
                Cell cell = row.getCell(c);
                if (cell.getCellType() == CellType.STRING) {
                    assertEquals("c", cell.getStringCellValue());
                    primary += expected > 0 && expected < THRESHOLD ? 1 : 0;
                } else {
                    assertEquals(expected, cell.getNumericCellValue(), 0.0, "group " + group + " " + header.getCell(c));
                    assertFalse(expected > 0 && expected < THRESHOLD, "a count of " + expected + " is shown");
                    shown++;
                }
            }
        }
        assertTrue(shown > 50, "shown cells checked: " + shown);
        assertTrue(primary > 0, "Anglesey's small groups should have counts below " + THRESHOLD);
    }

    /** Persons of one group in a band such as 20-24 or 90+, summed here from single years without the pack's code. */
    static double bandSum(int area, int group, int year, String band) {
        int from = Integer.parseInt(band.replaceAll("[-+].*", ""));
        int to = band.endsWith("+") ? principal.shape().topAge() : Integer.parseInt(band.substring(band.indexOf('-') + 1));
        double sum = 0;
        for (Sex sex : Sex.values()) {
            for (int age = from; age <= to; age++) {
                sum += principal.population(year, area, group, sex, age);
            }
        }
        return sum;
    }

    private static int groupIndex(String name) {
        List<String> names = List.of("UK-born", "EU/EEA nationals", "Other (third-country) nationals", "Asylum seekers",
                "Refugees (including resettlement)", "International students");
        int g = names.indexOf(name);
        assertTrue(g >= 0, name);
        return g;
    }

    /**
     * Mid-2011 Wales: 3,063,758 residents, the sum of every W06 row of the Nomis file the sample ships (worked out
     * with awk, as the data bundle's SampleProjectTest records), so the Summary starts from the published estimates.
     */
    @Test
    void summaryStartsFromThePublishedWalesTotal() {
        Row residents = find(english.getSheet("Summary"), "Residents");
        assertEquals(3_063_758, residents.getCell(1).getNumericCellValue(), 0.0);
        assertEquals(Math.round(principal.total(2040)), residents.getCell(2).getNumericCellValue(), 0.0);
    }

    @Test
    void comparisonSetsHighMigrationAgainstPrincipal() {
        Sheet sheet = english.getSheet("Comparison");
        assertNotNull(sheet);
        assertEquals(List.of("Principal", "High migration"), List.of(text(sheet.getRow(2).getCell(1)),
                text(sheet.getRow(2).getCell(2))));
        Row residents = find(sheet, "Residents, 2040");
        double p = residents.getCell(1).getNumericCellValue();
        double h = residents.getCell(2).getNumericCellValue();
        assertEquals(Math.round(principal.total(2040)), p, 0.0);
        // half as many arrivals again, every year from 2012 to 2040: far more residents
        assertTrue(h > p + 100_000, h + " against " + p);
        assertEquals(h - p, residents.getCell(3).getNumericCellValue(), 0.0);
    }

    @Test
    void chartsAreWrittenInAllThreeFormats() throws Exception {
        for (String chart : List.of("pyramid", "schools", "esol", "housing", "gp")) {
            BufferedImage png = ImageIO.read(charts.resolve(chart + ".png").toFile());
            assertNotNull(png, chart + ".png does not decode");
            assertTrue(png.getWidth() > 1000, chart + ".png is " + png.getWidth() + " wide; 300 dpi needs more");
            assertTrue(Files.readString(charts.resolve(chart + ".svg"), StandardCharsets.UTF_8).contains("<svg"));
            byte[] pdf = Files.readAllBytes(charts.resolve(chart + ".pdf"));
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aFormulaLikeActionTitleIsWrittenAsText() {
        Row action = find(english.getSheet("Action plan"), FORMULA_TITLE);
        assertEquals(CellType.STRING, action.getCell(0).getCellType());
        assertEquals(CellType.STRING, action.getCell(1).getCellType());
        assertEquals(FORMULA_LEAD, action.getCell(1).getStringCellValue());
        for (Sheet sheet : english) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress());
                }
            }
        }
    }

    @Test
    void aWelshPackHasWelshSheetsAndNames() throws Exception {
        Path pack = dir.resolve("pecyn.xlsx");
        assertEquals(0, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", pack.toString(), "--lang", "cy"), err());
        try (XSSFWorkbook welsh = read(pack)) {
            List<String> names = new ArrayList<>();
            welsh.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Clawr", "Crynodeb", "Poblogaeth", "Pyramid", "Ysgolion", "ESOL", "Tai",
                    "Meddygon teulu", "Cynllun gweithredu", "Costau", "Dangosyddion"), names);
            assertEquals("Cymru: pecyn y bwrdd", text(welsh.getSheet("Clawr").getRow(0).getCell(0)));
            Row first = welsh.getSheet("Poblogaeth").getRow(3);
            assertEquals("Ynys Môn", text(first.getCell(0)));
            assertEquals("Wedi'u geni yn y DU", text(first.getCell(2)));
            assertNotNull(find(welsh.getSheet("Crynodeb"), "Trigolion"));
        }
    }

    @Test
    void roundingPublishesEveryCountToTheNearestFive() throws Exception {
        Path pack = dir.resolve("rounded.xlsx");
        assertEquals(0, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", pack.toString(), "--disclosure", "round"), err());
        try (XSSFWorkbook rounded = read(pack)) {
            int checked = 0;
            for (Row row : rounded.getSheet("Population")) {
                for (Cell cell : row) {
                    if (row.getRowNum() > 2 && cell.getColumnIndex() >= 3 && cell.getCellType() == CellType.NUMERIC) {
                        assertEquals(0, cell.getNumericCellValue() % 5, 0.0, cell.getAddress().toString());
                        checked++;
                    }
                }
            }
            assertTrue(checked > 10_000, "cells checked: " + checked);
        }
    }

    @Test
    void anUnknownScenarioNamesTheKnownOnes() {
        assertEquals(1, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--compare", "low-migration", "--out", dir.resolve("p.xlsx").toString()));
        assertOneLine("low-migration", "principal", "high-migration");
    }

    @Test
    void anUnknownLanguageNamesTheChoices() {
        assertEquals(1, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", dir.resolve("p.xlsx").toString(), "--lang", "fr"));
        assertOneLine("fr", "en (English)", "cy (Welsh)");
    }

    @Test
    void anUnknownFormatNamesTheChoices() {
        assertEquals(1, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", dir.resolve("p.xlsx").toString(), "--charts", dir.toString(), "--formats",
                "png,gif"));
        assertOneLine("gif", "png, svg or pdf");
    }

    @Test
    void aMissingOutputFolderIsNamed() {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(1, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", missing.resolve("p.xlsx").toString()));
        assertOneLine(missing.toString(), "create it");
        assertFalse(Files.exists(missing));
    }

    @Test
    void formatsWithoutChartsAndThresholdWithRoundingAreRefused() {
        assertEquals(1, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", dir.resolve("p.xlsx").toString(), "--formats", "png"));
        assertOneLine("--charts");
        clearOutput();
        assertEquals(1, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", dir.resolve("p.xlsx").toString(), "--disclosure", "round", "--threshold", "10"));
        assertOneLine("--threshold");
        clearOutput();
        assertEquals(1, cli(Cli.standardCommands(), "export", "--project", project.toString(), "--scenario",
                "principal", "--out", dir.resolve("p.xlsx").toString(), "--threshold", "1"));
        assertOneLine("--threshold 1", "2 or more");
    }

    private void assertOneLine(String... words) {
        String e = err();
        assertEquals(1, e.lines().count(), e);
        for (String w : words) {
            assertTrue(e.contains(w), "'" + w + "' missing from: " + e);
        }
    }

    static Row find(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (first.equals(text(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError(first + " is not in sheet " + sheet.getSheetName());
    }

    static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
