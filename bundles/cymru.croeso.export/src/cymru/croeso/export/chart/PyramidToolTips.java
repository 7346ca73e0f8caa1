package cymru.croeso.export.chart;

import java.io.Serializable;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.XYDataset;

/**
 * The tooltip of one bar of a pyramid stacked by group: sex, group, age ("90+" for the open top group) and persons,
 * e.g. "Females, Refugees, age 34: 1,234".
 */
final class PyramidToolTips implements XYToolTipGenerator, Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> groups;
    private final String males;
    private final String females;
    private final String pattern;
    private final NumberFormat persons;
    private final Locale locale;

    PyramidToolTips(List<String> groups, Locale locale) {
        ChartText text = new ChartText(locale);
        this.groups = List.copyOf(groups);
        this.males = text.get("pyramid.males");
        this.females = text.get("pyramid.females");
        this.pattern = text.get("pyramid.tooltip");
        this.persons = NumberFormat.getIntegerInstance(locale);
        this.locale = locale;
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        int age = (int) Math.round(dataset.getXValue(series, item));
        boolean top = item == dataset.getItemCount(series) - 1;
        return new MessageFormat(pattern, locale).format(new Object[] { series < groups.size() ? males : females,
            groups.get(series % groups.size()), top ? age + "+" : Integer.toString(age),
            persons.format(Math.abs(dataset.getYValue(series, item))) });
    }
}
