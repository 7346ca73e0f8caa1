package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code project} on a history small enough to work by hand: one area (a made-up code), ages 0, 1 and 2+, the
 * population of mid-2013 and mid-2014 and the components of the year to mid-2014, projected 2014 → 2016 with every
 * assumption taken from 2014.
 *
 * <pre>
 * population 2013  F [100  80 200]  M [110 100 180]      births 2014  F 100  M 100
 * population 2014  F [100 200 500]  M [105 120 400]      births by age of mother 2014: age 1 60, age 2 140
 * deaths 2014      F [  1   2  28]  M [  2  11  28]
 * internal in      F [  2   4   6]  M [  1   3   5]      internal out       F [1 1 2]  M [2 2 2]
 * international in F [  3   0   1]  M [  0   2   4]      international out  F [0 2 0]  M [1 0 3]
 *
 * R(2014) = 2013 aged on, births at age 0: F [100 100 280]  M [100 110 280]
 * mortality = deaths / R:   F [0.01 0.02 0.1]  M [0.02 0.1 0.1]
 * fertility = mothers / R:  f(1) = 60/100 = 0.6, f(2) = 140/280 = 0.5; they imply 60 + 140 = 200 births in 2014,
 *                           as recorded, so the scaling factor is 1
 * net migration (in − out): F [4 1 5]  M [−2 3 4]
 * </pre>
 */
class ProjectCommandTest extends CliTestBase {
    static final String AREA = "W99000001";
    private static final String AREA_2 = "W99000002";

