package cymru.croeso.ui.chart;

import java.awt.geom.Rectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.swt.SWTGraphics2D;

/**
 * An SWT canvas that paints a JFreeChart straight onto its GC through the SWT Graphics2D bridge, and repaints
 * when the chart changes (the jfreechart-swt composite on Maven Central is built for JFreeChart 1.0).
 */
public class ChartCanvas extends Canvas implements ChartChangeListener {
    private JFreeChart chart;
    private int paintCount;
    private long lastPaintNanos;

    public ChartCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> {
            Rectangle area = getClientArea();
            if (chart != null && area.width > 0 && area.height > 0) {
                long start = System.nanoTime();
                draw(e.gc, chart, area.width, area.height);
                lastPaintNanos = System.nanoTime() - start;
                paintCount++;
            }
        });
        addDisposeListener(e -> setChart(null));
    }

    public void setChart(JFreeChart newChart) {
        if (chart != null) {
            chart.removeChangeListener(this);
        }
        chart = newChart;
        if (chart != null) {
            chart.addChangeListener(this);
        }
        if (!isDisposed()) {
            redraw();
        }
    }

    public JFreeChart getChart() {
        return chart;
    }

    /** How often the chart has been painted: tests wait on it. */
    public int getPaintCount() {
        return paintCount;
    }

    /** How long the last paint took to draw the chart, in nanoseconds: the workshop's latency report uses it. */
    public long getLastPaintNanos() {
        return lastPaintNanos;
    }

    @Override
    public void chartChanged(ChartChangeEvent event) {
        if (!isDisposed()) {
            redraw();
        }
    }

    /** Draws a chart onto any GC (a widget, an image, a printer). */
    public static void draw(GC gc, JFreeChart chart, int width, int height) {
        SWTGraphics2D g2 = new SWTGraphics2D(gc);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose(); // frees the colours, fonts and paths the bridge made, not the GC
        }
    }
}
