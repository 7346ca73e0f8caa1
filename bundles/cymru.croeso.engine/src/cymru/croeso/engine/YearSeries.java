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

    /** Values from each given year onward; every array must have the same length. */
    public static YearSeries from(Map<Integer, double[]> byYear) {
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException("a year series needs at least one year");
        }
        TreeMap<Integer, double[]> sorted = new TreeMap<>(byYear);
        int[] ys = new int[sorted.size()];
        double[][] vs = new double[sorted.size()][];
        int i = 0;
        for (Map.Entry<Integer, double[]> e : sorted.entrySet()) {
            ys[i] = e.getKey();
            vs[i] = e.getValue().clone();
            if (vs[i].length != vs[0].length) {
                throw new IllegalArgumentException("year " + ys[i] + " has " + vs[i].length + " values, year " + ys[0] + " has " + vs[0].length);
            }
            i++;
        }
        return new YearSeries(ys, vs);
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
