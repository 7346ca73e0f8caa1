package cymru.croeso.export.chart;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words charts print, in the chart's own language (English or Welsh), whatever the JVM's locale. */
final class ChartText {
    private final ResourceBundle bundle;

    ChartText(Locale locale) {
        bundle = ResourceBundle.getBundle("cymru.croeso.export.chart.messages", locale, ChartText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }
}
