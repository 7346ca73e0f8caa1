package cymru.croeso.core.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the data commands ({@code import}, {@code runs}) in English and Welsh ({@code datamessages*.properties}). */
final class DataCliMessages {
    private DataCliMessages() {
    }

    static String get(String key) {
        return ResourceBundle.getBundle("cymru.croeso.core.cli.datamessages", Locale.getDefault(),
                DataCliMessages.class.getClassLoader()).getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
