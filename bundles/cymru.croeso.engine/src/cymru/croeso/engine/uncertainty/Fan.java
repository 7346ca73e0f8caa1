package cymru.croeso.engine.uncertainty;

import java.util.Arrays;

/**
 * The percentiles of one output over the draws, for every year: what a fan chart draws.
 *
 * @param measure     the output's name, e.g. "working-age"
 * @param baseYear    the year of the first value
 * @param percentiles the percentiles given, ascending (normally {@link Percentiles#FAN})
 * @param values      [percentile][year − baseYear]
 */
public record Fan(String measure, int baseYear, double[] percentiles, double[][] values) {

    public Fan {
        percentiles = percentiles.clone();
        values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    /** Builds the fan from every draw's values, laid out [draw][year − baseYear]. */
    static Fan of(String measure, int baseYear, double[] percentiles, double[][] byDraw) {
        int years = byDraw[0].length;
        double[][] values = new double[percentiles.length][years];
        double[] column = new double[byDraw.length];
        for (int y = 0; y < years; y++) {
            for (int d = 0; d < byDraw.length; d++) {
                column[d] = byDraw[d][y];
            }
            Arrays.sort(column);
            for (int p = 0; p < percentiles.length; p++) {
                values[p][y] = Percentiles.ofSorted(column, percentiles[p]);
            }
        }
        return new Fan(measure, baseYear, percentiles, values);
    }

    public int endYear() {
        return baseYear + values[0].length - 1;
    }

    /** The value of a given percentile (one of {@link #percentiles()}) in a year. */
    public double value(double percentile, int year) {
        for (int p = 0; p < percentiles.length; p++) {
            if (percentiles[p] == percentile) {
                if (year < baseYear || year > endYear()) {
                    throw new IllegalArgumentException("year " + year + " is outside the fan " + baseYear + " … " + endYear());
                }
                return values[p][year - baseYear];
            }
        }
        throw new IllegalArgumentException("the fan has no " + percentile + "th percentile; it has " + Arrays.toString(percentiles));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fan f && measure.equals(f.measure) && baseYear == f.baseYear
                && Arrays.equals(percentiles, f.percentiles) && Arrays.deepEquals(values, f.values);
    }

    @Override
    public int hashCode() {
        return 31 * measure.hashCode() + Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "Fan[" + measure + ", " + baseYear + " … " + endYear() + "]";
    }
}
