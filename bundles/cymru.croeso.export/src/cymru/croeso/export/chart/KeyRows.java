package cymru.croeso.export.chart;

import java.util.ArrayList;
import java.util.List;

/** Lays the items of a chart key out in rows that wrap at a width, the same way on paper and on screen. */
public final class KeyRows {
    private KeyRows() {
    }

    /**
     * @param itemWidths each item's width (its swatch, padding and label), in key order
     * @param maxWidth   the widest a row may be
     * @param gap        the space between two items in a row
     * @return each row as the x offsets where its items start, followed by the row's width
     */
    public static List<double[]> layout(double[] itemWidths, double maxWidth, double gap) {
        List<double[]> rows = new ArrayList<>();
        List<Double> row = new ArrayList<>();
        double x = 0;
        for (double w : itemWidths) {
            if (!row.isEmpty() && x + w > maxWidth) {
                rows.add(finish(row, x - gap));
                row = new ArrayList<>();
                x = 0;
            }
            row.add(x);
            x += w + gap;
        }
        if (!row.isEmpty()) {
            rows.add(finish(row, x - gap));
        }
        return rows;
    }

    private static double[] finish(List<Double> starts, double width) {
        double[] out = new double[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            out[i] = starts.get(i);
        }
        out[starts.size()] = width;
        return out;
    }
}
