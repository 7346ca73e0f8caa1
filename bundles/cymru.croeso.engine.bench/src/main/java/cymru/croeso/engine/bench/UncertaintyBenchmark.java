package cymru.croeso.engine.bench;

import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.uncertainty.Distribution;
import cymru.croeso.engine.uncertainty.OutputMeasure;
import cymru.croeso.engine.uncertainty.UncertainLevels;
import cymru.croeso.engine.uncertainty.UncertaintyResult;
import cymru.croeso.engine.uncertainty.UncertaintyRun;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000 draws of net international migration and fertility for the 22 Welsh unitary authorities × 6 origin groups over
 * 25 years, with fans of the total, working-age population and old-age dependency ratio (budget issue 7: 5 s on 2 cores).
 * Pin the JVM to two cores to measure the budget: {@code taskset -c 0,1 java -jar target/benchmarks.jar UncertaintyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class UncertaintyBenchmark {

    @Param({"1000"})
    public int draws;

    @Param({"2"})
    public int threads;

    private UncertaintyRun run;

    @Setup
    public void prepare() {
        ProjectionInputs inputs = ProjectionBenchmark.inputs(22, 6, PopulationShape.DEFAULT_TOP_AGE, 2024, 25, new Random(20240601));
        Map<String, OutputMeasure> outputs = new LinkedHashMap<>();
        outputs.put("total", OutputMeasure.totalPopulation());
        outputs.put("working-age", OutputMeasure.workingAge(ProjectionSummary.ALL));
        outputs.put("old-age dependency", OutputMeasure.oldAgeDependencyRatio(ProjectionSummary.ALL));
        run = new UncertaintyRun(inputs, UncertainLevels.of(new Distribution.Normal(1, 0.25),
                new Distribution.Triangular(0.85, 1, 1.1)), outputs);
    }

    @Benchmark
    public UncertaintyResult thousandDraws() {
        return run.run(draws, 1, threads);
    }
}
