package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accounting identity and the convention, cell by cell and year by year, over 200 seeded random runs:
 * every recorded component is what its assumption asks for, unless a cap is reported for that cell.
 */
class AccountingIdentityTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void identityHoldsOnEveryCellAndYear(long seed) {
        ProjectionResult r = CohortComponentProjection.run(new RandomInputs(seed).next());
        AccountingIdentity.assertHolds(r);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void componentsFollowTheAssumptionsUnlessCapped(long seed) {
        ProjectionInputs in = new RandomInputs(seed).next();
        ProjectionResult r = CohortComponentProjection.run(in);
        PopulationShape shape = in.shape();
        Set<String> capped = new HashSet<>();
        for (FlowCap cap : r.caps()) {
            assertTrue(cap.applied() < cap.requested(), cap::toString);
            assertEquals(cap.applied(), r.component(cap.component(), cap.year(), cap.area(), cap.group(), cap.sex(), cap.age()), 0);
            capped.add(key(cap.component(), cap.year(), cap.area(), cap.group(), cap.sex(), cap.age()));
        }
        for (int year = in.baseYear() + 1; year <= in.endYear(); year++) {
            double[] f = in.fertility().rates().valuesIn(year);
            double[] m = in.mortality().rates().valuesIn(year);
            for (int area = 0; area < shape.areas(); area++) {
                double births = 0;
                for (int g = 0; g < shape.groups(); g++) {
                    for (int age = 1; age <= shape.topAge(); age++) {
                        births += f[FertilityAssumption.index(shape, area, g, age)] * atRisk(r, year, area, g, Sex.FEMALE, age);
                    }
                }
                int bg = in.fertility().birthGroup();
                assertEquals(births * in.fertility().maleShareOfBirths(), r.component(Component.BIRTHS, year, area, bg, Sex.MALE, 0),
                        1e-9 * Math.max(1, births));
                assertEquals(births, r.component(Component.BIRTHS, year, area, bg, Sex.FEMALE, 0)
                        + r.component(Component.BIRTHS, year, area, bg, Sex.MALE, 0), 1e-9 * Math.max(1, births));
                for (int g = 0; g < shape.groups(); g++) {
                    for (Sex sex : Sex.values()) {
                        for (int age = 0; age <= shape.topAge(); age++) {
                            double risk = age == 0 ? r.component(Component.BIRTHS, year, area, g, sex, 0) : atRisk(r, year, area, g, sex, age);
                            double deaths = r.component(Component.DEATHS, year, area, g, sex, age);
                            double asked = m[shape.cell(area, g, sex.ordinal(), age)] * risk;
                            if (capped.contains(key(Component.DEATHS, year, area, g, sex, age))) {
                                assertEquals(risk, deaths, 1e-9 * Math.max(1, risk));
                            } else {
                                assertEquals(asked, deaths, 1e-9 * Math.max(1, asked));
                            }
                            for (MigrationFlow flow : MigrationFlow.values()) {
                                Component c = Component.of(flow);
                                if (!flow.isInflow() && capped.contains(key(c, year, area, g, sex, age))) {
                                    continue;
                                }
                                double expected = expectedFlow(in, flow, year, area, g, sex, age, risk);
                                assertEquals(expected, r.component(c, year, area, g, sex, age), 1e-9 * Math.max(1, expected),
                                        () -> flow + " differs from its rule");
                            }
                        }
                    }
                }
            }
        }
    }

    private static double expectedFlow(ProjectionInputs in, MigrationFlow flow, int year, int area, int group, Sex sex,
            int age, double atRisk) {
        PopulationShape shape = in.shape();
        int i = (area * 2 + sex.ordinal()) * shape.ages() + age;
        return switch (in.migration().rule(flow, group)) {
            case null -> 0;
            case MigrationRule.Counts c -> c.counts().valuesIn(year)[i];
            case MigrationRule.ScheduledTotal s -> s.totals().valuesIn(year)[area] * s.schedule().share(sex, age);
            case MigrationRule.Rate rate -> rate.rates().valuesIn(year)[i]
                    * (rate.reference() == null ? atRisk : rate.reference().valuesIn(year)[i]);
        };
    }

    private static double atRisk(ProjectionResult r, int year, int area, int group, Sex sex, int age) {
        int top = r.shape().topAge();
        double p = r.population(year - 1, area, group, sex, age - 1);
        return age == top ? p + r.population(year - 1, area, group, sex, top) : p;
    }

    private static String key(Component c, int year, int area, int group, Sex sex, int age) {
        return c + "/" + year + "/" + area + "/" + group + "/" + sex + "/" + age;
    }
}
