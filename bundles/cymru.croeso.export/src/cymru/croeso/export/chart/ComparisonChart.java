package cymru.croeso.export.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Two or more scenarios over the projection years: above, each scenario's value; below, each one's difference from
 * the first (the reference), on its own scale around a marked zero, since differences are small beside the totals.
 */
public final class ComparisonChart {
    /** The reference in dark grey, then Okabe and Ito's colours (see {@link GroupColours}) for the others. */
    private static final Color[] COLOURS = { new Color(0x444444), new Color(0x0072b2), new Color(0xe69f00),
            new Color(0xd55e00), new Color(0x009e73), new Color(0xcc79a7), new Color(0x56b4e9) };

    private ComparisonChart() {
    }

    /**
     * @param scenarios       the scenarios' names, the reference first
     * @param values          [scenario][year − firstYear]
     * @param differences     [scenario][year − firstYear], each minus the reference (the reference's row is not drawn)
     * @param valueLabel      the upper panel's axis label
     * @param differenceLabel the lower panel's axis label
     * @param count           whether the values are counts (whole numbers) or not
     * @param note            a line under the title (e.g. which scenario the differences are from), or null
     */
    public static JFreeChart create(String title, List<String> scenarios, int firstYear, double[][] values,
            double[][] differences, String valueLabel, String differenceLabel, boolean count, String note,
            String source, Locale locale) {
        if (scenarios.size() < 2 || values.length != scenarios.size() || differences.length != scenarios.size()) {
            throw new IllegalArgumentException("a comparison needs two or more scenarios with values and differences, not "
                    + scenarios.size());
        }
        NumberFormat format = YearPlots.values(count, locale);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeriesCollection gaps = new XYSeriesCollection();
        List<Color> colours = new ArrayList<>();
        List<Boolean> solid = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            colours.add(colour(s));
            solid.add(false);
            lines.addSeries(YearPlots.series(scenarios.get(s), firstYear, values[s]));
            if (s > 0) {
                gaps.addSeries(YearPlots.series(scenarios.get(s), firstYear, differences[s]));
            }
        }
        XYPlot upper = YearPlots.plot(lines, YearPlots.valueAxis(valueLabel, format),
                YearPlots.lines(colours, solid, format, locale));
        // the scenarios' own scale: around their values, not stretched down to zero
        upper.getRangeAxis().setAutoRange(true);
        ((org.jfree.chart.axis.NumberAxis) upper.getRangeAxis()).setAutoRangeIncludesZero(false);
        NumberFormat signed = YearPlots.signed(format);
        XYLineAndShapeRenderer gapLines = YearPlots.lines(colours.subList(1, colours.size()),
                solid.subList(1, solid.size()), signed, locale);
        gapLines.setDefaultToolTipGenerator(YearPlots.toolTips("{0} \u2212 " + quoted(scenarios.get(0)) + ": {2} ({1})",
                signed, locale));
        XYPlot lower = YearPlots.plot(gaps, YearPlots.valueAxis(differenceLabel, signed), gapLines);
        lower.setRangeZeroBaselineVisible(true);
        lower.setRangeZeroBaselinePaint(COLOURS[0]);
        int lastYear = firstYear + values[0].length - 1;
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(YearPlots.years(firstYear, lastYear, locale));
        plot.setGap(14);
        plot.add(upper, 3);
        plot.add(lower, 2);
        return YearPlots.chart(title, plot, scenarios, colours, note, source);
    }

    private static Color colour(int scenario) {
        return COLOURS[scenario % COLOURS.length];
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The values the upper panel draws for the scenario at {@code index} (0 = the reference). */
    public static double[] valuesOf(JFreeChart chart, int index) {
        XYPlot upper = panel(chart, 0);
        return YearPlots.valuesOf(upper, 0, upper.getDataset().getSeriesKey(index));
    }

    /** The differences the lower panel draws for the scenario at {@code index} (≥ 1) from the reference. */
    public static double[] differencesOf(JFreeChart chart, int index) {
        XYPlot lower = panel(chart, 1);
        return YearPlots.valuesOf(lower, 0, lower.getDataset().getSeriesKey(index - 1));
    }

    private static XYPlot panel(JFreeChart chart, int i) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(i);
    }
}
