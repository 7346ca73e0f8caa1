package cymru.croeso.engine.uncertainty;

import java.util.Arrays;

/**
 * Percentiles of a sample by linear interpolation between order statistics: for n sorted values x₀ ≤ … ≤ xₙ₋₁ and
 * p in [0, 100], h = (n − 1)·p/100 and the percentile is x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). This is Hyndman and
 * Fan's definition 7 (1996), the default of R's quantile(), NumPy's percentile() and Excel's PERCENTILE.INC,
 * so planners can check a fan in a spreadsheet.
 */
public final class Percentiles {

    /** 5, 25, 50, 75 and 95: the bands of a fan chart, as issue 7 asks for. */
    public static final double[] FAN = {5, 25, 50, 75, 95};

    private Percentiles() {
    }

    /** The p-th percentile of values already sorted in ascending order. */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a percentile needs at least one value");
        }
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " is outside 0 … 100");
        }
        double h = (sorted.length - 1) * p / 100;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }

    /** The p-th percentile of values in any order (the array is not changed). */
    public static double of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, p);
    }
}
