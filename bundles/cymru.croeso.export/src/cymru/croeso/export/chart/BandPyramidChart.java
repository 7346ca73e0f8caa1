package cymru.croeso.export.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A population pyramid in five-year bands, as the board pack tabulates it (the single-year {@link PyramidChart} is
 * the on-screen view): males left in the dark shade, females right in the light one.
 */
public final class BandPyramidChart {
    private BandPyramidChart() {
    }

    /**
     * @param bands   band labels, youngest first
     * @param males   persons per band, {@code null} where suppressed
     * @param females the same for females
     */
    public static JFreeChart create(String title, List<String> bands, Double[] males, Double[] females, String source,
            Locale locale) {
        if (males.length != bands.size() || females.length != bands.size()) {
            throw new IllegalArgumentException("a pyramid needs one male and one female value per band");
        }
        ChartText text = new ChartText(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // a horizontal category plot lists its first category at the top: oldest first
        for (int b = bands.size() - 1; b >= 0; b--) {
            data.addValue(males[b] == null ? null : -males[b], text.get("pyramid.males"), bands.get(b));
            data.addValue(females[b], text.get("pyramid.females"), bands.get(b));
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BoardPaperStyle.DARK);
        renderer.setSeriesPaint(1, BoardPaperStyle.LIGHT);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.DARK_GRAY);
        NumberAxis persons = new NumberAxis(text.get("pyramid.population"));
        persons.setNumberFormatOverride(new SignlessFormat(NumberFormat.getIntegerInstance(locale)));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(text.get("pyramid.band")), persons, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(BoardPaperStyle.GRID);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.DARK_GRAY);
        JFreeChart chart = new JFreeChart(title, BoardPaperStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        BoardPaperStyle.finish(chart, source);
        return chart;
    }
}
