package cymru.croeso.engine.bench;

import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.services.EsolAssumptions;
import cymru.croeso.engine.services.EsolProvider;
import cymru.croeso.engine.services.GpAssumptions;
import cymru.croeso.engine.services.HeadshipCalibration;
import cymru.croeso.engine.services.HousingAssumptions;
import cymru.croeso.engine.services.PlanningArea;
import cymru.croeso.engine.services.ProjectedPopulation;
import cymru.croeso.engine.services.SchoolAssumptions;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.ServiceAssumptions;
import cymru.croeso.engine.services.ServiceDemand;

import java.util.ArrayList;
import java.util.Arrays;
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
 * All four services (school places, ESOL, housing, GP registration) for the 22 Welsh authorities × 6 groups over
 * 25 years from a synthetic projection run (budget 20 ms: they run on every slider move).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ServiceDemandBenchmark {

    private ProjectionResult result;
    private ProjectedPopulation population;
    private ServiceAssumptions assumptions;

    @Setup
    public void prepare() {
        result = CohortComponentProjection.run(
                ProjectionBenchmark.inputs(22, 6, PopulationShape.DEFAULT_TOP_AGE, 2024, 25, new Random(20240601)));
        population = ProjectedPopulation.of(result);
        assumptions = assumptions(result.shape(), population);
    }

    /** From the run's result, reading its population once (as the CLI and a slider move do). */
    @Benchmark
    public ServiceDemand allFourFromResult() {
        return ServiceDemand.project(result, assumptions);
    }

    /** From a population already read, i.e. the calculators alone. */
    @Benchmark
    public ServiceDemand allFourFromPopulation() {
        return ServiceDemand.project(population, assumptions);
    }

    /** Per area: a whole-area planning area and a sub-area of 40 %, two ESOL providers, calibrated housing, step changes. */
    static ServiceAssumptions assumptions(PopulationShape shape, ProjectedPopulation population) {
        int areas = shape.areas();
        List<PlanningArea> planningAreas = new ArrayList<>();
        List<EsolProvider> providers = new ArrayList<>();
        double[] dwellings = new double[areas];
        double[] gpCapacity = new double[areas];
        double[] households = new double[areas];
        for (int a = 0; a < areas; a++) {
            planningAreas.add(PlanningArea.whole(shape.areaCodes().get(a), a));
            planningAreas.add(new PlanningArea(shape.areaCodes().get(a) + "-S", a, 0.4));
            providers.add(EsolProvider.withDefaultHours("college " + a, a, 300));
            providers.add(new EsolProvider("community " + a, a, 80, 60));
            dwellings[a] = 200_000;
            gpCapacity[a] = 400_000;
            households[a] = 170_000;
        }
        double[] capacity = new double[planningAreas.size() * SchoolAssumptions.PHASES];
        Arrays.fill(capacity, 20_000);
        SchoolAssumptions schools = SchoolAssumptions.withDefaults(planningAreas, capacity, shape.groups())
                .withCapacityChange(0, SchoolPhase.PRIMARY, 2028, 420);
        HousingAssumptions housing = HeadshipCalibration.calibrate(population,
                HousingAssumptions.withDefaults(shape, dwellings).withCompletions(0, 2026, 500), 2024, households).calibrated();
        return new ServiceAssumptions(schools,
                EsolAssumptions.withDefaults(shape.groups(), areas, providers).withExtraPlaces(0, 2027, 120), housing,
                GpAssumptions.withDefaults(shape.groups(), gpCapacity).withCapacityChange(3, 2030, 5000));
    }
}
