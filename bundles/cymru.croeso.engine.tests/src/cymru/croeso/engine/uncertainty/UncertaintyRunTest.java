package cymru.croeso.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UncertaintyRunTest {
    private static final int END = SyntheticScenario.END_YEAR;
    private static final UncertainLevels SPREAD = UncertainLevels.of(new Distribution.Normal(1, 0.3),
            new Distribution.Triangular(0.8, 1, 1.1));

    private static Map<String, OutputMeasure> outputs() {
        Map<String, OutputMeasure> m = new LinkedHashMap<>();
        m.put("total", OutputMeasure.totalPopulation());
        m.put("working-age", OutputMeasure.workingAge(ProjectionSummary.ALL));
        m.put("old-age dependency", OutputMeasure.oldAgeDependencyRatio(1));
        return m;
    }

    @Test
    void theSameSeedGivesTheSameFanWhateverTheThreads() {
        UncertaintyRun run = new UncertaintyRun(SyntheticScenario.inputs(), SPREAD, outputs());
        UncertaintyResult oneThread = run.run(120, 42, 1);
        UncertaintyResult fourThreads = run.run(120, 42, 4);
        assertEquals(oneThread.fans(), fourThreads.fans());
        assertEquals(oneThread.fans(), new UncertaintyRun(SyntheticScenario.inputs(), SPREAD, outputs()).run(120, 42, 3).fans());
    }

    @Test
    void differentSeedsGiveDifferentFans() {
        UncertaintyRun run = new UncertaintyRun(SyntheticScenario.inputs(), SPREAD, outputs());
        Fan one = run.run(100, 1, 2).fan("total");
        Fan two = run.run(100, 2, 2).fan("total");
        assertNotEquals(one.value(50, END), two.value(50, END));
        assertNotEquals(one.value(5, END), two.value(5, END));
    }

    @Test
    void withNoSpreadEveryPercentileIsTheDeterministicRun() {
        ProjectionInputs scenario = SyntheticScenario.inputs();
        ProjectionResult deterministic = CohortComponentProjection.run(scenario);
        List<FlowLevel> flows = List.of(FlowLevel.netInternational(new Distribution.Normal(1, 0)),
                FlowLevel.of(MigrationFlow.INTERNAL_IN, new Distribution.Uniform(1, 1)));
        UncertaintyResult result = new UncertaintyRun(scenario, new UncertainLevels(flows, new Distribution.Triangular(1, 1, 1)), outputs())
                .run(50, 7, 2);
        for (Map.Entry<String, OutputMeasure> output : outputs().entrySet()) {
            double[] expected = output.getValue().perYear(deterministic);
            Fan fan = result.fan(output.getKey());
            for (double p : Percentiles.FAN) {
                for (int y = SyntheticScenario.BASE_YEAR; y <= END; y++) {
                    assertEquals(expected[y - SyntheticScenario.BASE_YEAR], fan.value(p, y), output.getKey() + " p" + p + " " + y);
                }
            }
        }
    }

    @Test
    void fixedMultipliersScaleTheFlowsAndFertilityAsIfTypedIn() {
        // International counts, totals and rates ×1.5 and fertility ×0.8, written into the scenario by hand.
        ProjectionResult byHand = CohortComponentProjection.run(SyntheticScenario.inputs(1.5, 0.8));
        UncertaintyResult result = new UncertaintyRun(SyntheticScenario.inputs(),
                UncertainLevels.of(new Distribution.Fixed(1.5), new Distribution.Fixed(0.8)), outputs()).run(3, 11, 2);
        double[] total = OutputMeasure.totalPopulation().perYear(byHand);
        double[] working = OutputMeasure.workingAge(ProjectionSummary.ALL).perYear(byHand);
        for (int y = 0; y < total.length; y++) {
            assertEquals(total[y], result.fan("total").values()[2][y], 1e-9 * total[y]);
            assertEquals(working[y], result.fan("working-age").values()[4][y], 1e-9 * working[y]);
        }
        assertNotEquals(total[total.length - 1], CohortComponentProjection.run(SyntheticScenario.inputs()).total(END));
    }

    @Test
    void fanIsTheTypeSevenPercentileOfTheDrawsRunOneByOne() {
        ProjectionInputs scenario = SyntheticScenario.inputs();
        UncertaintyResult result = new UncertaintyRun(scenario, SPREAD, outputs()).run(21, 99, 3);
        ScaledInputs scaled = new ScaledInputs(scenario);
        List<Double> endTotals = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            DrawnLevels levels = DrawnLevels.draw(SPREAD, 99, i);
            assertArrayEquals(levels.flowMultipliers(), result.levels().get(i).flowMultipliers());
            endTotals.add(CohortComponentProjection.run(scaled.with(levels)).total(END));
        }
        double[] sorted = endTotals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // 21 draws: h = 20·p/100, so p 5 → the 2nd value (index 1), p 25 → index 5, p 50 → 10, p 75 → 15, p 95 → 19.
        Fan fan = result.fan("total");
        assertEquals(sorted[1], fan.value(5, END), 1e-6);
        assertEquals(sorted[5], fan.value(25, END), 1e-6);
        assertEquals(sorted[10], fan.value(50, END), 1e-6);
        assertEquals(sorted[15], fan.value(75, END), 1e-6);
        assertEquals(sorted[19], fan.value(95, END), 1e-6);
    }

    @Test
    void fanIsOrderedClosedAtTheBaseYearAndWidensOverTime() {
        ProjectionInputs scenario = SyntheticScenario.inputs();
        Fan fan = new UncertaintyRun(scenario, SPREAD, outputs()).run(200, 5, 2).fan("total");
        double base = scenario.base().total();
        for (double p : Percentiles.FAN) {
            assertEquals(base, fan.value(p, SyntheticScenario.BASE_YEAR), 1e-6);
        }
        for (int y = SyntheticScenario.BASE_YEAR + 1; y <= END; y++) {
            for (int p = 1; p < Percentiles.FAN.length; p++) {
                assertTrue(fan.values()[p][y - SyntheticScenario.BASE_YEAR] >= fan.values()[p - 1][y - SyntheticScenario.BASE_YEAR]);
            }
        }
        double early = fan.value(95, SyntheticScenario.BASE_YEAR + 1) - fan.value(5, SyntheticScenario.BASE_YEAR + 1);
        double late = fan.value(95, END) - fan.value(5, END);
        assertTrue(late > 5 * early, "a constant multiplier's effect accumulates: " + early + " then " + late);
    }

    @Test
    void aDrawsLevelsDependOnlyOnTheSeedAndIndex() {
        DrawnLevels a = DrawnLevels.draw(SPREAD, 3, 17);
        DrawnLevels b = DrawnLevels.draw(SPREAD, 3, 17);
        assertArrayEquals(a.flowMultipliers(), b.flowMultipliers());
        assertEquals(a.fertilityMultiplier(), b.fertilityMultiplier());
        // Net international: one draw shared by in and out; internal flows untouched.
        assertEquals(a.multiplier(MigrationFlow.INTERNATIONAL_IN), a.multiplier(MigrationFlow.INTERNATIONAL_OUT));
        assertEquals(1, a.multiplier(MigrationFlow.INTERNAL_IN));
        assertNotEquals(a.fertilityMultiplier(), DrawnLevels.draw(SPREAD, 3, 18).fertilityMultiplier());
    }
}
