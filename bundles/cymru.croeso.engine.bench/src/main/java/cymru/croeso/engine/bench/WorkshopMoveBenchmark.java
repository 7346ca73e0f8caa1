package cymru.croeso.engine.bench;

import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;
import cymru.croeso.engine.services.Esol;
import cymru.croeso.engine.services.EsolAssumptions;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.engine.services.EsolProvider;
import cymru.croeso.engine.services.ProjectedPopulation;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's share of one workshop slider move (core's WorkshopArea.run on the sample's Cardiff: one area, 6
 * groups, 2011 to 2040): a migration or resettlement move projects the area into reused arrays, sums each group's
 * persons per year for the stacked chart and runs ESOL demand with the workshop's extra places; an ESOL-places move
 * runs ESOL demand alone on the population already read. Budget: a few ms of the 50 ms from slider to chart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkshopMoveBenchmark {
    private static final int BASE_YEAR = 2011;
    private static final int YEARS = 29;

    private ProjectionInputs inputs;
    private CohortComponentProjection reusable;
    private EsolAssumptions esol;
    private ProjectionResult projected;
    private ProjectedPopulation population;

    @Setup
    public void prepare() {
        inputs = ProjectionBenchmark.inputs(1, 6, PopulationShape.DEFAULT_TOP_AGE, BASE_YEAR, YEARS, new Random(20110630));
        reusable = new CohortComponentProjection(inputs.shape(), inputs.years());
        // the area's college and the workshop's own provider, to which the slider adds places
        esol = EsolAssumptions.withDefaults(6, 1, List.of(EsolProvider.withDefaultHours("college", 0, 900),
                EsolProvider.withDefaultHours("workshop", 0, 0)));
        projected = CohortComponentProjection.run(inputs);
        population = ProjectedPopulation.of(projected);
    }

    /** Migration or resettlement moved: projection, group totals, the population read once, ESOL with 300 extra places. */
    @Benchmark
    public double populationMove() {
        ProjectionResult r = reusable.project(inputs);
        return groupTotals(r)[1][YEARS] + esol(ProjectedPopulation.of(r), 300);
    }

    /** ESOL places moved: the population read at the last population move is reused, only ESOL demand runs again. */
    @Benchmark
    public double esolMove() {
        return esol(population, 300);
    }

    /** ESOL places moved, reading the projected population again (every year copied), as the workshop did before. */
    @Benchmark
    public double esolMoveReadingThePopulationAgain() {
        return esol(ProjectedPopulation.of(projected), 300);
    }

    /** Persons per group and year, both sexes and all ages, as the stacked chart shows them. */
    static double[][] groupTotals(ProjectionResult r) {
        int years = r.endYear() - r.baseYear() + 1;
        double[][] totals = new double[r.shape().groups()][years];
        for (int y = 0; y < years; y++) {
            for (int g = 0; g < r.shape().groups(); g++) {
                double s = 0;
                for (Sex sex : Sex.values()) {
                    for (int age = 0; age < r.shape().ages(); age++) {
                        s += r.population(r.baseYear() + y, 0, g, sex, age);
                    }
                }
                totals[g][y] = s;
            }
        }
        return totals;
    }

    private double esol(ProjectedPopulation read, double extraPlaces) {
        EsolDemand demand = Esol.project(read, esol.withExtraPlaces(1, BASE_YEAR + 1, extraPlaces));
        return demand.get(EsolDemand.Measure.NEW_LEARNERS, read.lastYear(), 0) + demand.unmetDemand(read.lastYear(), 0);
    }
}
