package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A closed population (no migration) matches repeated multiplication by the two-sex Leslie matrix written out
 * from the convention: survival s(a) = 1 − m(a) below the diagonal, the top group surviving in place, and a first
 * row of births f(a+1)·s(0) (girls' and boys' shares) from women aged a at the start of the year.
 */
class LeslieMatrixTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 17, 90, 110})
    void closedPopulationMatchesTheLeslieMatrix(int top) {
        Random random = new Random(top);
        int ages = top + 1;
        double[] base = new double[2 * ages];
        double[] f = new double[ages];
        double[] m = new double[2 * ages];
        for (int i = 0; i < base.length; i++) {
            base[i] = 1000 * random.nextDouble();
            m[i] = 0.2 * random.nextDouble();
        }
        for (int a = 0; a < ages; a++) {
            f[a] = a >= 1 && a <= Math.min(top, 45) ? 0.12 * random.nextDouble() : 0;
        }
        double boys = 0.52;
        PopulationShape shape = new PopulationShape(List.of("X"), List.of("all"), top);
        int years = 25;
        ProjectionResult r = CohortComponentProjection.run(ProjectionInputs.closed(new PopulationGrid(shape, base), 2000,
                2000 + years, new FertilityAssumption(YearSeries.constant(f), boys, 0), new MortalityAssumption(YearSeries.constant(m))));

        double[][] leslie = leslie(f, m, boys, top);
        double[] p = base.clone();
        for (int t = 1; t <= years; t++) {
            p = multiply(leslie, p);
            for (Sex sex : Sex.values()) {
                for (int a = 0; a <= top; a++) {
                    double expected = p[sex.ordinal() * ages + a];
                    assertEquals(expected, r.population(2000 + t, 0, 0, sex, a), 1e-9 * Math.max(1, expected));
                }
            }
        }
    }

    private static double[][] leslie(double[] f, double[] m, double boys, int top) {
        int ages = top + 1;
        double[][] l = new double[2 * ages][2 * ages];
        for (int s = 0; s < 2; s++) {
            int o = s * ages;
            double share = s == 0 ? 1 - boys : boys;
            // Babies: births from women at risk at end age a = start age a − 1 (and the top group at start age top).
            for (int a = 1; a <= top; a++) {
                l[o][a - 1] += share * f[a] * (1 - m[o]);
            }
            l[o][top] += share * f[top] * (1 - m[o]);
            for (int a = 1; a < top; a++) {
                l[o + a][o + a - 1] = 1 - m[o + a];
            }
            l[o + top][o + top - 1] = 1 - m[o + top];
            l[o + top][o + top] = 1 - m[o + top];
        }
        return l;
    }

    private static double[] multiply(double[][] l, double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                out[i] += l[i][j] * p[j];
            }
        }
        return out;
    }
}
