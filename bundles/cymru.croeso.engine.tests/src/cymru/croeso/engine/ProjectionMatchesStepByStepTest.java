package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine works a year area by area, in loops the JIT compiler can vectorise, and a population-only run keeps no
 * components; none of that may change a number. Over 200 seeded random runs with every rule, transitions, special
 * flows and caps, its population, components and caps equal those of the step-by-step reference to the last bit.
 */
class ProjectionMatchesStepByStepTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFullRunIsTheReferenceToTheLastBit(long seed) {
        ProjectionInputs in = new RandomInputs(seed).next();
        ProjectionResult expected = StepByStepProjection.run(in);
        ProjectionResult actual = CohortComponentProjection.run(in);
        assertSamePopulation(expected, actual);
        PopulationShape s = in.shape();
        for (Component c : Component.values()) {
            for (int year = in.baseYear(); year <= in.endYear(); year++) {
                for (int area = 0; area < s.areas(); area++) {
                    for (int g = 0; g < s.groups(); g++) {
                        for (Sex sex : Sex.values()) {
                            for (int age = 0; age <= s.topAge(); age++) {
                                double e = expected.component(c, year, area, g, sex, age);
                                double a = actual.component(c, year, area, g, sex, age);
                                assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(a),
                                        () -> c + " " + e + " ≠ " + a);
                            }
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReusedPopulationOnlyRunIsTheReferenceToTheLastBit(long seed) {
        ProjectionInputs full = new RandomInputs(seed).next();
        FertilityAssumption f = full.fertility();
        ProjectionInputs closed = ProjectionInputs.closed(full.base(), full.baseYear(), full.endYear(),
                new FertilityAssumption(f.rates(), f.maleShareOfBirths(), (f.birthGroup() + 1) % full.shape().groups()),
                full.mortality());
        CohortComponentProjection reused = CohortComponentProjection.populationOnly(full.shape(), full.years());
        for (ProjectionInputs in : List.of(full, closed, full)) {
            assertSamePopulation(StepByStepProjection.run(in), reused.project(in));
        }
    }

    @Test
    void theSeedsCapEveryKindOfFlow() {
        Set<Component> capped = EnumSet.noneOf(Component.class);
        seeds().forEach(seed -> StepByStepProjection.run(new RandomInputs(seed).next()).caps()
                .forEach(cap -> capped.add(cap.component())));
        assertEquals(EnumSet.of(Component.DEATHS, Component.TRANSITIONS_OUT, Component.INTERNAL_OUT,
                Component.INTERNATIONAL_OUT), capped);
    }

    @Test
    void aPopulationOnlyRunHasNoComponents() {
        ProjectionInputs in = new RandomInputs(7).next();
        ProjectionResult r = CohortComponentProjection.populationOnly(in.shape(), in.years()).project(in);
        assertThrows(IllegalStateException.class, () -> r.component(Component.DEATHS, in.endYear(), 0, 0, Sex.MALE, 1));
        assertEquals(!in.transitions().isEmpty() || !in.specialFlows().isEmpty(), r.hasGroupFlows());
    }

    private static void assertSamePopulation(ProjectionResult expected, ProjectionResult actual) {
        assertEquals(expected.caps(), actual.caps());
        for (int year = expected.baseYear(); year <= expected.endYear(); year++) {
            int y = year;
            // assertArrayEquals on doubles compares bit patterns.
            assertArrayEquals(expected.populationIn(year), actual.populationIn(year), () -> "population in " + y);
        }
    }
}
