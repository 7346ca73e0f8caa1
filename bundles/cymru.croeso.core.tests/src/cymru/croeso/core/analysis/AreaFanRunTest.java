package cymru.croeso.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.uncertainty.Distribution;
import cymru.croeso.engine.uncertainty.Fan;
import cymru.croeso.engine.uncertainty.UncertainLevels;

/** One area's fan: ordered, reproducible, exact when nothing is uncertain, and stoppable part-way. */
class AreaFanRunTest {
    private static final String CARDIFF = "W06000015";
    private static final double[] FAN = { 5, 25, 50, 75, 95 };
    private static ScenarioRun principal;

    @BeforeAll
    static void run() {
        var project = SampleProject.cymru();
        principal = new ScenarioRunner(project).run(project.getScenarios().get(0));
    }

    @Test
    void theBandsAreOrderedAndTheSameSeedGivesTheSameFan() {
        AreaFanRun run = new AreaFanRun(principal, CARDIFF, FanOutput.TOTAL);
        Fan fan = run.run(60, 7, FanProgress.NONE);
        for (int year = fan.baseYear(); year <= fan.endYear(); year++) {
            for (int p = 1; p < FAN.length; p++) {
                assertTrue(fan.value(FAN[p - 1], year) <= fan.value(FAN[p], year), year + " p" + FAN[p]);
            }
        }
        // everyone starts from the base population: no spread in the base year, a real one at the end
        assertEquals(345_442, fan.value(5, fan.baseYear()), 1e-6);
        assertEquals(345_442, fan.value(95, fan.baseYear()), 1e-6);
        assertTrue(fan.value(95, fan.endYear()) - fan.value(5, fan.endYear()) > 1000);
        assertEquals(fan, run.run(60, 7, FanProgress.NONE));
        assertNotEquals(fan, run.run(60, 8, FanProgress.NONE));
    }

    @Test
    void withNothingUncertainEveryPercentileIsTheScenariosOwnProjection() {
        Distribution one = new Distribution.Fixed(1);
        Fan fan = new AreaFanRun(principal, CARDIFF, FanOutput.TOTAL, UncertainLevels.of(one, one))
                .run(4, 1, FanProgress.NONE);
        GroupTrend trend = GroupTrend.of(principal.result(), CARDIFF);
        for (int year = fan.baseYear(); year <= fan.endYear(); year++) {
            for (double p : FAN) {
                assertEquals(trend.total(year), fan.value(p, year), 1e-6 * trend.total(year), year + " p" + p);
            }
        }
    }

    @Test
    void progressCountsEveryDrawAndCancelStopsTheRunPartWay() {
        AtomicInteger last = new AtomicInteger();
        new AreaFanRun(principal, CARDIFF, FanOutput.WORKING_AGE).run(12, 1, new FanProgress() {
            @Override
            public void drawn(int done, int draws) {
                last.accumulateAndGet(done, Math::max);
                assertEquals(12, draws);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(12, last.get());
        FanCancelled stopped = assertThrows(FanCancelled.class,
                () -> new AreaFanRun(principal, CARDIFF, FanOutput.TOTAL).run(100_000, 1, new FanProgress() {
                    private final AtomicInteger seen = new AtomicInteger();

                    @Override
                    public void drawn(int done, int draws) {
                        seen.set(done);
                    }

                    @Override
                    public boolean cancelled() {
                        return seen.get() >= 5;
                    }
                }));
        assertTrue(stopped.done() >= 5 && stopped.done() < 100, "stopped after " + stopped.done() + " draws");
    }

    @Test
    void theDependencyRatioFanIsARatio() {
        Fan fan = new AreaFanRun(principal, CARDIFF, FanOutput.DEPENDENCY_RATIO).run(10, 1, FanProgress.NONE);
        double median = fan.value(50, fan.endYear());
        assertTrue(median > 0.1 && median < 1, "old-age dependency ratio " + median);
        assertTrue(!FanOutput.DEPENDENCY_RATIO.isCount() && FanOutput.TOTAL.isCount());
    }
}
