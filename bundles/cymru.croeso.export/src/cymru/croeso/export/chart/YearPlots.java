package cymru.croeso.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * What the charts of values over the projection years share: the type (as the trend chart beside them), a year
 * axis ticked every five years, count axes in the reader's digits, line styles, tooltips, and the title, note, key
 * and source line around the plot.
 */
final class YearPlots {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font KEY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    static final Font SOURCE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Color GRID = new Color(0xd0d0d0);
    static final Color NOTE_INK = new Color(0x8a3b12);
    static final BasicStroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 8f, 5f }, 0f);

    private YearPlots() {
    }

    /** Years without grouping (2030, not 2,030), a tick every five years (every year on a horizon under ten). */
    static NumberAxis years(int firstYear, int lastYear, Locale locale) {
        NumberAxis years = new NumberAxis();
        years.setNumberFormatOverride(yearFormat(locale));
        years.setTickUnit(new NumberTickUnit(lastYear - firstYear >= 10 ? 5 : 1));
        years.setRange(firstYear, Math.max(lastYear, firstYear + 1));
        years.setTickLabelFont(TICKS);
        return years;
    }

    static NumberFormat yearFormat(Locale locale) {
        NumberFormat plain = NumberFormat.getIntegerInstance(locale);
        plain.setGroupingUsed(false);
        return plain;
    }

    /** Signed, so that a difference reads as more (+) or fewer (−). */
    static NumberFormat signed(NumberFormat format) {
        return new SignedFormat(format);
    }

    /** Whole numbers for counts, three decimals for ratios (a dependency ratio moves by thousandths a year). */
    static NumberFormat values(boolean count, Locale locale) {
        if (count) {
            return NumberFormat.getIntegerInstance(locale);
        }
        return new DecimalFormat("0.000", DecimalFormatSymbols.getInstance(locale));
    }

    /**
     * A value axis with ticks far enough apart to read at a glance: JFreeChart packs them as tight as the labels'
     * height allows (a tick every 10,000 on a 0–230,000 axis), so the labels' insets ask for about 45 pixels, and
     * for room beside them, since GTK draws the labels a little wider than Java2D measures them.
     */
    static NumberAxis valueAxis(String label, NumberFormat format) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(format);
        axis.setTickLabelInsets(new RectangleInsets(16, 8, 16, 8));
        axis.setTickLabelFont(TICKS);
        axis.setLabelFont(LABELS);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    static XYPlot plot(XYDataset data, NumberAxis values, XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, null, values, renderer);
        style(plot);
        return plot;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinePaint(new Color(0xe6e6e6));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Lines without markers, one colour (and solid or dashed) per series, with tooltips naming series and year. */
    static XYLineAndShapeRenderer lines(List<? extends Paint> paints, List<Boolean> dashed, NumberFormat values,
            Locale locale) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < paints.size(); s++) {
            r.setSeriesPaint(s, paints.get(s));
            r.setSeriesStroke(s, dashed.get(s) ? DASHED : SOLID);
        }
        r.setDefaultToolTipGenerator(toolTips("{0}: {2} ({1})", values, locale));
        return r;
    }

    /** A tooltip pattern of {@link StandardXYToolTipGenerator}: {0} the series, {1} the year, {2} the value. */
    static StandardXYToolTipGenerator toolTips(String pattern, NumberFormat values, Locale locale) {
        return new StandardXYToolTipGenerator(pattern, yearFormat(locale), values);
    }

    static XYSeries series(String key, int firstYear, double[] values) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < values.length; i++) {
            s.add(firstYear + i, values[i], false);
        }
        return s;
    }

    /**
     * The chart around a plot: bold title; under it the note (if any, for what the reader must know to read the
     * chart right, such as capacity nobody has entered); the key; the source line at the foot.
     */
    static JFreeChart chart(String title, Plot plot, List<String> keyNames, List<? extends Paint> keyPaints, String note,
            String source) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (note != null && !note.isEmpty()) {
            TextTitle noteLine = new TextTitle(note, NOTE);
            noteLine.setPaint(NOTE_INK);
            noteLine.setPosition(RectangleEdge.TOP);
            noteLine.setPadding(2, 8, 2, 8);
            chart.addSubtitle(noteLine);
        }
        chart.addSubtitle(new GroupKey(keyNames, keyPaints, KEY));
        if (source != null && !source.isEmpty()) {
            TextTitle sourceLine = new TextTitle(source, SOURCE);
            sourceLine.setPosition(RectangleEdge.BOTTOM);
            sourceLine.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(sourceLine);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        return chart;
    }

    /** Values of the series with {@code key} in a plot's dataset {@code index}, by year from the first. */
    static double[] valuesOf(XYPlot plot, int index, Comparable<?> key) {
        XYDataset data = plot.getDataset(index);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (data.getSeriesKey(s).equals(key)) {
                double[] out = new double[data.getItemCount(s)];
                for (int i = 0; i < out.length; i++) {
                    out[i] = data.getYValue(s, i);
                }
                return out;
            }
        }
        throw new IllegalArgumentException("the chart has no series " + key);
    }
}
