package cymru.croeso.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    // The five values of the Wikipedia "Percentile" article's worked examples: 15, 20, 35, 40, 50.
    private static final double[] FIVE = {40, 15, 50, 35, 20};

    @Test
    void interpolatesBetweenOrderStatisticsByHand() {
        // h = (n − 1)·p/100 with n = 5, sorted 15 20 35 40 50:
        // p 5: h 0.2 → 15 + 0.2·5 = 16; p 25: h 1 → 20; p 50: h 2 → 35; p 75: h 3 → 40; p 95: h 3.8 → 40 + 0.8·10 = 48.
        assertEquals(16, Percentiles.of(FIVE, 5), 1e-12);
        assertEquals(20, Percentiles.of(FIVE, 25), 1e-12);
        assertEquals(35, Percentiles.of(FIVE, 50), 1e-12);
        assertEquals(40, Percentiles.of(FIVE, 75), 1e-12);
        assertEquals(48, Percentiles.of(FIVE, 95), 1e-12);
        // The article's PERCENTILE.INC example: the 40th percentile is 29 (h 1.6 → 20 + 0.6·15).
        assertEquals(29, Percentiles.of(FIVE, 40), 1e-12);
        assertEquals(15, Percentiles.of(FIVE, 0), 1e-12);
        assertEquals(50, Percentiles.of(FIVE, 100), 1e-12);
    }

    @Test
    void evenCountMedianIsTheMeanOfTheMiddlePair() {
        // n = 4: h = 1.5 → 2 + 0.5·(3 − 2) = 2.5; p 95: h = 2.85 → 3 + 0.85 = 3.85 (NumPy gives the same).
        double[] four = {4, 1, 3, 2};
        assertEquals(2.5, Percentiles.of(four, 50), 1e-12);
        assertEquals(3.85, Percentiles.of(four, 95), 1e-12);
    }

    @Test
    void oneValueIsEveryPercentile() {
        for (double p : Percentiles.FAN) {
            assertEquals(7.5, Percentiles.of(new double[] {7.5}, p));
        }
    }

    @Test
    void leavesItsInputAloneAndRejectsNonsense() {
        double[] values = FIVE.clone();
        Percentiles.of(values, 50);
        assertEquals(40, values[0]);
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(FIVE, 101));
    }
}
