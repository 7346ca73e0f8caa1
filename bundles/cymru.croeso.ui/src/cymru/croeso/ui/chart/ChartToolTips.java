package cymru.croeso.ui.chart;

import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;

import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYDataset;

import cymru.croeso.ui.Messages;

/**
 * Finds the data point under (or within a few pixels of) the pointer among the entities a chart recorded when it
 * was drawn, and words it: the chart's own tooltip where its renderer made one, else "series: value (year)".
 */
final class ChartToolTips {
    /** How far from a line's point the pointer may rest and still name it: about a fingertip on a touchpad. */
    private static final double NEAR = 10;

    String at(EntityCollection entities, int x, int y) {
        if (entities == null) {
            return null;
        }
        ChartEntity best = null;
        double bestDistance = NEAR;
        for (Object o : entities.getEntities()) {
            if (!(o instanceof XYItemEntity) && !(o instanceof CategoryItemEntity)) {
                continue;
            }
            ChartEntity e = (ChartEntity) o;
            if (e.getArea().contains(x, y)) {
                best = e;
                break;
            }
            Rectangle2D r = e.getArea().getBounds2D();
            double dx = Math.max(0, Math.max(r.getMinX() - x, x - r.getMaxX()));
            double dy = Math.max(0, Math.max(r.getMinY() - y, y - r.getMaxY()));
            double distance = Math.hypot(dx, dy);
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best == null ? null : text(best);
    }

    private static String text(ChartEntity e) {
        if (e.getToolTipText() != null && !e.getToolTipText().isEmpty()) {
            return e.getToolTipText();
        }
        NumberFormat values = NumberFormat.getIntegerInstance(Messages.locale());
        if (e instanceof XYItemEntity item) {
            XYDataset data = item.getDataset();
            int s = item.getSeriesIndex();
            int i = item.getItem();
            return data.getSeriesKey(s) + ": " + values.format(data.getYValue(s, i)) + " (" + x(data.getXValue(s, i)) + ")";
        }
        CategoryItemEntity item = (CategoryItemEntity) e;
        Number value = item.getDataset().getValue(item.getRowKey(), item.getColumnKey());
        return item.getRowKey() + ": " + (value == null ? "\u2013" : values.format(value)) + " (" + item.getColumnKey()
                + ")";
    }

    /** A year as 2030, not 2,030; anything else in the reader's digits. */
    private static String x(double x) {
        if (x == Math.rint(x) && x >= 1000 && x <= 3000) {
            return Long.toString((long) x);
        }
        return NumberFormat.getNumberInstance(Messages.locale()).format(x);
    }
}