    /** The input files of the hand-worked history, by the option that names them. */
    static Map<String, String> history(String area) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("population", "GSS.Code,Sex,Age,Year,Popn\n" + rows(area, 2013, 100, 80, 200, 110, 100, 180)
                + rows(area, 2014, 100, 200, 500, 105, 120, 400));
        files.put("births", "GSS.Code,Sex,Age,Year,Births\n" + area + ",F,0,2014,100\n" + area + ",M,0,2014,100\n");
        files.put("deaths", "GSS.Code,Sex,Age,Year,Deaths\n" + rows(area, 2014, 1, 2, 28, 2, 11, 28));
        files.put("internal-in", "GSS.Code,Sex,Age,Year,DomIn\n" + rows(area, 2014, 2, 4, 6, 1, 3, 5));
        files.put("internal-out", "GSS.Code,Sex,Age,Year,DomOut\n" + rows(area, 2014, 1, 1, 2, 2, 2, 2));
        files.put("international-in", "GSS.Code,Sex,Age,Year,IntIn\n" + rows(area, 2014, 3, 0, 1, 0, 2, 4));
        files.put("international-out", "GSS.Code,Sex,Age,Year,IntOut\n" + rows(area, 2014, 0, 2, 0, 1, 0, 3));
        files.put("births-by-age-of-mother", "GSS.Code,Sex,Age,Year,Births\n" + area + ",F,1,2014,60\n" + area
                + ",F,2,2014,140\n");
        return files;
    }

    /** Rows F 0, 1, 2 then M 0, 1, 2 of one year. */
    private static String rows(String area, int year, int... femalesThenMales) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < femalesThenMales.length; i++) {
            b.append(area).append(i < 3 ? ",F," : ",M,").append(i % 3).append(',').append(year).append(',')
                    .append(femalesThenMales[i]).append('\n');
        }
        return b.toString();
    }

    /** Writes the files and returns every option of a run on them, the reference years all 2014. */
    private Map<String, String> options(Map<String, String> files) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey() + ".csv");
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            options.put(f.getKey(), file.toString());
        }
        options.put("base-year", "2014");
        options.put("to", "2016");
        options.put("fertility-years", "2014:2014");
        options.put("mortality-years", "2014:2014");
        options.put("migration-years", "2014:2014");
        options.put("out", dir.resolve("result.csv").toString());
        return options;
    }

    private int project(Map<String, String> options) {
        List<String> argv = new ArrayList<>(List.of("project"));
        options.forEach((name, value) -> argv.addAll(List.of("--" + name, value)));
        return cli(Cli.standardCommands(), argv.toArray(String[]::new));
    }

    private ProjectionOutput result() throws IOException {
        return ProjectionOutput.read(dir.resolve("result.csv"));
    }

    @Test
    void projectsTheHandWorkedHistory() throws IOException {
        assertEquals(Cli.OK, project(options(history(AREA))), err());
        ProjectionOutput p = result();
        assertEquals(2 * 3 * 3, p.rows().size(), "2 sexes × 3 ages × 3 years");
        List<String> lines = Files.readAllLines(dir.resolve("result.csv"));
        assertEquals(AREA + ",all,F,0,2014,100,,,,,,", lines.get(1), "the base year is the estimate, without components");
        // 2015: births = 0.6 × 100 (F age 0 in 2014) + 0.5 × (200 + 500) = 410, of which 105/205 boys = 210, girls 200
        // F: R [200 100 700], deaths [2 2 70], P = R − deaths + net migration = [202 99 635]
        // M: R [210 105 520], deaths [4.2 10.5 52], P = [203.8 97.5 472]
        assertEquals(AREA + ",all,M,0,2015,203.8,210,4.2,1,2,0,1", lines.get(11));
        assertCells(p, 2015, new double[] {202, 99, 635}, new double[] {203.8, 97.5, 472});
        // 2016: births = 0.6 × 202 + 0.5 × (99 + 635) = 488.2: girls 488.2 × 100/205, boys 488.2 × 105/205
        // F: R [488.2×100/205, 202, 734], deaths [1% of R, 4.04, 73.4], P = [0.99 R + 4, 198.96, 665.6]
        // M: R [488.2×105/205, 203.8, 569.5], deaths [2% of R, 20.38, 56.95], P = [0.98 R − 2, 186.42, 516.55]
        double girls = 488.2 * 100 / 205;
        double boys = 488.2 * 105 / 205;
        assertCells(p, 2016, new double[] {0.99 * girls + 4, 198.96, 665.6}, new double[] {0.98 * boys - 2, 186.42, 516.55});
        assertEquals(girls, p.get(AREA, "F", 0, 2016).births(), 1e-6);
        // totals: 2014 = 100 + 200 + 500 + 105 + 120 + 400 = 1,425; 2016 = 1104.32488 + 946.02259 = 2,050.3
        assertEquals("wrote 18 rows to " + dir.resolve("result.csv") + "; total population 1,425 in 2014, 2,050.3 in 2016",
                out().strip());
    }

    private static void assertCells(ProjectionOutput p, int year, double[] females, double[] males) {
        for (int age = 0; age < 3; age++) {
            assertEquals(females[age], p.get(AREA, "F", age, year).population(), 1e-6, "F " + age + " " + year);
            assertEquals(males[age], p.get(AREA, "M", age, year).population(), 1e-6, "M " + age + " " + year);
        }
    }

    @Test
    void everyRowKeepsTheAccountingIdentity() throws IOException {
        Map<String, String> files = history(AREA);
        assertEquals(Cli.OK, project(options(files)), err());
        result().assertIdentityOnEveryRow();
    }

    @Test
    void aCappedOutFlowIsReportedAndTheIdentityStillHolds() throws IOException {
        // 500 girls aged 1 leave abroad each year, but at most 100 − 2 + 4 − 1 = 101 are there to leave in 2015
        Map<String, String> files = history(AREA);
        files.put("international-out", "GSS.Code,Sex,Age,Year,IntOut\n" + rows(AREA, 2014, 0, 500, 0, 1, 0, 3));
        assertEquals(Cli.OK, project(options(files)), err());
        ProjectionOutput p = result();
        assertEquals(0, p.get(AREA, "F", 1, 2015).population(), 1e-9);
        p.assertIdentityOnEveryRow();
        String caps = out().lines().filter(l -> l.contains("capped")).findFirst().orElse("");
        assertTrue(caps.contains("2015 " + AREA + " F age 1: "), out());
        assertTrue(caps.contains("500 asked"), out());
        assertEquals(2, out().lines().count(), "a summary line and a caps line");
    }

    @Test
    void nomisHeadersCrlfAndCrLineEndsGiveTheSameResult() throws IOException {
        assertEquals(Cli.OK, project(options(history(AREA))), err());
        byte[] plain = Files.readAllBytes(dir.resolve("result.csv"));

        Map<String, String> files = history(AREA);
        // Nomis's layout: GENDER 1 = male, 2 = female; C_AGE 101 … 103 = ages 0 … 2; a BOM and CRLF, as Excel saves it
        StringBuilder nomis = new StringBuilder("\uFEFF\"GEOGRAPHY_CODE\",\"GENDER\",\"C_AGE\",\"DATE\",\"OBS_VALUE\"\r\n");
        int[][] values = {{100, 80, 200, 110, 100, 180}, {100, 200, 500, 105, 120, 400}};
        for (int y = 0; y < 2; y++) {
            for (int i = 0; i < 6; i++) {
                nomis.append(AREA).append(',').append(i < 3 ? 2 : 1).append(',').append(101 + i % 3).append(',')
                        .append(2013 + y).append(',').append(values[y][i]).append("\r\n");
            }
        }
        files.put("population", nomis.toString());
        files.put("deaths", files.get("deaths").replace("\n", "\r").replace("Deaths", "OBS_VALUE"));
        assertEquals(Cli.OK, project(options(files)), err());
        assertArrayEquals(plain, Files.readAllBytes(dir.resolve("result.csv")));
    }

    @Test
    void rowsListedTwiceAreReadOnceAndSaidSo() throws IOException {
        assertEquals(Cli.OK, project(options(history(AREA))), err());
        byte[] plain = Files.readAllBytes(dir.resolve("result.csv"));
        clearOutput();
        Map<String, String> files = history(AREA);
        String body = rows(AREA, 2014, 2, 4, 6, 1, 3, 5);
        files.put("internal-in", "GSS.Code,Sex,Age,Year,DomIn\r\n" + (body + body).replace("\n", "\r\n"));
        assertEquals(Cli.OK, project(options(files)), err());
        assertArrayEquals(plain, Files.readAllBytes(dir.resolve("result.csv")));
        assertTrue(out().startsWith(dir.resolve("internal-in.csv") + ": 6 rows repeat an earlier row exactly"), out());
    }

    @Test
    void aRepeatWithAnotherValueIsRejectedAtItsOwnRow() throws IOException {
        Map<String, String> files = history(AREA);
        String body = rows(AREA, 2014, 1, 2, 28, 2, 11, 28);
        // rows 2–7, their exact repeats 8–13, then row 14 gives F age 2 (row 4) a different count
        files.put("deaths", "GSS.Code,Sex,Age,Year,Deaths\n" + body + body + AREA + ",F,2,2014,29\n");
        assertUserError(options(files), dir.resolve("deaths.csv") + ":14:GSS.Code: duplicate of row 4");
    }

    @Test
    void aMissingColumnNamesTheFileRowAndColumn() throws IOException {
        Map<String, String> files = history(AREA);
        files.put("population", files.get("population").replace(",Age,", ",Years_old,"));
        assertUserError(options(files), dir.resolve("population.csv") + ":1:age: no age column; name one of C_AGE, Age");
    }

    @Test
    void aValueThatIsNotANumberNamesTheFileRowAndColumn() throws IOException {
        Map<String, String> files = history(AREA);
        files.put("deaths", files.get("deaths").replace(AREA + ",F,2,2014,28", AREA + ",F,2,2014,n/a"));
        assertUserError(options(files), dir.resolve("deaths.csv") + ":4:Deaths: 'n/a' is not a number");
    }

    @Test
    void reversedReferenceYearsAreRejected() throws IOException {
        Map<String, String> options = options(history(AREA));
        options.put("migration-years", "2014:2003");
        assertUserError(options, "option --migration-years is '2014:2003', not a range of years; write first:last");
    }

    @Test
    void aMissingFileIsNamedWithItsOption() throws IOException {
        Map<String, String> options = options(history(AREA));
        options.put("births", dir.resolve("no-such-births.csv").toString());
        assertUserError(options, dir.resolve("no-such-births.csv") + " (--births): there is no such file");
    }

    @Test
    void referenceYearsOutsideTheDataNameTheFileAndTheOption() throws IOException {
        Map<String, String> options = options(history(AREA));
        options.put("mortality-years", "2012:2014");
        // mortality in 2012 needs those at risk in 2012, i.e. the population of 2011
        assertUserError(options, dir.resolve("population.csv") + " (--population): there are no rows for 2011, which "
                + "--mortality-years 2012:2014 needs; the file covers 2013…2014");
    }

    @Test
    void anAreaMissingFromOneTableIsNamedWithTheFile() throws IOException {
        Map<String, String> files = history(AREA);
        history(AREA_2).forEach((option, text) -> {
            if (!option.equals("internal-in")) {
                files.merge(option, text.substring(text.indexOf('\n') + 1), String::concat);
            }
        });
        assertUserError(options(files), "cannot project from these files: " + dir.resolve("internal-in.csv")
                + " (--internal-in) has no rows for " + AREA_2 + " in 2014");
    }

    @Test
    void missingOptionsAndAnEndBeforeTheBaseAreUserErrors() throws IOException {
        Map<String, String> options = options(history(AREA));
        options.remove("deaths");
        assertUserError(options, "missing option --deaths");
        clearOutput();
        options = options(history(AREA));
        options.put("to", "2014");
        assertUserError(options, "--to 2014 must come after --base-year 2014");
    }

    @Test
    void errorsAreInWelshWhenTheLocaleIs() throws IOException {
        Locale.setDefault(Locale.forLanguageTag("cy"));
        Map<String, String> options = options(history(AREA));
        options.put("births", dir.resolve("dim.csv").toString());
        assertUserError(options, "gwall: " + dir.resolve("dim.csv") + " (--births): nid oes ffeil o'r fath");
    }

    private void assertUserError(Map<String, String> options, String expected) {
        assertEquals(Cli.USER_ERROR, project(options), err());
        assertTrue(err().contains(expected), () -> "expected «" + expected + "» in " + err());
        assertEquals(1, err().lines().count(), () -> "a user error is one line: " + err());
        assertFalse(Files.exists(dir.resolve("result.csv")), "nothing is written after a user error");
    }
}
