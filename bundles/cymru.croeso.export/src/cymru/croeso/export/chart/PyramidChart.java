package cymru.croeso.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A population pyramid (males to the left, females to the right, single years of age upwards) drawn the same
 * way on screen, in chart files and in the board pack.
 */
public final class PyramidChart {
    /** Series keys: males are plotted as negative values so that they extend to the left. */
    public static final String MALES = "M";
    public static final String FEMALES = "F";

    private static final Color MALE_COLOUR = new Color(0x1f5f8b);
    private static final Color FEMALE_COLOUR = new Color(0xc8553d);

    private PyramidChart() {
    }

    /**
     * @param title    the chart's title (the area's name, say)
     * @param males    persons by single year of age 0 … top; the last is the open top group
     * @param females  the same for females
     * @param source   the source line printed under the chart
     * @param locale   the language of the labels (English or Welsh)
     */
    public static JFreeChart create(String title, double[] males, double[] females, String source, Locale locale) {
        if (males.length != females.length || males.length == 0) {
            throw new IllegalArgumentException("males and females need the same, non-zero number of ages");
        }
        ChartText text = new ChartText(locale);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(MALES, males, -1));
        data.addSeries(series(FEMALES, females, 1));
        data.setIntervalWidth(0.9);

        NumberAxis ageAxis = new NumberAxis(text.get("pyramid.age"));
        ageAxis.setTickUnit(new NumberTickUnit(10));
        ageAxis.setRange(-0.5, males.length - 0.5);
        NumberAxis populationAxis = new NumberAxis(text.get("pyramid.population"));
        populationAxis.setNumberFormatOverride(new SignlessFormat(NumberFormat.getIntegerInstance(locale)));
        double max = Math.max(max(males), max(females)) * 1.05;
        populationAxis.setRange(-max, max);

        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, MALE_COLOUR);
        renderer.setSeriesPaint(1, FEMALE_COLOUR);

        XYPlot plot = horizontalPlot(new XYPlot(data, ageAxis, populationAxis, renderer));
        // the sexes are named inside the plot, in their bars' colours: clearer than a legend and cheaper to draw
        Font sexFont = new Font(Font.SANS_SERIF, Font.BOLD, 13);
        plot.addAnnotation(sexLabel(text.get("pyramid.males"), -max * 0.6, males.length - 4, MALE_COLOUR, sexFont), false);
        plot.addAnnotation(sexLabel(text.get("pyramid.females"), max * 0.6, males.length - 4, FEMALE_COLOUR, sexFont), false);

        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle sourceLine = new TextTitle(source, new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        sourceLine.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        sourceLine.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        chart.addSubtitle(sourceLine);
        return chart;
    }

    /** The persons a pyramid shows for one sex, read back from its dataset (males positive again). */
    public static double[] valuesOf(JFreeChart chart, String sexKey) {
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        XYSeries s = data.getSeries(sexKey);
        double[] out = new double[s.getItemCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(s.getY(i).doubleValue());
        }
        return out;
    }

    private static XYSeries series(String key, double[] values, int sign) {
        XYSeries s = new XYSeries(key, false, false);
        for (int age = 0; age < values.length; age++) {
            s.add(age, sign * values[age], false);
        }
        return s;
    }

    /** Lays a pyramid's plot on its side (ages up, persons across) with a marked zero line between the sexes. */
    static XYPlot horizontalPlot(XYPlot plot) {
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d0d0));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.DARK_GRAY);
        plot.setRangeZeroBaselineStroke(new BasicStroke(1f));
        return plot;
    }

    private static XYTextAnnotation sexLabel(String label, double persons, double age, Color colour, Font font) {
        XYTextAnnotation a = new XYTextAnnotation(label, age, persons);
        a.setPaint(colour);
        a.setFont(font);
        return a;
    }

    /** The two labels naming the sexes, left (males) then right (females). */
    public static String[] sexLabels(JFreeChart chart) {
        return chart.getXYPlot().getAnnotations().stream().filter(XYTextAnnotation.class::isInstance)
                .map(a -> ((XYTextAnnotation) a).getText()).toArray(String[]::new);
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
