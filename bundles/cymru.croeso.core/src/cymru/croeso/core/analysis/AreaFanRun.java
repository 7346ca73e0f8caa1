package cymru.croeso.core.analysis;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.engine.uncertainty.Distribution;
import cymru.croeso.engine.uncertainty.Fan;
import cymru.croeso.engine.uncertainty.OutputMeasure;
import cymru.croeso.engine.uncertainty.UncertainLevels;
import cymru.croeso.engine.uncertainty.UncertaintyRun;

/**
 * An uncertainty run of a scenario that gives one area's fan (percentiles 5, 25, 50, 75 and 95 of an output per
 * year), as the command line's {@code uncertainty} does Wales-wide, with progress and a way to stop it part-way.
 * Every draw still projects the whole project (areas can exchange migrants); only the output read is the area's.
 */
public final class AreaFanRun {
    /**
     * Net international migration multiplier, here and on the command line unless {@code --migration} says
     * otherwise: Normal(1, 0.2), truncated at 0. Croeso's own choice, not a published figure: a standard deviation of
     * a fifth puts the 5–95 band of the multiplier at about 0.67–1.33, roughly the spread between the ONS low and high
     * international migration variants around the principal projection.
     */
    public static final Distribution MIGRATION = new Distribution.Normal(1, 0.2);
    /**
     * Fertility (TFR) multiplier, here and on the command line unless {@code --fertility} says otherwise: Normal(1,
     * 0.05). Croeso's own choice: a 5–95 band of about ±0.08, i.e. a TFR of 1.8 between about 1.65 and 1.95, close to
     * the ONS low/high fertility variants' ±0.2 children at the end of their horizon.
     */
    public static final Distribution FERTILITY = new Distribution.Normal(1, 0.05);

    private final ScenarioRun run;
    private final int area;
    private final FanOutput output;
    private final UncertainLevels levels;

    public AreaFanRun(ScenarioRun run, String areaCode, FanOutput output) {
        this(run, areaCode, output, UncertainLevels.of(MIGRATION, FERTILITY));
    }

    public AreaFanRun(ScenarioRun run, String areaCode, FanOutput output, UncertainLevels levels) {
        this.run = run;
        this.area = AreaIndex.of(run, areaCode);
        this.output = output;
        this.levels = levels;
    }

    /**
     * Runs {@code draws} draws on every processor.
     *
     * @throws FanCancelled when {@code progress} asks to stop; the workers stop within a draw each
     */
    public Fan run(int draws, long seed, FanProgress progress) {
        OutputMeasure measure = output.measure(area);
        AtomicInteger done = new AtomicInteger();
        // the engine calls the measure once per finished draw on the worker that drew it: counting there gives
        // progress, and throwing there stops that worker and, through the engine's pool, the run
        OutputMeasure counted = result -> {
            double[] values = measure.perYear(result);
            int n = done.incrementAndGet();
            progress.drawn(n, draws);
            if (progress.cancelled()) {
                throw new FanCancelled(n);
            }
            return values;
        };
        String name = output.name();
        return new UncertaintyRun(run.inputs(), levels, Map.of(name, counted)).run(draws, seed).fan(name);
    }
}
