package cymru.croeso.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/** A service's demand (bars) against its capacity (a dashed line with square markers) year by year. */
public final class DemandCapacityChart {
    private DemandCapacityChart() {
    }

    /**
     * @param demand   people needing the service each year; {@code null} where the count is suppressed
     * @param capacity places each year
     */
    public static JFreeChart create(String title, String demandLabel, String capacityLabel, int[] years,
            Double[] demand, double[] capacity, String source, Locale locale) {
        if (years.length != demand.length || years.length != capacity.length) {
            throw new IllegalArgumentException("years, demand and capacity need the same length");
        }
        ChartText text = new ChartText(locale);
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        for (int i = 0; i < years.length; i++) {
            String year = String.valueOf(years[i]);
            bars.addValue(demand[i], demandLabel, year);
            line.addValue(capacity[i], capacityLabel, year);
        }
        BarRenderer barRenderer = new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, BoardPaperStyle.DARK);
        barRenderer.setItemMargin(0);
        NumberAxis values = new NumberAxis();
        values.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(locale));
        CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis(text.get("chart.year")), values, barRenderer);
        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, Color.BLACK);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] { 6f, 4f }, 0f));
        lineRenderer.setSeriesShape(0, new Rectangle(-4, -4, 8, 8));
        plot.setDataset(1, line);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(BoardPaperStyle.GRID);
        JFreeChart chart = new JFreeChart(title, BoardPaperStyle.TITLE, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        BoardPaperStyle.finish(chart, source);
        return chart;
    }
}
