package cymru.croeso.engine.tests.bristol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cymru.croeso.engine.AccountingIdentity;
import cymru.croeso.engine.ProjectionCsvWriter;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.Sex;
import cymru.croeso.engine.history.HistoricProjection;
import cymru.croeso.engine.history.ProjectionRequest;
import cymru.croeso.engine.history.TableRow;
import cymru.croeso.engine.history.YearRange;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bristol 2014 → 2040 with fertility from 2013, mortality from 2010–2014 and migration from 2003–2014 (the reference
 * years of issue 3), checked against a second, deliberately plain implementation of the convention for 2015.
 */
class BristolProjectionTest {
    private static ProjectionResult result;

    @BeforeAll
    static void project() {
        result = HistoricProjection.run(new ProjectionRequest(BristolCsv.tables(true), 2014, 2040,
                new YearRange(2013, 2013), new YearRange(2010, 2014), new YearRange(2003, 2014)));
        ProjectionSummary s = new ProjectionSummary(result);
        for (int year : new int[] {2014, 2015, 2020, 2030, 2040}) {
            System.out.printf("Bristol %d: population %.1f, working age %.1f, old-age dependency %.4f%n", year,
                    result.total(year), s.workingAge(year, 0), s.oldAgeDependencyRatio(year, 0));
        }
        System.out.printf("Bristol assumptions: TFR %.4f, e0 women %.2f, men %.2f, caps %d%n",
                s.totalFertilityRate(2015, 0, 0), s.lifeExpectancyAtBirth(2015, 0, 0, Sex.FEMALE),
                s.lifeExpectancyAtBirth(2015, 0, 0, Sex.MALE), result.caps().size());
    }

    @Test
    void identityHoldsOnEveryCellOfEveryYear() {
        AccountingIdentity.assertHolds(result);
    }

    @Test
    void noFlowIsCapped() {
        assertTrue(result.caps().isEmpty(), () -> result.caps().toString());
    }

    @Test
    void firstYearMatchesAPlainImplementationOfTheConvention() {
        Map<String, Double> pop = byKey("bristol_hist_popn_est.csv");
        Map<String, Double> births = byKey("bristol_hist_births_mye.csv");
        Map<String, Double> deaths = byKey("bristol_hist_deaths_mye.csv");
        Map<String, Double> mothers = byKey("bristol_ons_proj_births_age_mother.csv");
        List<Map<String, Double>> ins = List.of(byKey("bristol_hist_domestic_inmigrants.csv"), byKey("bristol_hist_international_inmigrants.csv"));
        List<Map<String, Double>> outs = List.of(byKey("bristol_hist_domestic_outmigrants.csv"), byKey("bristol_hist_international_outmigrants.csv"));

        double asfrBirths = 0;
        double[] f = new double[91];
        for (int a = 1; a <= 90; a++) {
            double women = atRisk(pop, births, "F", a, 2013);
            f[a] = women > 0 ? mothers.getOrDefault(key("F", a, 2013), 0.0) / women : 0;
            asfrBirths += f[a] * atRisk(pop, births, "F", a, 2014);
        }
        double scale = (births.get(key("F", 0, 2014)) + births.get(key("M", 0, 2014))) / asfrBirths;
        double born = 0;
        for (int a = 1; a <= 90; a++) {
            born += scale * f[a] * startAgedOn(pop, "F", a, 2015);
        }
        for (String sex : List.of("F", "M")) {
            for (int a = 0; a <= 90; a++) {
                double r = a == 0 ? born * (sex.equals("M") ? 105.0 / 205 : 100.0 / 205) : startAgedOn(pop, sex, a, 2015);
                double mSum = 0;
                int mYears = 0;
                for (int y = 2010; y <= 2014; y++) {
                    double risk = atRisk(pop, births, sex, a, y);
                    if (risk > 0) {
                        mSum += deaths.get(key(sex, a, y)) / risk;
                        mYears++;
                    }
                }
                double expected = r - r * mSum / mYears;
                for (int y = 2003; y <= 2014; y++) {
                    for (Map<String, Double> in : ins) {
                        expected += in.get(key(sex, a, y)) / 12;
                    }
                    for (Map<String, Double> out : outs) {
                        expected -= out.get(key(sex, a, y)) / 12;
                    }
                }
                Sex s = Sex.ofCode(sex.charAt(0));
                assertEquals(expected, result.population(2015, 0, 0, s, a), 1e-9 * Math.max(1, expected), sex + " " + a);
            }
        }
    }

    @Test
    void csvHasARowPerCellAndYear() throws IOException {
        StringWriter out = new StringWriter();
        ProjectionCsvWriter.write(result, out);
        String[] lines = out.toString().split("\n");
        // 2 sexes × 91 ages × 27 years (2014 … 2040), plus the header
        assertEquals(1 + 2 * 91 * 27, lines.length);
        assertEquals(ProjectionCsvWriter.HEADER, lines[0]);
        assertTrue(lines[1].startsWith("E06000023,all,F,0,2014,"), lines[1]);
    }

    private static double startAgedOn(Map<String, Double> pop, String sex, int a, int year) {
        double p = pop.get(key(sex, a - 1, year - 1));
        return a == 90 ? p + pop.get(key(sex, 90, year - 1)) : p;
    }

    private static double atRisk(Map<String, Double> pop, Map<String, Double> births, String sex, int a, int year) {
        return a == 0 ? births.get(key(sex, 0, year)) : startAgedOn(pop, sex, a, year);
    }

    private static Map<String, Double> byKey(String file) {
        Map<String, Double> values = new HashMap<>();
        for (TableRow r : BristolCsv.read(file)) {
            values.put(key(String.valueOf(r.sex().code()), r.age(), r.year()), r.value());
        }
        return values;
    }

    private static String key(String sex, int age, int year) {
        return sex + "/" + age + "/" + year;
    }
}
