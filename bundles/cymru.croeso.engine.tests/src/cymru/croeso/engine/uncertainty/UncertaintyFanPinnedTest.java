package cymru.croeso.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.Sex;
import cymru.croeso.engine.StepByStepProjection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same fan, to the last bit, as the uncertainty run gave before it was made fast: checked
 * against fans recorded from that code, and against fans rebuilt here from the step-by-step reference projection
 * and plain cell-by-cell sums.
 */
class UncertaintyFanPinnedTest {
    /** Net international and internal out-migration vary, and fertility; internal out up to 2.5× caps some cells. */
    private static final UncertainLevels SPREAD = new UncertainLevels(List.of(
            FlowLevel.netInternational(new Distribution.Normal(1, 0.3)),
            FlowLevel.of(MigrationFlow.INTERNAL_OUT, new Distribution.Uniform(0.5, 2.5))),
            new Distribution.Triangular(0.8, 1, 1.1));
    private static final AgeBand CHILDREN = new AgeBand(0, 15);

    private static Map<String, OutputMeasure> outputs() {
        Map<String, OutputMeasure> m = new LinkedHashMap<>();
        m.put("total", OutputMeasure.totalPopulation());
        m.put("working-age", OutputMeasure.workingAge(ProjectionSummary.ALL));
        m.put("old-age dependency", OutputMeasure.oldAgeDependencyRatio(1));
        m.put("children of area 0", OutputMeasure.people(0, ProjectionSummary.ALL, CHILDREN));
        return m;
    }

    @Test
    void theFanIsTheOneRecordedBeforeTheSpeedUp() {
        // Printed (Double.toString, which reads back exactly) by the code of commit 4516970 for 60 draws, seed 42.
        UncertaintyResult r = new UncertaintyRun(SyntheticScenario.inputs(), SPREAD, outputs()).run(60, 42, 2);
        assertFan(r.fan("total"), 2025, 374937.0797900382, 376133.23677558615, 377521.2723931428, 378888.96869443526, 381397.78777736396);
        assertFan(r.fan("total"), 2034, 286166.1801203401, 295557.704490893, 305482.8019576351, 316039.88888437283, 338089.3599307972);
        assertFan(r.fan("total"), 2044, 234806.2285937756, 249338.93147172296, 265438.04505099443, 282710.3542856042, 323580.371995395);
        assertFan(r.fan("working-age"), 2025, 221743.58122293928, 222205.61201148055, 223029.62270805996, 223968.70649807123, 225300.5613905059);
        assertFan(r.fan("working-age"), 2034, 196570.21238026326, 200590.3700340401, 207870.7598545042, 216321.73769926012, 229294.15224690712);
        assertFan(r.fan("working-age"), 2044, 169236.9727636291, 177350.42724452366, 189668.00769592368, 204383.3916458141, 229111.9847453274);
        assertFan(r.fan("old-age dependency"), 2025, 0.2440886098173477, 0.24427082241443715, 0.24447438323035756, 0.24468797017130306, 0.24510111151238714);
        assertFan(r.fan("old-age dependency"), 2034, 0.11717578451444727, 0.11770070832917524, 0.11848572331659758, 0.11925449368361324, 0.12043767714593741);
        assertFan(r.fan("old-age dependency"), 2044, 0.09177180963906677, 0.09298582278021619, 0.09403758237922744, 0.09532474117217114, 0.09762628781779312);
        assertFan(r.fan("children of area 0"), 2025, 33088.2117606387, 33255.74239985329, 33338.44099180515, 33476.748860665844, 33741.13765609514);
        assertFan(r.fan("children of area 0"), 2034, 22655.69233106519, 24002.942141231455, 24680.207894837888, 25879.554314077817, 27772.778853500982);
        assertFan(r.fan("children of area 0"), 2044, 17075.442235549952, 19064.085186226846, 20063.046198959448, 22091.872866949125, 25228.054776190667);
    }

    @Test
    void theFanIsThatOfTheStepByStepReference() {
        int draws = 45;
        long seed = 2024;
        UncertaintyResult r = new UncertaintyRun(SyntheticScenario.inputs(), SPREAD, outputs()).run(draws, seed, 3);
        ScaledInputs scaled = new ScaledInputs(SyntheticScenario.inputs());
        int years = SyntheticScenario.END_YEAR - SyntheticScenario.BASE_YEAR + 1;
        double[][][] values = new double[4][draws][years];
        for (int i = 0; i < draws; i++) {
            ProjectionResult p = StepByStepProjection.run(scaled.with(DrawnLevels.draw(SPREAD, seed, i)));
            for (int y = 0; y < years; y++) {
                int year = SyntheticScenario.BASE_YEAR + y;
                values[0][i][y] = cellByCell(p, year, ProjectionSummary.ALL, AgeBand.ALL_AGES);
                values[1][i][y] = cellByCell(p, year, ProjectionSummary.ALL, AgeBand.WORKING_AGE);
                values[2][i][y] = cellByCell(p, year, 1, AgeBand.OLD_AGE) / cellByCell(p, year, 1, AgeBand.WORKING_AGE);
                values[3][i][y] = cellByCell(p, year, 0, CHILDREN);
            }
        }
        int m = 0;
        for (String name : outputs().keySet()) {
            // Fan.equals compares every value's bits.
            assertEquals(Fan.of(name, SyntheticScenario.BASE_YEAR, Percentiles.FAN, values[m++]), r.fan(name), name);
        }
    }

    @Test
    void anOutputOfThePlannersOwnReadsTheProjectionItself() {
        Map<String, OutputMeasure> m = outputs();
        m.put("own total", result -> {
            double[] v = new double[result.endYear() - result.baseYear() + 1];
            for (int y = 0; y < v.length; y++) {
                v[y] = result.total(result.baseYear() + y);
            }
            return v;
        });
        UncertaintyResult r = new UncertaintyRun(SyntheticScenario.inputs(), SPREAD, m).run(30, 5, 2);
        // ProjectionResult.total adds every cell in order, as the counted total does: the same fan, bit for bit.
        assertEquals(new Fan("t", 0, Percentiles.FAN, r.fan("total").values()), new Fan("t", 0, Percentiles.FAN, r.fan("own total").values()));
        assertEquals(new UncertaintyRun(SyntheticScenario.inputs(), SPREAD, outputs()).run(30, 5, 1).fans().get("working-age"),
                r.fan("working-age"));
    }

    private static void assertFan(Fan fan, int year, double... expected) {
        for (int p = 0; p < expected.length; p++) {
            assertEquals(expected[p], fan.value(Percentiles.FAN[p], year), fan.measure() + " p" + Percentiles.FAN[p] + " " + year);
        }
    }

    /** People of an age band in one area or all, every group, summed in cell order (area, group, sex, age). */
    private static double cellByCell(ProjectionResult r, int year, int area, AgeBand band) {
        PopulationShape shape = r.shape();
        double sum = 0;
        for (int ar = 0; ar < shape.areas(); ar++) {
            for (int g = 0; g < shape.groups(); g++) {
                for (Sex sex : Sex.values()) {
                    for (int age = band.from(); age <= Math.min(band.to(), shape.topAge()); age++) {
                        if (area == ProjectionSummary.ALL || area == ar) {
                            sum += r.population(year, ar, g, sex, age);
                        }
                    }
                }
            }
        }
        return sum;
    }
}
