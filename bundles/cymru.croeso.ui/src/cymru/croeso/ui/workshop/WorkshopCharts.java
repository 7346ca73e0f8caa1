package cymru.croeso.ui.workshop;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

import cymru.croeso.core.workshop.WorkshopResult;
import cymru.croeso.export.chart.GroupColours;
import cymru.croeso.ui.chart.ScreenKey;

/**
 * The two charts a room watches in workshop mode, in large type with few labels: the people born abroad by origin
 * group (stacked) against the baseline's total, and adults applying for ESOL each year against places, with the
 * baseline's applicants. Their datasets are replaced in place on each slider move.
 */
final class WorkshopCharts {
    /** Type for a room: the tick labels and key are 20 pt, the title larger. */
    static final int TYPE = 20;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, TYPE);
    private static final Color BASELINE = new Color(0x222222);
    private static final BasicStroke DASHED = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 10f, 6f }, 0f);
    private static final BasicStroke GRIDLINE = new BasicStroke(1f);
    private static final Color SEEKING = new Color(0xc0392b);
    private static final Color PLACES = new Color(0x1f6fb2);

    private WorkshopCharts() {
    }

    /** Born abroad by group (groups 1 … n − 1 of the result) stacked, and the baseline's born-abroad total dashed. */
    static JFreeChart population(List<String> groupNames, String baselineName, WorkshopResult baseline, Locale locale) {
        int groups = groupNames.size();
        String[] keys = groupNames.subList(1, groups).toArray(String[]::new);
        ArrayXYDataset stacked = new ArrayXYDataset(keys, baseline.firstYear(), baseline.years());
        ArrayXYDataset reference = new ArrayXYDataset(new String[] { baselineName }, baseline.firstYear(), baseline.years());
        double[] bornAbroad = new double[baseline.years()];
        for (int y = 0; y < bornAbroad.length; y++) {
            bornAbroad[y] = baseline.bornAbroad(y);
        }
        reference.set(0, bornAbroad);
        // one polygon a group (StackedXYAreaRenderer2 fills two per group and year: some 300 Cairo fills a repaint)
        StackedXYAreaRenderer areas = new StackedXYAreaRenderer();
        List<Paint> paints = new ArrayList<>();
        for (int g = 1; g < groups; g++) {
            areas.setSeriesPaint(g - 1, GroupColours.of(g));
            paints.add(GroupColours.of(g));
        }
        paints.add(BASELINE);
        XYPlot plot = new XYPlot(stacked, years(baseline, locale), persons(locale), areas);
        // this renderer closes each group's polygon on the group drawn before it: the groups must go bottom up
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDataset(1, reference);
        plot.setRenderer(1, dashed(BASELINE));
        List<String> names = new ArrayList<>(List.of(keys));
        names.add(baselineName);
        JFreeChart chart = chart(plot, names, paints);
        // the headline (everyone, born here or abroad) drawn by the chart, so a move lays out no widgets
        TextTitle headline = new TextTitle("", TICKS);
        headline.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        chart.addSubtitle(0, headline);
        return chart;
    }

    /** ESOL: adults applying for a place each year and places, and the baseline's applicants dashed. */
    static JFreeChart esol(String seekingName, String placesName, String baselineName, WorkshopResult baseline,
            Locale locale) {
        ArrayXYDataset lines = new ArrayXYDataset(new String[] { seekingName, placesName }, baseline.firstYear(),
                baseline.years());
        ArrayXYDataset reference = new ArrayXYDataset(new String[] { baselineName }, baseline.firstYear(), baseline.years());
        reference.set(0, baseline.esolApplicants());
        XYLineAndShapeRenderer renderer = lines();
        renderer.setSeriesPaint(0, SEEKING);
        renderer.setSeriesPaint(1, PLACES);
        renderer.setSeriesStroke(0, new BasicStroke(4f));
        renderer.setSeriesStroke(1, new BasicStroke(4f));
        XYPlot plot = new XYPlot(lines, years(baseline, locale), persons(locale), renderer);
        plot.setDataset(1, reference);
        plot.setRenderer(1, dashed(BASELINE));
        return chart(plot, List.of(seekingName, placesName, baselineName), List.of(SEEKING, PLACES, BASELINE));
    }

    /** Puts a result into a population chart made by {@link #population}; one change event. */
    static void showPopulation(JFreeChart chart, String title, String headline, WorkshopResult result, double upper) {
        chart.setNotify(false);
        ((TextTitle) chart.getSubtitle(0)).setText(headline);
        ArrayXYDataset stacked = (ArrayXYDataset) chart.getXYPlot().getDataset(0);
        for (int g = 1; g < result.groupTotals().length; g++) {
            stacked.set(g - 1, result.groupTotals()[g]);
        }
        show(chart, title, stacked, upper);
    }

    /** Puts a result into an ESOL chart made by {@link #esol}; one change event. */
    static void showEsol(JFreeChart chart, String title, WorkshopResult result, double upper) {
        ArrayXYDataset lines = (ArrayXYDataset) chart.getXYPlot().getDataset(0);
        lines.set(0, result.esolApplicants());
        lines.set(1, result.esolPlaces());
        show(chart, title, lines, upper);
    }

    private static void show(JFreeChart chart, String title, ArrayXYDataset data, double upper) {
        chart.setNotify(false);
        try {
            chart.setTitle(title);
            chart.getTitle().setFont(TITLE);
            // a fixed scale (the sliders' largest effect) so that a move shows as a change of size, not of axis
            NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
            if (axis.getUpperBound() != upper) {
                axis.setRange(0, upper);
            }
            data.changed();
        } finally {
            chart.setNotify(true);
        }
    }

    private static JFreeChart chart(XYPlot plot, List<String> names, List<? extends Paint> paints) {
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        // solid: the default dotted gridline is a few hundred dashes per line, which Cairo strokes one by one on
        // every repaint (the largest single cost of drawing these charts); a paler solid line reads the same
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        plot.setRangeGridlineStroke(GRIDLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart("", TITLE, plot, false);
        // read by Java2D only (exports, copies); the SWT bridge ignores rendering hints, so on screen Cairo smooths as
        // it always has: with solid gridlines, turning its smoothing off too measured no cheaper (issue 8, item 3)
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new ScreenKey(names, paints, TICKS, org.jfree.chart.ui.RectangleEdge.TOP));
        chart.setPadding(new RectangleInsets(8, 8, 8, 24));
        return chart;
    }

    /** Lines without markers, each series stroked as one path rather than one Cairo stroke per year. */
    private static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    private static XYLineAndShapeRenderer dashed(Color colour) {
        XYLineAndShapeRenderer r = lines();
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, DASHED);
        return r;
    }

    private static NumberAxis years(WorkshopResult result, Locale locale) {
        NumberAxis years = new NumberAxis();
        NumberFormat plain = NumberFormat.getIntegerInstance(locale);
        plain.setGroupingUsed(false);
        years.setNumberFormatOverride(plain);
        years.setTickUnit(new NumberTickUnit(5));
        years.setRange(result.firstYear(), result.lastYear());
        years.setTickLabelFont(TICKS);
        return years;
    }

    private static NumberAxis persons(Locale locale) {
        NumberAxis axis = new NumberAxis();
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        axis.setTickLabelFont(TICKS);
        axis.setRange(0, 1);
        return axis;
    }
}
