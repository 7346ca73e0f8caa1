package cymru.croeso.export.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * A population pyramid stacked by origin group: males to the left, females to the right, single years of age
 * upwards, each group a colour (the first group next to the axis), with a {@link GroupKey} naming the groups.
 * Its data can be replaced in place ({@link #update}) so that a year slider redraws without building a new chart.
 */
public final class GroupPyramidChart {
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private GroupPyramidChart() {
    }

    /**
     * @param title   the chart's title
     * @param groups  the groups' names, in the order of the arrays' first index
     * @param males   persons [group][age], the last age the open top group
     * @param females the same for females
     * @param source  the source line printed under the chart
     * @param locale  the language of the axis and sex labels
     */
    public static JFreeChart create(String title, List<String> groups, double[][] males, double[][] females, String source,
            Locale locale) {
        return create(title, groups, males, females, source, locale, 1f);
    }

    /** As {@link #create(String, List, double[][], double[][], String, Locale)}, with type scaled (e.g. 1.6 for a room). */
    public static JFreeChart create(String title, List<String> groups, double[][] males, double[][] females, String source,
            Locale locale, float typeScale) {
        check(groups, males, females);
        ChartText text = new ChartText(locale);
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        for (int g = 0; g < groups.size(); g++) {
            data.addSeries(series(key(PyramidChart.MALES, g), males[g], -1));
        }
        for (int g = 0; g < groups.size(); g++) {
            data.addSeries(series(key(PyramidChart.FEMALES, g), females[g], 1));
        }
        data.setIntervalWidth(0.9);
        int ages = males[0].length;
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * typeScale));
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * typeScale));
        NumberAxis ageAxis = new NumberAxis(text.get("pyramid.age"));
        ageAxis.setTickUnit(new NumberTickUnit(10));
        ageAxis.setRange(-0.5, ages - 0.5);
        ageAxis.setTickLabelFont(tickFont);
        ageAxis.setLabelFont(labelFont);
        NumberAxis personsAxis = new NumberAxis(text.get("pyramid.population"));
        personsAxis.setNumberFormatOverride(new SignlessFormat(java.text.NumberFormat.getIntegerInstance(locale)));
        personsAxis.setTickLabelFont(tickFont);
        personsAxis.setLabelFont(labelFont);
        double max = Math.max(maxAgeTotal(males), maxAgeTotal(females)) * 1.08;
        personsAxis.setRange(-max, max);

        StackedXYBarRenderer renderer = new StackedXYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultToolTipGenerator(new PyramidToolTips(groups, locale));
        List<Color> colours = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            colours.add(GroupColours.of(g));
            renderer.setSeriesPaint(g, GroupColours.of(g));
            renderer.setSeriesPaint(groups.size() + g, GroupColours.of(g));
        }

        XYPlot plot = PyramidChart.horizontalPlot(new XYPlot(data, ageAxis, personsAxis, renderer));
        Font sexFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(13 * typeScale));
        plot.addAnnotation(label(text.get("pyramid.males"), -max * 0.6, ages - 5, sexFont), false);
        plot.addAnnotation(label(text.get("pyramid.females"), max * 0.6, ages - 5, sexFont), false);

        JFreeChart chart = new JFreeChart(title, TITLE_FONT.deriveFont(TITLE_FONT.getSize2D() * typeScale), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new GroupKey(groups, colours, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * typeScale))));
        if (source != null && !source.isEmpty()) {
            TextTitle sourceLine = new TextTitle(source, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(10 * typeScale)));
            sourceLine.setPosition(RectangleEdge.BOTTOM);
            sourceLine.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(sourceLine);
        }
        return chart;
    }

    /**
     * Replaces the chart's persons with new ones of the same shape, keeping the axis unless the new data would not
     * fit, and notifies listeners once.
     */
    public static void update(JFreeChart chart, String title, double[][] males, double[][] females) {
        XYPlot plot = chart.getXYPlot();
        DefaultTableXYDataset data = (DefaultTableXYDataset) plot.getDataset();
        chart.setNotify(false);
        try {
            int groups = males.length;
            for (int g = 0; g < groups; g++) {
                replace(data.getSeries(g), males[g], -1);
                replace(data.getSeries(groups + g), females[g], 1);
            }
            double max = Math.max(maxAgeTotal(males), maxAgeTotal(females));
            NumberAxis axis = (NumberAxis) plot.getRangeAxis();
            if (max > axis.getUpperBound()) {
                axis.setRange(-max * 1.08, max * 1.08);
            }
            if (title != null) {
                chart.setTitle(title);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** The persons the chart shows for one sex ({@link PyramidChart#MALES} or FEMALES) and group, by age. */
    public static double[] valuesOf(JFreeChart chart, String sexKey, int group) {
        DefaultTableXYDataset data = (DefaultTableXYDataset) chart.getXYPlot().getDataset();
        XYSeries s = data.getSeries(data.indexOf(key(sexKey, group)));
        double[] out = new double[s.getItemCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(s.getY(i).doubleValue());
        }
        return out;
    }

    /** The number of groups the chart shows. */
    public static int groupCount(JFreeChart chart) {
        return chart.getXYPlot().getDataset().getSeriesCount() / 2;
    }

    /** The group key among the chart's subtitles. */
    public static GroupKey keyOf(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof GroupKey key) {
                return key;
            }
        }
        throw new IllegalArgumentException("the chart has no group key");
    }

    private static String key(String sex, int group) {
        return sex + group;
    }

    private static void check(List<String> groups, double[][] males, double[][] females) {
        if (groups.isEmpty() || males.length != groups.size() || females.length != groups.size()) {
            throw new IllegalArgumentException(groups.size() + " groups need as many rows of males ("
                    + males.length + ") and females (" + females.length + ")");
        }
    }

    private static XYSeries series(String key, double[] values, int sign) {
        XYSeries s = new XYSeries(key, false, false);
        for (int age = 0; age < values.length; age++) {
            s.add(age, sign * values[age], false);
        }
        return s;
    }

    private static void replace(XYSeries s, double[] values, int sign) {
        s.setNotify(false);
        for (int age = 0; age < values.length; age++) {
            s.updateByIndex(age, sign * values[age]);
        }
        s.setNotify(true);
    }

    private static double maxAgeTotal(double[][] byGroupAge) {
        double max = 0;
        for (int age = 0; age < byGroupAge[0].length; age++) {
            double sum = 0;
            for (double[] group : byGroupAge) {
                sum += group[age];
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    private static XYTextAnnotation label(String text, double persons, double age, Font font) {
        XYTextAnnotation a = new XYTextAnnotation(text, age, persons);
        a.setPaint(Color.DARK_GRAY);
        a.setFont(font);
        return a;
    }
}
