package cymru.croeso.ui.strategy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.CategoryTableXYDataset;

import cymru.croeso.core.scenario.ActionCosts;
import cymru.croeso.core.strategy.StrategyCosts;
import cymru.croeso.core.strategy.StrategyWords;
import cymru.croeso.export.chart.GroupColours;
import cymru.croeso.ui.chart.ScreenKey;

/**
 * The strategy's cost per year as bars stacked by theme (JFreeChart), with the themes' key on top measured in the
 * screen's font; years on a number axis so that a long horizon thins its labels instead of crowding them.
 */
final class CostChart {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private CostChart() {
    }

    static JFreeChart create(ActionCosts costs) {
        CategoryTableXYDataset data = new CategoryTableXYDataset();
        List<String> themes = new ArrayList<>();
        List<Paint> paints = new ArrayList<>();
        for (Map.Entry<String, double[]> theme : costs.byTheme().entrySet()) {
            for (int i = 0; i < theme.getValue().length; i++) {
                data.add(costs.firstYear() + i, theme.getValue()[i], theme.getKey());
            }
            paints.add(GroupColours.of(themes.size() + 1));
            themes.add(theme.getKey());
        }
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.25);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int s = 0; s < paints.size(); s++) {
            renderer.setSeriesPaint(s, paints.get(s));
        }
        NumberAxis years = new NumberAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setRange(costs.firstYear() - 0.6, costs.lastYear() + 0.6);
        years.setTickLabelFont(TICKS);
        NumberAxis pounds = new NumberAxis(StrategyMessages.get("costs.axis"));
        pounds.setNumberFormatOverride(poundsFormat());
        pounds.setTickLabelFont(TICKS);
        pounds.setLabelFont(LABEL);
        XYPlot plot = new XYPlot(data, years, pounds, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setDomainGridlinesVisible(false);
        String title = StrategyMessages.format("costs.title", StrategyWords.pounds(StrategyCosts.total(costs)),
                costs.firstYear(), costs.lastYear());
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new ScreenKey(themes, paints, TICKS, RectangleEdge.TOP));
        return chart;
    }

    private static NumberFormat poundsFormat() {
        return new DecimalFormat("£#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    }
}
