package cymru.croeso.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DistributionTest {
    private static final int N = 200_000;

    @Test
    void uniformHasTheMeanOfItsEnds() {
        double[] v = sample(new Distribution.Uniform(2, 4));
        for (double x : v) {
            assertTrue(x >= 2 && x <= 4);
        }
        // Mean 3, standard error (2/√12)/√N ≈ 0.0013.
        assertEquals(3, mean(v), 0.01);
    }

    @Test
    void triangularHasItsTextbookMeanAndMass() {
        double[] v = sample(new Distribution.Triangular(0, 1, 4));
        // Mean (0 + 1 + 4)/3; P(X ≤ mode) = (mode − min)/(max − min) = 1/4.
        assertEquals(5.0 / 3, mean(v), 0.01);
        long below = Arrays.stream(v).filter(x -> x <= 1).count();
        assertEquals(0.25, below / (double) N, 0.005);
    }

    @Test
    void normalFarFromZeroKeepsItsMeanAndSpread() {
        double[] v = sample(new Distribution.Normal(1, 0.2));
        double m = mean(v);
        double var = Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (N - 1);
        assertEquals(1, m, 0.003);
        assertEquals(0.2, Math.sqrt(var), 0.003);
    }

    @Test
    void normalTruncatedAtZeroIsTheHalfNormalWhenCentredOnZero() {
        double[] v = sample(new Distribution.Normal(0, 1));
        for (double x : v) {
            assertTrue(x >= 0);
        }
        // The half-normal distribution has mean √(2/π) ≈ 0.7979.
        assertEquals(Math.sqrt(2 / Math.PI), mean(v), 0.01);
    }

    @Test
    void zeroSpreadGivesTheLevelItself() {
        SplittableRandom r = new SplittableRandom(1);
        assertEquals(1.3, new Distribution.Normal(1.3, 0).sample(r));
        assertEquals(1.3, new Distribution.Uniform(1.3, 1.3).sample(r));
        assertEquals(1.3, new Distribution.Triangular(1.3, 1.3, 1.3).sample(r));
        assertEquals(1.3, new Distribution.Fixed(1.3).sample(r));
    }

    @Test
    void impossibleSpreadsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Normal(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Normal(1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(0, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Fixed(Double.NaN));
    }

    private static double[] sample(Distribution d) {
        SplittableRandom r = new SplittableRandom(20240601);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = d.sample(r);
        }
        return v;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }
}
