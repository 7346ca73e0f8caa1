package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;
import cymru.croeso.engine.history.HistoricProjection;
import cymru.croeso.engine.history.HistoricTables;
import cymru.croeso.engine.history.ProjectionRequest;
import cymru.croeso.engine.history.TableRow;
import cymru.croeso.engine.history.YearRange;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code project} end to end on Bristol's published history (files in {@code bristol/}, see SOURCE.md there) with the
 * reference years of issue 3, against the engine run in-process on the same files split by hand, without the
 * CLI's reader.
 */
class ProjectCommandBristolTest {
    private static final String[] FILES = {"bristol_hist_popn_est.csv", "bristol_hist_births_mye.csv",
        "bristol_hist_deaths_mye.csv", "bristol_hist_domestic_inmigrants.csv", "bristol_hist_domestic_outmigrants.csv",
        "bristol_hist_international_inmigrants.csv", "bristol_hist_international_outmigrants.csv",
        "bristol_ons_proj_births_age_mother.csv"};
    private static final String[] OPTIONS = {"population", "births", "deaths", "internal-in", "internal-out",
        "international-in", "international-out", "births-by-age-of-mother"};

    @TempDir
    static Path dir;

    private static ProjectionOutput output;
    private static String stdout;
    private static ProjectionResult inProcess;
    private static Locale before;

    @BeforeAll
    static void project() throws IOException {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        List<String> argv = new ArrayList<>(List.of("project"));
        for (int i = 0; i < FILES.length; i++) {
            Path file = dir.resolve(FILES[i]);
            try (InputStream in = ProjectCommandBristolTest.class.getResourceAsStream("bristol/" + FILES[i])) {
                assertNotNull(in, FILES[i]);
                Files.copy(in, file);
            }
            argv.addAll(List.of("--" + OPTIONS[i], file.toString()));
        }
        argv.addAll(List.of("--base-year", "2014", "--to", "2040", "--fertility-years", "2013:2013", "--mortality-years",
                "2010:2014", "--migration-years", "2003:2014", "--out", dir.resolve("bristol.csv").toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli("9.9", dir.resolve("cli.log"), Cli.standardCommands()).run(argv.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        output = ProjectionOutput.read(dir.resolve("bristol.csv"));
        inProcess = HistoricProjection.run(new ProjectionRequest(new HistoricTables(plain(0), plain(1), plain(2), plain(3),
                plain(4), plain(5), plain(6), plain(7)), 2014, 2040, new YearRange(2013, 2013), new YearRange(2010, 2014),
                new YearRange(2003, 2014)));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    /** The file split on commas: every one is {@code GSS.Code,Sex,Age,Year,value} with LF line ends. */
    private static List<TableRow> plain(int file) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(FILES[file]));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.add(new TableRow(f[0], Sex.ofCode(f[1].charAt(0)), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Double.parseDouble(f[4])));
        }
        return rows;
    }

    @Test
    void the2015TotalIsTheEnginesFigure() {
        // 448,058.4: Bristol in 2015 as the engine's own tests project it from these files and reference years
        assertEquals(448_058.4, output.total(2015), 0.05);
        // 182 cells each written to six decimals
        assertEquals(inProcess.total(2015), output.total(2015), 182 * 5e-7);
    }

    @Test
    void everyCellOfEveryYearMatchesTheEngineRunInProcess() {
        assertEquals(2 * 91 * 27, output.rows().size(), "2 sexes × 91 ages × 2014 … 2040");
        for (ProjectionOutput.Row r : output.rows()) {
            Sex sex = Sex.ofCode(r.sex().charAt(0));
            assertEquals(inProcess.population(r.year(), 0, 0, sex, r.age()), r.population(), 5.1e-7, r.toString());
        }
    }

    @Test
    void everyRowKeepsTheAccountingIdentity() {
        output.assertIdentityOnEveryRow();
    }

    @Test
    void theSummarySaysWhatWasReadAndWritten() {
        List<String> lines = stdout.lines().toList();
        assertEquals(3, lines.size(), stdout);
        // each domestic file lists its 2 × 91 × 13 = 2,366 rows twice
        assertEquals(dir.resolve(FILES[3]) + ": 2,366 rows repeat an earlier row exactly and were read once", lines.get(0));
        assertEquals(dir.resolve(FILES[4]) + ": 2,366 rows repeat an earlier row exactly and were read once", lines.get(1));
        // 442,474: ONS's mid-2014 estimate for Bristol, the sum of the base-year rows of bristol_hist_popn_est.csv
        assertEquals("wrote 4,914 rows to " + dir.resolve("bristol.csv") + "; total population 442,474 in 2014, "
                + String.format(Locale.UK, "%,.1f", inProcess.total(2040)) + " in 2040", lines.get(2));
        assertFalse(stdout.contains("capped"), stdout);
    }
}
