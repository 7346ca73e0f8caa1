package cymru.croeso.engine.bench;

import cymru.croeso.engine.AgeSexSchedule;
import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.FertilityAssumption;
import cymru.croeso.engine.GroupTransition;
import cymru.croeso.engine.MigrationAssumption;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.MortalityAssumption;
import cymru.croeso.engine.PopulationGrid;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.RogersCastro;
import cymru.croeso.engine.SpecialFlow;
import cymru.croeso.engine.YearSeries;

import java.util.ArrayList;
import java.util.List;
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
 * A full projection run of 6 origin groups × 2 sexes × 91 ages over 25 years, for one area (budget 1 ms: the
 * facilitator's slider) and for the 22 Welsh unitary authorities (budget 20 ms), with every kind of assumption in play.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProjectionBenchmark {

    @Param({"1", "22"})
    public int areas;

    private ProjectionInputs inputs;
    private CohortComponentProjection reusable;

    @Setup
    public void prepare() {
        inputs = inputs(areas, 6, PopulationShape.DEFAULT_TOP_AGE, 2024, 25, new Random(20240601));
        reusable = new CohortComponentProjection(inputs.shape(), inputs.years());
    }

    /** A run with fresh output arrays, as a one-off projection or the CLI does it. */
    @Benchmark
    public ProjectionResult project() {
        return CohortComponentProjection.run(inputs);
    }

    /** A run into output arrays allocated once, as the workshop slider does it. */
    @Benchmark
    public ProjectionResult projectReusingArrays() {
        return reusable.project(inputs);
    }

    /** Plausible magnitudes (a few thousand per cell, rates of a few per cent) with each rule kind used by some group. */
    static ProjectionInputs inputs(int areaCount, int groupCount, int top, int baseYear, int years, Random random) {
        List<String> areas = new ArrayList<>();
        for (int i = 1; i <= areaCount; i++) {
            areas.add(String.format("W060000%02d", i));
        }
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            groups.add("group " + g);
        }
        PopulationShape shape = new PopulationShape(areas, groups, top);
        int ages = shape.ages();
        double[] base = uniform(random, shape.cells(), 2000);
        double[] fertility = new double[areaCount * groupCount * ages];
        for (int i = 0; i < fertility.length; i++) {
            int age = i % ages;
            fertility[i] = age >= 15 && age <= 49 ? 0.1 * random.nextDouble() : 0;
        }
        double[] mortality = new double[shape.cells()];
        for (int i = 0; i < mortality.length; i++) {
            mortality[i] = Math.min(1, 0.0002 * Math.exp(0.09 * (i % ages)));
        }
        int byAreaSexAge = areaCount * 2 * ages;
        AgeSexSchedule rc = RogersCastro.sevenParameters(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.003).schedule(top, 0.5);
        MigrationAssumption migration = MigrationAssumption.none(groupCount);
        for (MigrationFlow flow : MigrationFlow.values()) {
            for (int g = 0; g < groupCount; g++) {
                // Out-flows as counts only for group 0 (which has births at age 0), otherwise as rates, so that no
                // flow asks for more people than a cell holds: caps are exceptions, not the common path.
                MigrationRule rule;
                if (!flow.isInflow()) {
                    rule = g == 0 ? new MigrationRule.Counts(YearSeries.constant(uniform(random, byAreaSexAge, 10)))
                            : MigrationRule.Rate.ofOwnPopulation(YearSeries.constant(uniform(random, byAreaSexAge, 0.05)));
                } else {
                    rule = switch (g % 3) {
                        case 0 -> new MigrationRule.Counts(YearSeries.constant(uniform(random, byAreaSexAge, 30)));
                        case 1 -> new MigrationRule.ScheduledTotal(YearSeries.constant(uniform(random, areaCount, 3000)), rc);
                        default -> new MigrationRule.Rate(YearSeries.constant(uniform(random, byAreaSexAge, 0.01)),
                                YearSeries.constant(uniform(random, byAreaSexAge, 50000)));
                    };
                }
                migration = migration.with(flow, g, rule);
            }
        }
        List<GroupTransition> transitions = List.of(GroupTransition.overall(groupCount - 1, groupCount - 2, 0.1, top));
        List<SpecialFlow> special = List.of(new SpecialFlow(0, groupCount - 1, baseYear + 1, baseYear + 5, 500, rc));
        return new ProjectionInputs(new PopulationGrid(shape, base), baseYear, baseYear + years,
                new FertilityAssumption(YearSeries.constant(fertility)), new MortalityAssumption(YearSeries.constant(mortality)),
                migration, transitions, special);
    }

    private static double[] uniform(Random random, int n, double high) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = high * random.nextDouble();
        }
        return v;
    }
}
