package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.Component;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;

/**
 * The sample's international students come and go: the 25,000 of 2011 leave over the years instead of ageing in
 * place (before, they made a bulge at about 40 in 2030), new students keep their number near 25,000, and every
 * group's accounting still closes.
 */
class SampleStudentsProjectionTest {
    private static final int STUDENTS = 5;
    private static ProjectionResult result;

    @BeforeAll
    static void project() {
        result = new ScenarioRunner(SampleProject.cymru()).run("principal").result();
    }

    /**
     * Without leaving, the students of 2011 aged 16–26 would be 35–45 in 2030: about nine in ten of them (checked
     * below). A third leave each year, so (2/3)^19 ≈ 0.05 % of them are still here in 2030; the rest of those aged
     * 35–45 are later postgraduates who arrived at 30–34, whose steady number is, by hand, Σ over arrival ages a of
     * 8,333 × share(a) × Σ_{k ≥ 35 − a} (2/3)^k, with share 0.5/35 at 30–34 and 1.5/35 at 25–29: about 119 × 5.2 +
     * 357 × 0.69 ≈ 870, 3.5 % of 25,000. So fewer than 5 % of the 2011 students' number.
     */
    @Test
    void theStudentsOf2011DoNotAgeInPlace() {
        double students2011 = students(2011, 0, 90);
        assertEquals(25_000, students2011, 1e-6);
        assertTrue(students(2011, 16, 26) > 0.85 * students2011, "the bulge there would have been");
        double aged35to45 = students(2030, 35, 45);
        System.out.printf("international students aged 35-45 in 2030: %.0f (%.2f %% of 2011's %.0f)%n", aged35to45,
                100 * aged35to45 / students2011, students2011);
        assertTrue(aged35to45 < 0.05 * students2011, "students aged 35-45 in 2030: " + aged35to45);
        assertTrue(students(2030, 18, 24) > 0.5 * students(2030, 0, 90), "most students are 18-24 in 2030 too");
    }

    /**
     * The year's leavers are a third of the population at risk, which for a group with no births is the start
     * population aged on (25,000 in 2011): 8,333.3 in 2012. Arrivals of 8,333 a year then keep the number within a
     * few per cent of 25,000 every year (deaths at these ages are tiny).
     */
    @Test
    void aThirdLeaveEachYearAndAsManyArrive() {
        assertEquals(25_000 / 3.0, component(Component.INTERNATIONAL_OUT, 2012), 1e-6);
        assertEquals(8_333, component(Component.INTERNATIONAL_IN, 2012), 1e-6);
        for (int year = result.baseYear(); year <= result.endYear(); year++) {
            assertEquals(25_000, students(year, 0, 90), 0.02 * 25_000, "students in " + year);
        }
        assertTrue(result.caps().isEmpty(), () -> "no flow should be capped: " + result.caps());
    }

    /** For every area, group and year: this year's people = last year's + births − deaths + ins − outs. */
    @Test
    void theAccountingClosesForEveryAreaGroupAndYear() {
        for (int year = result.baseYear() + 1; year <= result.endYear(); year++) {
            for (int area = 0; area < result.shape().areas(); area++) {
                for (int group = 0; group < result.shape().groups(); group++) {
                    double before = 0;
                    double after = 0;
                    double change = 0;
                    for (Sex sex : Sex.values()) {
                        for (int age = 0; age <= result.shape().topAge(); age++) {
                            before += result.population(year - 1, area, group, sex, age);
                            after += result.population(year, area, group, sex, age);
                            for (Component c : Component.values()) {
                                change += c.sign() * result.component(c, year, area, group, sex, age);
                            }
                        }
                    }
                    assertEquals(before + change, after, 1e-6 * Math.max(1, after),
                            "area " + area + ", group " + group + ", " + year);
                }
            }
        }
    }

    private static double students(int year, int fromAge, int toAge) {
        double sum = 0;
        for (int area = 0; area < result.shape().areas(); area++) {
            for (Sex sex : Sex.values()) {
                for (int age = fromAge; age <= toAge; age++) {
                    sum += result.population(year, area, STUDENTS, sex, age);
                }
            }
        }
        return sum;
    }

    private static double component(Component c, int year) {
        double sum = 0;
        for (int area = 0; area < result.shape().areas(); area++) {
            for (Sex sex : Sex.values()) {
                for (int age = 0; age <= result.shape().topAge(); age++) {
                    sum += result.component(c, year, area, STUDENTS, sex, age);
                }
            }
        }
        return sum;
    }
}
