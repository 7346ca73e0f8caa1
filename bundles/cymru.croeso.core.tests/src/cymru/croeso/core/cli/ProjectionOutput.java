package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CSV a {@code project} run wrote, read back by its documented columns, with the accounting identity checked. */
final class ProjectionOutput {
    static final String HEADER =
            "area_code,group,sex,age,year,population,births,deaths,internal_in,internal_out,international_in,international_out";

    /** One output row; the components of a base-year row are empty in the file and 0 here. */
    record Row(String area, String sex, int age, int year, double population, double births, double deaths,
            double internalIn, double internalOut, double internationalIn, double internationalOut) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Row> byCell = new HashMap<>();
    private int topAge;

    private ProjectionOutput(List<String> lines) {
        assertEquals(HEADER, lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(12, f.length, line);
            Row r = new Row(f[0], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), number(f[5]), number(f[6]),
                    number(f[7]), number(f[8]), number(f[9]), number(f[10]), number(f[11]));
            rows.add(r);
            byCell.put(key(r.area(), r.sex(), r.age(), r.year()), r);
            topAge = Math.max(topAge, r.age());
        }
    }

    static ProjectionOutput read(Path csv) throws IOException {
        return new ProjectionOutput(Files.readAllLines(csv));
    }

    List<Row> rows() {
        return rows;
    }

    Row get(String area, String sex, int age, int year) {
        Row r = byCell.get(key(area, sex, age, year));
        assertNotNull(r, () -> "no output row for " + key(area, sex, age, year));
        return r;
    }

    double total(int year) {
        return rows.stream().filter(r -> r.year() == year).mapToDouble(Row::population).sum();
    }

    /**
     * population(t) = R − deaths + internal in − internal out + international in − international out on every row
     * after the first year, R being the previous year's row aged on (ages top − 1 and top for the open group, the
     * row's own births at age 0). Numbers are written to six decimals, so a row can be off by a few millionths.
     */
    void assertIdentityOnEveryRow() {
        int first = rows.stream().mapToInt(Row::year).min().orElseThrow();
        for (Row r : rows) {
            if (r.year() == first) {
                continue;
            }
            double atRisk = r.age() == 0 ? r.births() : get(r.area(), r.sex(), r.age() - 1, r.year() - 1).population();
            if (r.age() == topAge) {
                atRisk += get(r.area(), r.sex(), topAge, r.year() - 1).population();
            }
            double expected = atRisk - r.deaths() + r.internalIn() - r.internalOut() + r.internationalIn()
                    - r.internationalOut();
            assertEquals(expected, r.population(), 1e-5, r.toString());
        }
    }

    private static double number(String text) {
        return text.isEmpty() ? 0 : Double.parseDouble(text);
    }

    private static String key(String area, String sex, int age, int year) {
        return area + "/" + sex + "/" + age + "/" + year;
    }
}
