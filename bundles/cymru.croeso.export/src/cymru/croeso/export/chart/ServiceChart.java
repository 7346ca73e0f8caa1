package cymru.croeso.export.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A service's demand against its capacity over the projection years as lines: demand solid, capacity dashed (ESOL:
 * adults seeking a place, learners served and places; housing: households, dwellings needed and available).
 */
public final class ServiceChart {
    /** Demand red, capacity blue, as in workshop mode; a third line green. */
    public static final Color DEMAND = new Color(0xc0392b);
    public static final Color CAPACITY = new Color(0x1f6fb2);
    public static final Color OTHER = new Color(0x009e73);

    private ServiceChart() {
    }

    /**
     * One line of the chart.
     *
     * @param name   its name in the key and tooltips
     * @param values one value per year from the chart's first year
     * @param colour its colour
     * @param dashed true for capacity
     */
    public record Line(String name, double[] values, Color colour, boolean dashed) {
    }

    /**
     * @param valueLabel the value axis' label
     * @param note       what the reader must know (e.g. that no capacity is recorded), or null
     * @param source     the source line, or null
     */
    public static JFreeChart create(String title, int firstYear, List<Line> lines, String valueLabel, String note,
            String source, Locale locale) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a service chart needs at least one line");
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line line : lines) {
            data.addSeries(YearPlots.series(line.name(), firstYear, line.values()));
        }
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        List<Color> colours = lines.stream().map(Line::colour).toList();
        XYPlot plot = YearPlots.plot(data, YearPlots.valueAxis(valueLabel, counts),
                YearPlots.lines(colours, lines.stream().map(Line::dashed).toList(), counts, locale));
        plot.setDomainAxis(YearPlots.years(firstYear, firstYear + lines.get(0).values().length - 1, locale));
        return YearPlots.chart(title, plot, lines.stream().map(Line::name).toList(), colours, note, source);
    }

    /** The values the chart draws for the line called {@code name}. */
    public static double[] valuesOf(JFreeChart chart, String name) {
        return YearPlots.valuesOf(chart.getXYPlot(), 0, name);
    }
}
