package cymru.croeso.ui.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.swt.SWTUtils;

import cymru.croeso.export.chart.KeyRows;

/**
 * A chart key (a coloured square and a name per series, wrapped into rows) for charts painted on screen. It measures
 * names with the SWT font the Graphics2D bridge will draw them in: Java2D's metrics for the same font come out a few
 * per cent narrower than GTK draws it, enough for long names ("Refugees (including resettlement)", Welsh) to run
 * into the next one or off the edge.
 */
public final class ScreenKey extends Title {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 18;

    private final List<String> names;
    private final List<Paint> paints;
    private final Font font;
    private final Map<String, double[]> measured = new HashMap<>();

    public ScreenKey(List<String> names, List<? extends Paint> paints, Font font, RectangleEdge edge) {
        if (names.size() != paints.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + paints.size() + " colours");
        }
        this.names = List.copyOf(names);
        this.paints = List.copyOf(paints);
        this.font = font;
        setPosition(edge);
        setPadding(4, 8, 4, 8);
    }

    public List<String> names() {
        return names;
    }

    public List<Paint> paints() {
        return paints;
    }

    public Font font() {
        return font;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double maxWidth = constraint.getWidthRange() == null ? Double.MAX_VALUE : constraint.getWidthRange().getUpperBound();
        List<double[]> rows = layout(trimToContentWidth(maxWidth));
        double width = rows.stream().mapToDouble(r -> r[r.length - 1]).max().orElse(0);
        return new Size2D(calculateTotalWidth(Math.min(width, maxWidth)), calculateTotalHeight(rows.size() * rowHeight()));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Rectangle2D inner = trimPadding(trimBorder(trimMargin(area)));
        g2.setFont(font);
        double box = box();
        double rowHeight = rowHeight();
        double ascent = size("Ag")[2];
        List<double[]> rows = layout(inner.getWidth());
        int item = 0;
        for (int r = 0; r < rows.size(); r++) {
            double[] starts = rows.get(r);
            double x0 = inner.getX() + Math.max(0, (inner.getWidth() - starts[starts.length - 1]) / 2);
            double y = inner.getY() + r * rowHeight;
            for (int i = 0; i < starts.length - 1; i++, item++) {
                double x = x0 + starts[i];
                g2.setPaint(paints.get(item));
                g2.fill(new Rectangle2D.Double(x, y + (rowHeight - box) / 2, box, box));
                g2.setPaint(Color.DARK_GRAY);
                g2.drawString(names.get(item), (float) (x + box + 6), (float) (y + (rowHeight - size("Ag")[1]) / 2 + ascent));
            }
        }
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }

    private double box() {
        return size("Ag")[2] * 0.8;
    }

    private double rowHeight() {
        return size("Ag")[1] + 6;
    }

    /** Width, height and ascent of a text in the SWT font the bridge draws this key's font as (cached). */
    private double[] size(String text) {
        return measured.computeIfAbsent(text, t -> {
            Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
            org.eclipse.swt.graphics.Font swtFont = new org.eclipse.swt.graphics.Font(display,
                    SWTUtils.toSwtFontData(display, font, true));
            GC gc = new GC(display);
            try {
                gc.setFont(swtFont);
                var extent = gc.textExtent(t);
                return new double[] { extent.x, extent.y, gc.getFontMetrics().getAscent() };
            } finally {
                gc.dispose();
                swtFont.dispose();
            }
        });
    }

    private List<double[]> layout(double maxWidth) {
        double box = box();
        double[] widths = new double[names.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = box + 6 + size(names.get(i))[0];
        }
        return KeyRows.layout(widths, maxWidth, GAP);
    }
}
