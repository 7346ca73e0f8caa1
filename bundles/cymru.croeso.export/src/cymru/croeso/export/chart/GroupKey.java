package cymru.croeso.export.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/**
 * A chart's key to its origin groups: a coloured square and a name per group, wrapped into rows. Drawn with
 * nothing but rectangles and strings, because JFreeChart's {@code LegendTitle} does not paint through the SWT
 * Graphics2D bridge the workbench uses, while this draws the same on screen and in files.
 */
public final class GroupKey extends Title {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 14;

    private final List<String> names;
    private final List<Paint> paints;
    private final Font font;

    public GroupKey(List<String> names, List<? extends Paint> paints, Font font) {
        if (names.size() != paints.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + paints.size() + " colours");
        }
        this.names = List.copyOf(names);
        this.paints = List.copyOf(paints);
        this.font = font;
        setPosition(RectangleEdge.BOTTOM);
        setPadding(4, 8, 4, 8);
    }

    /** The group names in the order they are drawn. */
    public List<String> names() {
        return names;
    }

    /** The colours of the names, in the same order. */
    public List<Paint> paints() {
        return paints;
    }

    public Font font() {
        return font;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double maxWidth = constraint.getWidthRange() == null ? Double.MAX_VALUE : constraint.getWidthRange().getUpperBound();
        FontMetrics fm = g2.getFontMetrics(font);
        List<double[]> rows = layout(fm, trimToContentWidth(maxWidth));
        double width = rows.stream().mapToDouble(r -> r[r.length - 1]).max().orElse(0);
        double height = rows.size() * rowHeight(fm);
        return new Size2D(calculateTotalWidth(Math.min(width, maxWidth)), calculateTotalHeight(height));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Rectangle2D inner = trimMargin(area);
        inner = trimBorder(inner);
        inner = trimPadding(inner);
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics(font);
        double box = fm.getAscent() * 0.9;
        double rowHeight = rowHeight(fm);
        List<double[]> rows = layout(fm, inner.getWidth());
        int item = 0;
        for (int r = 0; r < rows.size(); r++) {
            double[] starts = rows.get(r);
            double rowWidth = starts[starts.length - 1];
            double x0 = inner.getX() + Math.max(0, (inner.getWidth() - rowWidth) / 2);
            double y = inner.getY() + r * rowHeight;
            for (int i = 0; i < starts.length - 1; i++, item++) {
                double x = x0 + starts[i];
                g2.setPaint(paints.get(item));
                g2.fill(new Rectangle2D.Double(x, y + (rowHeight - box) / 2, box, box));
                g2.setPaint(Color.DARK_GRAY);
                g2.drawString(names.get(item), (float) (x + box + 4), (float) (y + (rowHeight + fm.getAscent()) / 2 - 1));
            }
        }
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }

    private static double rowHeight(FontMetrics fm) {
        return fm.getHeight() + 4;
    }

    /** Each row as the x offsets where its items start, followed by the row's width. */
    private List<double[]> layout(FontMetrics fm, double maxWidth) {
        double box = fm.getAscent() * 0.9;
        double[] widths = new double[names.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = box + 4 + fm.stringWidth(names.get(i));
        }
        return KeyRows.layout(widths, maxWidth, GAP);
    }
}
