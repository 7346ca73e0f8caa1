package cymru.croeso.ui.chart;

import java.awt.geom.Rectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.swt.SWTGraphics2D;

/**
 * An SWT canvas that paints a JFreeChart straight onto its GC through the SWT Graphics2D bridge, and repaints
 * when the chart changes (the jfreechart-swt composite on Maven Central is built for JFreeChart 1.0). Every chart
 * canvas has the chart menu (export as PNG, SVG or PDF, copy as an image: right-click, Shift+F10 or the menu key;
 * Ctrl+C copies), takes the keyboard focus (Tab, or a click) and shows what a data point is when the pointer rests
 * on it.
 */
public class ChartCanvas extends Canvas implements ChartChangeListener {
    private JFreeChart chart;
    private int paintCount;
    private long lastPaintNanos;
    private long lastPaintCpuNanos;
    private final ChartMenu menu;
    private final ChartToolTips toolTips = new ChartToolTips();
    /**
     * Where each data point was drawn, found when a tooltip is first wanted after a change: collecting it on every
     * paint would slow the workshop's charts, which repaint on every slider move.
     */
    private ChartRenderingInfo drawn;
    private final ScreenFonts fonts = new ScreenFonts();

    public ChartCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> {
            Rectangle area = getClientArea();
            if (area.width <= 0 || area.height <= 0) {
                return;
            }
            if (chart == null) {
                e.gc.setBackground(getBackground());
                e.gc.fillRectangle(area);
            } else {
                long start = System.nanoTime();
                long startCpu = threadCpuNanos();
                draw(new CanvasGraphics(e.gc, fonts), chart, area.width, area.height, null);
                lastPaintNanos = System.nanoTime() - start;
                lastPaintCpuNanos = threadCpuNanos() - startCpu;
                paintCount++;
            }
            if (isFocusControl()) {
                e.gc.drawFocus(1, 1, area.width - 2, area.height - 2);
            }
        });
        addDisposeListener(e -> {
            setChart(null);
            fonts.dispose();
        });
        // a canvas takes no focus by itself: Tab into it, or click it, so that its keys and menu key work
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        addListener(SWT.MouseDown, e -> setFocus());
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.Resize, e -> drawn = null);
        addListener(SWT.MouseMove, e -> {
            String text = toolTipAt(e.x, e.y);
            if (text == null ? getToolTipText() != null : !text.equals(getToolTipText())) {
                setToolTipText(text);
            }
        });
        menu = new ChartMenu(this);
    }

    private void keyDown(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
            menu.copy();
            e.doit = false;
        }
    }

    public void setChart(JFreeChart newChart) {
        if (chart != null) {
            chart.removeChangeListener(this);
        }
        chart = newChart;
        drawn = null;
        if (chart != null) {
            chart.addChangeListener(this);
        }
        if (!isDisposed()) {
            setToolTipText(null);
            redraw();
        }
    }

    public JFreeChart getChart() {
        return chart;
    }

    /** The chart menu's actions, for the menu's items and for tests that drive them. */
    public ChartMenu getChartMenu() {
        return menu;
    }

    /** How often the chart has been painted: tests wait on it. */
    public int getPaintCount() {
        return paintCount;
    }

    /** How long the last paint took to draw the chart, in nanoseconds: the workshop's latency report uses it. */
    public long getLastPaintNanos() {
        return lastPaintNanos;
    }

    /** The UI thread's CPU time in the last paint's drawing of the chart, in nanoseconds. */
    public long getLastPaintCpuNanos() {
        return lastPaintCpuNanos;
    }

    /** Looked up once: each look-up makes garbage, on every paint. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    @Override
    public void chartChanged(ChartChangeEvent event) {
        drawn = null;
        if (!isDisposed()) {
            redraw();
        }
    }

    /**
     * What the data point at a place on the canvas is (its series, value and year), or null where there is none.
     */
    public String toolTipAt(int x, int y) {
        EntityCollection entities = entities();
        return entities == null ? null : toolTips.at(entities, x, y);
    }

    /**
     * Where the chart draws each data point at the canvas's size, or null without a chart: drawn off screen once
     * after each change of the chart or the size.
     */
    public EntityCollection entities() {
        if (chart == null) {
            return null;
        }
        if (drawn == null) {
            Rectangle area = getClientArea();
            if (area.width <= 0 || area.height <= 0) {
                return null;
            }
            Image scratch = new Image(getDisplay(), area.width, area.height);
            GC gc = new GC(scratch);
            try {
                ChartRenderingInfo info = new ChartRenderingInfo();
                draw(new CanvasGraphics(gc, fonts), chart, area.width, area.height, info);
                drawn = info;
            } finally {
                gc.dispose();
                scratch.dispose();
            }
        }
        return drawn.getEntityCollection();
    }

    /** Draws a chart onto any GC (a widget, an image, a printer). */
    public static void draw(GC gc, JFreeChart chart, int width, int height) {
        draw(gc, chart, width, height, null);
    }

    /** Draws a chart, recording where each data point went in {@code info} (null: not recorded). */
    static void draw(GC gc, JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        draw(new SWTGraphics2D(gc), chart, width, height, info);
    }

    private static void draw(SWTGraphics2D g2, JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), null, info);
        } finally {
            g2.dispose(); // frees the colours, fonts and paths the bridge made, not the GC
        }
    }
}
