package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.ProjectionInputs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scenario many times with migration and fertility levels drawn from the planner's distributions, in parallel,
 * and reduces each output to percentiles per year for fan charts.
 *
 * <p>Draw i always gets the same levels for a given seed (see {@link DrawnLevels#draw}) and its outputs go to slot i,
 * so the result does not depend on the number of threads or on how they are scheduled. Each worker thread reuses
 * one {@link CohortComponentProjection#populationOnly population-only} projection: the outputs read the population
 * alone, and a draw then allocates no projection arrays and keeps its working arrays in the processor's cache; the
 * outputs' counts of people are made in one pass over the draw's population ({@link DrawOutputs}).
 */
public final class UncertaintyRun {
    private final ProjectionInputs scenario;
    private final ScaledInputs scaled;
    private final UncertainLevels levels;
    private final Map<String, OutputMeasure> measures;

    /**
     * @param scenario the scenario whose levels are uncertain
     * @param levels   which levels vary and how
     * @param measures the outputs to give fans for, by name, in the order they should be reported
     */
    public UncertaintyRun(ProjectionInputs scenario, UncertainLevels levels, Map<String, OutputMeasure> measures) {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("an uncertainty run needs at least one output to give a fan for");
        }
        this.scenario = scenario;
        this.scaled = new ScaledInputs(scenario);
        this.levels = levels;
        this.measures = new LinkedHashMap<>(measures);
    }

    /** Runs on every available processor. */
    public UncertaintyResult run(int draws, long seed) {
        return run(draws, seed, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param draws   number of draws, ≥ 1 (1,000 gives percentiles stable to about a tenth of the 5–95 band)
     * @param seed    the seed every draw's random stream derives from
     * @param threads number of worker threads, ≥ 1
     */
    public UncertaintyResult run(int draws, long seed, int threads) {
        if (draws < 1 || threads < 1) {
            throw new IllegalArgumentException("an uncertainty run needs at least one draw and one thread, not " + draws + " and " + threads);
        }
        String[] names = measures.keySet().toArray(String[]::new);
        OutputMeasure[] outputs = measures.values().toArray(OutputMeasure[]::new);
        double[][][] values = new double[names.length][draws][];
        DrawnLevels[] drawn = new DrawnLevels[draws];
        DrawOutputs read = new DrawOutputs(outputs);
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            CohortComponentProjection projection = CohortComponentProjection.populationOnly(scenario.shape(), scenario.years());
            for (int i = next.getAndIncrement(); i < draws; i = next.getAndIncrement()) {
                drawn[i] = DrawnLevels.draw(levels, seed, i);
                double[][] draw = read.of(projection.project(scaled.with(drawn[i])));
                for (int m = 0; m < outputs.length; m++) {
                    values[m][i] = draw[m];
                }
            }
        };
        runOn(Math.min(threads, draws), worker);
        Map<String, Fan> fans = new LinkedHashMap<>();
        for (int m = 0; m < names.length; m++) {
            fans.put(names[m], Fan.of(names[m], scenario.baseYear(), Percentiles.FAN, values[m]));
        }
        return new UncertaintyResult(seed, List.of(drawn), fans);
    }

    private static void runOn(int threads, Runnable worker) {
        if (threads == 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the uncertainty run was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
