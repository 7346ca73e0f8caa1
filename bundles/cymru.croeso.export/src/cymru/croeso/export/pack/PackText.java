package cymru.croeso.export.pack;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The board pack's own words (sheet names, headings, notes) in English or Welsh, whatever the JVM's locale. */
final class PackText {
    private final ResourceBundle bundle;
    private final Locale locale;

    PackText(Locale locale) {
        this.locale = locale;
        bundle = ResourceBundle.getBundle("cymru.croeso.export.pack.messages", locale, PackText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** A message with its {0}, {1}… filled; arguments are passed as text so numbers are not regrouped. */
    String format(String key, Object... arguments) {
        Object[] text = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            text[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(get(key), locale).format(text);
    }
}
