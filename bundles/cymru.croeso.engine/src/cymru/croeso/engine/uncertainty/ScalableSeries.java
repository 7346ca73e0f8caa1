package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.YearSeries;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A year series read once over a run's years, kept as the years where its values change, so that each draw can make
 * a scaled copy without reading every year again.
 */
final class ScalableSeries {
    private final YearSeries original;
    private final int[] years;
    private final double[][] values;

    ScalableSeries(YearSeries original, int firstYear, int lastYear) {
        this.original = original;
        Map<Integer, double[]> changes = new LinkedHashMap<>();
        double[] previous = null;
        for (int y = firstYear; y <= lastYear; y++) {
            double[] v = original.valuesIn(y);
            if (previous == null || !Arrays.equals(v, previous)) {
                changes.put(y, v);
                previous = v;
            }
        }
        years = changes.keySet().stream().mapToInt(Integer::intValue).toArray();
        values = changes.values().toArray(double[][]::new);
    }

    /** The series with every value multiplied by {@code k}; the original itself when {@code k} is exactly 1. */
    YearSeries times(double k) {
        if (k == 1) {
            return original;
        }
        Map<Integer, double[]> scaled = new LinkedHashMap<>();
        for (int i = 0; i < years.length; i++) {
            double[] v = values[i].clone();
            for (int j = 0; j < v.length; j++) {
                v[j] *= k;
            }
            scaled.put(years[i], v);
        }
        return YearSeries.from(scaled);
    }
}
