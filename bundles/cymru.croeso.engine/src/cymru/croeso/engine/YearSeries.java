package cymru.croeso.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable assumption that may change over the projection: arrays of values given for chosen years,
 * each holding from its year until the next given year (before the first given year the first applies).
 * A planner states a rate once and changes it only where the story changes.
 */
public final class YearSeries {
    private final int[] years;
    private final double[][] values;

    private YearSeries(int[] years, double[][] values) {
        this.years = years;
        this.values = values;
    }

    /** The same values in every year. */
    public static YearSeries constant(double... values) {
        return new YearSeries(new int[] {Integer.MIN_VALUE}, new double[][] {values.clone()});
    }

    /**
     * Values from each given year onward; every array must have the same length. A year whose values repeat the year
     * before's, bit for bit, is not kept: the series reads the same, and a run then meets one array where its values
     * do not change, which stays in the processor's cache from year to year.
     */
    public static YearSeries from(Map<Integer, double[]> byYear) {
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException("a year series needs at least one year");
        }
        TreeMap<Integer, double[]> sorted = new TreeMap<>(byYear);
        int[] ys = new int[sorted.size()];
        double[][] vs = new double[sorted.size()][];
        int length = sorted.firstEntry().getValue().length;
        int kept = 0;
        for (Map.Entry<Integer, double[]> e : sorted.entrySet()) {
            double[] values = e.getValue();
            if (values.length != length) {
                throw new IllegalArgumentException("year " + e.getKey() + " has " + values.length + " values, year "
                        + sorted.firstKey() + " has " + length);
            }
            if (kept > 0 && Arrays.equals(values, vs[kept - 1])) {
                continue;
            }
            ys[kept] = e.getKey();
            vs[kept] = values.clone();
            kept++;
        }
        return new YearSeries(Arrays.copyOf(ys, kept), Arrays.copyOf(vs, kept));
    }

    /** Number of values in each year's array. */
    public int length() {
        return values[0].length;
    }

    /** A copy of the values that hold in {@code year}. */
    public double[] valuesIn(int year) {
        return at(year).clone();
    }

    /** The engine reads the array that holds in {@code year} without copying; it never writes it. */
    double[] at(int year) {
        int i = Arrays.binarySearch(years, year);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        return values[i];
    }

    /** Fails unless every value of every year is finite and ≥ 0. */
    YearSeries requireNonNegative(String what) {
        for (int y = 0; y < years.length; y++) {
            for (int i = 0; i < values[y].length; i++) {
                double v = values[y][i];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException(what + ": value " + i + " is " + v + "; it must be finite and ≥ 0");
                }
            }
        }
        return this;
    }

    YearSeries requireLength(int expected, String what) {
        if (length() != expected) {
            throw new IllegalArgumentException(what + " has " + length() + " values per year, expected " + expected);
        }
        return this;
    }
}
