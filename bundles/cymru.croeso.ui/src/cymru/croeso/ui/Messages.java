package cymru.croeso.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The workbench's user-visible words in English and Welsh; the language follows the locale ({@code -nl cy}). */
public final class Messages {
    private Messages() {
    }

    public static Locale locale() {
        return Locale.getDefault();
    }

    public static String get(String key) {
        return ResourceBundle.getBundle("cymru.croeso.ui.messages", locale(), Messages.class.getClassLoader()).getString(key);
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }
}
