package cymru.croeso.ui.workshop;

import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.TableXYDataset;

/**
 * Series of values over consecutive years held in plain arrays, replaced in place with one change event per slider
 * move (JFreeChart's own series fire an event per item, and its table dataset rebuilds its x values on each).
 */
final class ArrayXYDataset extends AbstractXYDataset implements TableXYDataset {
    private static final long serialVersionUID = 1L;

    private final String[] keys;
    private final int firstYear;
    private final double[][] values;

    ArrayXYDataset(String[] keys, int firstYear, int years) {
        this.keys = keys.clone();
        this.firstYear = firstYear;
        this.values = new double[keys.length][years];
    }

    /** Copies new values into the series without telling anyone; call {@link #changed()} when all are in. */
    void set(int series, double[] newValues) {
        System.arraycopy(newValues, 0, values[series], 0, values[series].length);
    }

    void changed() {
        fireDatasetChanged();
    }

    double[] values(int series) {
        return values[series].clone();
    }

    @Override
    public int getSeriesCount() {
        return keys.length;
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return keys[series];
    }

    @Override
    public int getItemCount() {
        return values.length == 0 ? 0 : values[0].length;
    }

    @Override
    public int getItemCount(int series) {
        return values[series].length;
    }

    @Override
    public Number getX(int series, int item) {
        return firstYear + item;
    }

    @Override
    public double getXValue(int series, int item) {
        return firstYear + item;
    }

    @Override
    public Number getY(int series, int item) {
        return values[series][item];
    }

    @Override
    public double getYValue(int series, int item) {
        return values[series][item];
    }
}
