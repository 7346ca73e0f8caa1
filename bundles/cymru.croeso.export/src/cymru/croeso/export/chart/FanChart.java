package cymru.croeso.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fan chart of an uncertain output over the projection years: the band where 90 % of the draws fall (5th to 95th
 * percentile) lightly shaded, the band of the middle half (25th to 75th) darker inside it, and the median as a line.
 * The bands are opaque colours rather than transparency, which the SWT bridge and some PDF viewers draw unevenly.
 */
public final class FanChart {
    /** The percentiles a fan is drawn from, in the order of {@code create}'s rows. */
    public static final double[] PERCENTILES = { 5, 25, 50, 75, 95 };
    private static final Color OUTER = new Color(0xc6dbef);
    private static final Color INNER = new Color(0x6baed6);
    private static final Color MEDIAN = new Color(0x08306b);

    private FanChart() {
    }

    /**
     * @param percentiles [p][year − firstYear] for the percentiles {@link #PERCENTILES}, each row at or above the one
     *                    before
     * @param valueLabel  the value axis' label
     * @param count       whether the output counts people (whole numbers) or is a ratio
     * @param note        what was drawn (draws, seed, distributions), or null
     */
    public static JFreeChart create(String title, int firstYear, double[][] percentiles, String valueLabel, boolean count,
            String note, String source, Locale locale) {
        if (percentiles.length != PERCENTILES.length) {
            throw new IllegalArgumentException("a fan needs " + PERCENTILES.length + " percentiles, not " + percentiles.length);
        }
        ChartText text = new ChartText(locale);
        String outerName = text.get("fan.outer");
        String innerName = text.get("fan.inner");
        String medianName = text.get("fan.median");
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        YIntervalSeries outer = new YIntervalSeries(outerName, false, true);
        YIntervalSeries inner = new YIntervalSeries(innerName, false, true);
        int years = percentiles[0].length;
        for (int y = 0; y < years; y++) {
            outer.add(firstYear + y, percentiles[2][y], percentiles[0][y], percentiles[4][y]);
            inner.add(firstYear + y, percentiles[2][y], percentiles[1][y], percentiles[3][y]);
        }
        bands.addSeries(outer);
        bands.addSeries(inner);
        XYSeriesCollection median = new XYSeriesCollection();
        median.addSeries(YearPlots.series(medianName, firstYear, percentiles[2]));

        NumberFormat format = YearPlots.values(count, locale);
        FanToolTips toolTips = new FanToolTips(bands, text.get("fan.tooltip"), format, YearPlots.yearFormat(locale), locale);
        DeviationRenderer shading = new FanShading();
        shading.setAlpha(1f);
        for (int s = 0; s < 2; s++) {
            Color fill = s == 0 ? OUTER : INNER;
            shading.setSeriesFillPaint(s, fill);
            // the band's own median line in its fill colour: the median drawn on top is the one that shows
            shading.setSeriesPaint(s, fill);
            shading.setSeriesStroke(s, new BasicStroke(1f));
        }
        shading.setDefaultToolTipGenerator(toolTips);
        XYLineAndShapeRenderer medianLine = new XYLineAndShapeRenderer(true, false);
        medianLine.setSeriesPaint(0, MEDIAN);
        medianLine.setSeriesStroke(0, YearPlots.SOLID);
        medianLine.setDefaultToolTipGenerator(toolTips);
        medianLine.setDefaultEntityRadius(8);

        XYPlot plot = YearPlots.plot(bands, YearPlots.valueAxis(valueLabel, format), shading);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setDataset(1, median);
        plot.setRenderer(1, medianLine);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // the outer band first, the inner over it (JFreeChart draws a dataset's last series first by default)
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDomainAxis(YearPlots.years(firstYear, firstYear + years - 1, locale));
        return YearPlots.chart(title, plot, List.of(outerName, innerName, medianName), List.of(OUTER, INNER, MEDIAN),
                note, source);
    }

    /** The percentiles the chart draws, [p][year − first year] in the order of {@link #PERCENTILES}. */
    public static double[][] percentilesOf(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(0);
        int years = bands.getItemCount(0);
        double[][] out = new double[PERCENTILES.length][years];
        for (int y = 0; y < years; y++) {
            out[0][y] = bands.getStartYValue(0, y);
            out[1][y] = bands.getStartYValue(1, y);
            out[2][y] = plot.getDataset(1).getYValue(0, y);
            out[3][y] = bands.getEndYValue(1, y);
            out[4][y] = bands.getEndYValue(0, y);
        }
        return out;
    }

    /**
     * Shades the bands as {@link DeviationRenderer} does, and marks each year's whole outer band (not a few pixels
     * round the median) as the place where that year's tooltip shows.
     */
    private static final class FanShading extends DeviationRenderer {
        private static final long serialVersionUID = 1L;

        FanShading() {
            super(true, false);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            if (!isItemPass(pass)) {
                super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                        crosshairState, pass);
                return;
            }
            if (series != 0 || info == null || info.getOwner().getEntityCollection() == null) {
                return;
            }
            IntervalXYDataset bands = (IntervalXYDataset) dataset;
            double x = bands.getXValue(series, item);
            double left = domainAxis.valueToJava2D(x - 0.5, dataArea, plot.getDomainAxisEdge());
            double right = domainAxis.valueToJava2D(x + 0.5, dataArea, plot.getDomainAxisEdge());
            double high = rangeAxis.valueToJava2D(bands.getEndYValue(series, item), dataArea, plot.getRangeAxisEdge());
            double low = rangeAxis.valueToJava2D(bands.getStartYValue(series, item), dataArea, plot.getRangeAxisEdge());
            // a few pixels more than the band, so that a band thin as a line can still be pointed at
            Rectangle2D area = new Rectangle2D.Double(Math.min(left, right), Math.min(high, low) - 6,
                    Math.abs(right - left), Math.abs(low - high) + 12).createIntersection(dataArea);
            XYToolTipGenerator tips = getToolTipGenerator(series, item);
            info.getOwner().getEntityCollection().add(new XYItemEntity(area, dataset, series, item,
                    tips == null ? null : tips.generateToolTip(dataset, series, item), null));
        }
    }

    /** Every band's range at the year pointed at, whichever band or the median the pointer is on. */
    private static final class FanToolTips implements XYToolTipGenerator, Serializable {
        private static final long serialVersionUID = 1L;
        private final YIntervalSeriesCollection bands;
        private final String pattern;
        private final NumberFormat values;
        private final NumberFormat years;
        private final Locale locale;

        FanToolTips(YIntervalSeriesCollection bands, String pattern, NumberFormat values, NumberFormat years,
                Locale locale) {
            this.bands = bands;
            this.pattern = pattern;
            this.values = values;
            this.years = years;
            this.locale = locale;
        }

        @Override
        public String generateToolTip(XYDataset dataset, int series, int item) {
            // the median's item is the bands' item: both have one per year from the first
            return new MessageFormat(pattern, locale).format(new Object[] { years.format(bands.getXValue(0, item)),
                values.format(bands.getYValue(0, item)), values.format(bands.getStartYValue(1, item)),
                values.format(bands.getEndYValue(1, item)), values.format(bands.getStartYValue(0, item)),
                values.format(bands.getEndYValue(0, item)) });
        }
    }
}
