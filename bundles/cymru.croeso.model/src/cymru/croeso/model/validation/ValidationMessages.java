package cymru.croeso.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The English and Welsh texts of Croeso's validation messages and of the names of model classes and fields,
 * from {@code messages.properties} and {@code messages_cy.properties} beside this class.
 */
public final class ValidationMessages {

    private static final String BUNDLE = "cymru.croeso.model.validation.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ValidationMessages(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: asking for English on a Welsh desktop must give English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ValidationMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages in {@code locale}. */
    public static ValidationMessages in(Locale locale) {
        return new ValidationMessages(locale);
    }

    /** Messages in the locale a validation context names under {@code Locale.class}, else the default locale. */
    public static ValidationMessages in(Map<Object, Object> context) {
        Object locale = context == null ? null : context.get(Locale.class);
        return in(locale instanceof Locale l ? l : Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code arguments} filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The text for {@code key}, or {@code fallback} when the bundles have none. */
    public String textOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** Whether the bundles have a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
