package cymru.croeso.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A scenario's population by origin group over the projection years, in two panels sharing the year axis: all groups
 * stacked (the total), and below it every group but the first as lines on their own scale, since the groups born
 * abroad are too small to read in the stack. A marker shows the year the pyramid beside it shows.
 */
public final class PopulationTrendChart {

    private PopulationTrendChart() {
    }

    /**
     * @param title      the chart's title
     * @param groups     the groups' names, in the order of {@code totals}' first index; the first is stacked only
     * @param firstYear  the year of {@code totals[g][0]}
     * @param totals     persons [group][year − firstYear]
     * @param stackLabel the upper panel's axis label
     * @param linesLabel the lower panel's axis label
     * @param source     the source line, or null
     */
    public static JFreeChart create(String title, List<String> groups, int firstYear, double[][] totals,
            String stackLabel, String linesLabel, String source, Locale locale) {
        if (groups.size() != totals.length || totals.length == 0) {
            throw new IllegalArgumentException(groups.size() + " groups for " + totals.length + " rows of totals");
        }
        DefaultTableXYDataset stacked = new DefaultTableXYDataset();
        XYSeriesCollection lines = new XYSeriesCollection();
        for (int g = 0; g < groups.size(); g++) {
            stacked.addSeries(series(groups.get(g), firstYear, totals[g]));
            if (g > 0) {
                lines.addSeries(series(groups.get(g), firstYear, totals[g]));
            }
        }
        NumberFormat persons = NumberFormat.getIntegerInstance(locale);
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

        StackedXYAreaRenderer2 stackRenderer = new StackedXYAreaRenderer2();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        List<Color> colours = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            colours.add(GroupColours.of(g));
            stackRenderer.setSeriesPaint(g, GroupColours.of(g));
            if (g > 0) {
                lineRenderer.setSeriesPaint(g - 1, GroupColours.of(g));
                lineRenderer.setSeriesStroke(g - 1, new BasicStroke(2.5f));
            }
        }
        XYPlot stackPlot = new XYPlot(stacked, null, axis(stackLabel, persons, tickFont, labelFont), stackRenderer);
        XYPlot linePlot = new XYPlot(lines, null, axis(linesLabel, persons, tickFont, labelFont), lineRenderer);
        ((NumberAxis) stackPlot.getRangeAxis()).setAutoRangeIncludesZero(true);

        NumberAxis years = new NumberAxis();
        NumberFormat plain = NumberFormat.getIntegerInstance(locale);
        plain.setGroupingUsed(false);
        years.setNumberFormatOverride(plain);
        years.setTickUnit(new NumberTickUnit(5));
        years.setRange(firstYear, firstYear + totals[0].length - 1);
        years.setTickLabelFont(tickFont);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(years);
        plot.setGap(12);
        for (XYPlot p : List.of(stackPlot, linePlot)) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xd0d0d0));
            p.setDomainGridlinePaint(new Color(0xe6e6e6));
            plot.add(p, 1);
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        // the last year's tick label is centred on the plot's right edge: room for its second half
        chart.setPadding(new RectangleInsets(5, 5, 5, 20));
        chart.addSubtitle(new GroupKey(groups, colours, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        if (source != null && !source.isEmpty()) {
            TextTitle sourceLine = new TextTitle(source, new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            sourceLine.setPosition(RectangleEdge.BOTTOM);
            sourceLine.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(sourceLine);
        }
        return chart;
    }

    /** Marks {@code year} on both panels, replacing an earlier mark. */
    public static void markYear(JFreeChart chart, int year) {
        for (XYPlot p : panels(chart)) {
            p.clearDomainMarkers();
            ValueMarker marker = new ValueMarker(year, new Color(0x444444), new BasicStroke(1.5f));
            p.addDomainMarker(marker);
        }
    }

    /** All groups' persons in {@code year}, read back from the stacked panel. */
    public static double totalIn(JFreeChart chart, int year) {
        DefaultTableXYDataset stacked = (DefaultTableXYDataset) panels(chart).get(0).getDataset();
        double sum = 0;
        for (int s = 0; s < stacked.getSeriesCount(); s++) {
            XYSeries series = stacked.getSeries(s);
            int i = series.indexOf(Double.valueOf(year));
            if (i < 0) {
                throw new IllegalArgumentException("the chart has no year " + year);
            }
            sum += series.getY(i).doubleValue();
        }
        return sum;
    }

    /** The upper (stacked) and lower (lines) panels. */
    public static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    private static NumberAxis axis(String label, NumberFormat format, Font tickFont, Font labelFont) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(format);
        axis.setTickLabelFont(tickFont);
        axis.setLabelFont(labelFont);
        return axis;
    }

    private static XYSeries series(String key, int firstYear, double[] values) {
        XYSeries s = new XYSeries(key, false, false);
        for (int i = 0; i < values.length; i++) {
            s.add(firstYear + i, values[i], false);
        }
        return s;
    }
}
