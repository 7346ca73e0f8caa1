package cymru.croeso.core.editing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The editors' words that are worked out headlessly (refusals, row labels, names of assumptions), in English and Welsh. */
public final class EditingMessages {
    private static final String BUNDLE = "cymru.croeso.core.editing.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private EditingMessages(Locale locale) {
        this.locale = locale;
        // no fallback to the default locale: English asked for on a Welsh desktop must stay English
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, EditingMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static EditingMessages in(Locale locale) {
        return new EditingMessages(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text for {@code key}, or {@code fallback} when there is none. */
    public String getOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** Whether the user reads Welsh. */
    public boolean welsh() {
        return "cy".equals(locale.getLanguage());
    }
}
