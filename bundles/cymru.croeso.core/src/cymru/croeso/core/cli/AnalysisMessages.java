package cymru.croeso.core.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the analysis commands (sample, demand, compare, uncertainty, solve), in English and Welsh. */
final class AnalysisMessages {
    private AnalysisMessages() {
    }

    static String get(String key) {
        return ResourceBundle.getBundle("cymru.croeso.core.cli.analysismessages", Locale.getDefault(),
                AnalysisMessages.class.getClassLoader()).getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
