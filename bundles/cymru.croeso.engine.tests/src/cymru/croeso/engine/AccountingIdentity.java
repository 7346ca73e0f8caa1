package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a projection result cell by cell against the convention, rebuilding the population at risk from the
 * previous year's population itself rather than trusting the engine's arrays.
 */
public final class AccountingIdentity {

    private AccountingIdentity() {
    }

    /** Asserts the identity, non-negative populations and components, for every cell of every projected year. */
    public static void assertHolds(ProjectionResult result) {
        PopulationShape shape = result.shape();
        int top = shape.topAge();
        for (int year = result.baseYear() + 1; year <= result.endYear(); year++) {
            for (int area = 0; area < shape.areas(); area++) {
                for (int g = 0; g < shape.groups(); g++) {
                    for (Sex sex : Sex.values()) {
                        for (int age = 0; age <= top; age++) {
                            assertCell(result, year, area, g, sex, age);
                        }
                    }
                }
            }
        }
    }

    private static void assertCell(ProjectionResult result, int year, int area, int g, Sex sex, int age) {
        int top = result.shape().topAge();
        double atRisk;
        if (age == 0) {
            atRisk = result.component(Component.BIRTHS, year, area, g, sex, 0);
        } else if (age == top) {
            atRisk = result.population(year - 1, area, g, sex, top - 1) + result.population(year - 1, area, g, sex, top);
        } else {
            atRisk = result.population(year - 1, area, g, sex, age - 1);
        }
        double expected = atRisk;
        double scale = Math.abs(atRisk);
        for (Component c : Component.values()) {
            if (c == Component.BIRTHS) {
                continue;
            }
            double v = result.component(c, year, area, g, sex, age);
            assertTrue(v >= 0, () -> c + " negative in " + year + " " + where(area, g, sex, age));
            expected += c.sign() * v;
            scale += v;
        }
        double actual = result.population(year, area, g, sex, age);
        assertTrue(actual >= 0, () -> "negative population " + actual + " in " + year + " " + where(area, g, sex, age));
        assertEquals(expected, actual, 1e-9 * Math.max(1, scale), () -> "identity fails in " + year + " " + where(area, g, sex, age));
    }

    private static String where(int area, int group, Sex sex, int age) {
        return "area " + area + " group " + group + " " + sex + " age " + age;
    }
}
