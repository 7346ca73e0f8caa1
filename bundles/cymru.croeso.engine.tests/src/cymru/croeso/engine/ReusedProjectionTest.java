package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A projection instance reused for several runs gives exactly what fresh runs give: nothing of a run leaks into the next. */
class ReusedProjectionTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reuseMatchesFreshRuns(long seed) {
        ProjectionInputs full = new RandomInputs(seed).next();
        // The same base and rates with no migration, transitions or special flows, and births into another group.
        FertilityAssumption f = full.fertility();
        ProjectionInputs closed = ProjectionInputs.closed(full.base(), full.baseYear(), full.endYear(),
                new FertilityAssumption(f.rates(), f.maleShareOfBirths(), (f.birthGroup() + 1) % full.shape().groups()),
                full.mortality());
        CohortComponentProjection reused = new CohortComponentProjection(full.shape(), full.years());
        reused.project(full);
        assertSame(CohortComponentProjection.run(closed), reused.project(closed));
        assertSame(CohortComponentProjection.run(full), reused.project(full));
        assertThrows(IllegalArgumentException.class, () -> reused.project(new RandomInputs(seed + 1000).next()));
    }

    private static void assertSame(ProjectionResult expected, ProjectionResult actual) {
        PopulationShape s = expected.shape();
        assertEquals(expected.caps(), actual.caps());
        assertEquals(expected.hasGroupFlows(), actual.hasGroupFlows());
        for (int year = expected.baseYear(); year <= expected.endYear(); year++) {
            for (int area = 0; area < s.areas(); area++) {
                for (int g = 0; g < s.groups(); g++) {
                    for (Sex sex : Sex.values()) {
                        for (int age = 0; age <= s.topAge(); age++) {
                            assertEquals(expected.population(year, area, g, sex, age), actual.population(year, area, g, sex, age), 0);
                            for (Component c : List.of(Component.values())) {
                                assertEquals(expected.component(c, year, area, g, sex, age), actual.component(c, year, area, g, sex, age), 0);
                            }
                        }
                    }
                }
            }
        }
    }
}
