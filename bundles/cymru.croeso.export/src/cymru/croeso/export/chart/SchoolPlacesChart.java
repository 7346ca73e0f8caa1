package cymru.croeso.export.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Pupils against school places over the projection years, one panel per phase (nursery, primary, secondary, sixth
 * form) sharing the year axis, each on its own scale since primary has several times the pupils of nursery.
 */
public final class SchoolPlacesChart {
    private static final Color PUPILS = new Color(0x0072b2);
    private static final Color PLACES = new Color(0x222222);

    private SchoolPlacesChart() {
    }

    /**
     * @param phases      the phases' names, one panel each, top to bottom
     * @param pupils      pupils [phase][year − firstYear]
     * @param places      places [phase][year − firstYear]
     * @param pupilsName  the pupils' name in the key
     * @param placesName  the places' name in the key
     * @param note        what the reader must know (e.g. that no school estate is recorded), or null
     */
    public static JFreeChart create(String title, List<String> phases, int firstYear, double[][] pupils,
            double[][] places, String pupilsName, String placesName, String note, String source, Locale locale) {
        if (phases.isEmpty() || pupils.length != phases.size() || places.length != phases.size()) {
            throw new IllegalArgumentException(phases.size() + " phases need as many rows of pupils (" + pupils.length
                    + ") and places (" + places.length + ")");
        }
        int lastYear = firstYear + pupils[0].length - 1;
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(YearPlots.years(firstYear, lastYear, locale));
        plot.setGap(10);
        for (int p = 0; p < phases.size(); p++) {
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(YearPlots.series(pupilsName, firstYear, pupils[p]));
            data.addSeries(YearPlots.series(placesName, firstYear, places[p]));
            XYLineAndShapeRenderer lines = YearPlots.lines(List.of(PUPILS, PLACES), List.of(false, true), counts, locale);
            // the phase in the tooltip too: a panel's own axis names it, but a tooltip is read on its own
            lines.setDefaultToolTipGenerator(YearPlots.toolTips(quoted(phases.get(p)) + " \u2014 {0}: {2} ({1})", counts,
                    locale));
            plot.add(YearPlots.plot(data, YearPlots.valueAxis(phases.get(p), counts), lines), 1);
        }
        return YearPlots.chart(title, plot, List.of(pupilsName, placesName), List.of(PUPILS, PLACES), note, source);
    }

    /** A text that MessageFormat prints as it is. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The pupils ({@code places} false) or places the chart draws for the phase at {@code index}, by year. */
    public static double[] valuesOf(JFreeChart chart, int index, boolean places) {
        XYPlot panel = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(index);
        return YearPlots.valuesOf(panel, 0, panel.getDataset().getSeriesKey(places ? 1 : 0));
    }
}
