package cymru.croeso.core.boardpack;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words core adds to a board pack (title, headline measures, assumptions in brief) in the pack's language. */
final class PackWords {
    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    PackWords(String language) {
        if (!"en".equals(language) && !"cy".equals(language)) {
            throw new IllegalArgumentException("unknown language '" + language + "': use en (English) or cy (Welsh)");
        }
        this.language = language;
        locale = Locale.forLanguageTag(language);
        // the pack's language is the officer's choice, not the JVM's: never fall back to the default locale
        bundle = ResourceBundle.getBundle("cymru.croeso.core.boardpack.messages", locale,
                PackWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    /** A message without arguments; every message goes through MessageFormat, so each writes '' for an apostrophe. */
    String get(String key) {
        return format(key);
    }

    /** A message with its arguments passed as text, so that years are not written "2,011". */
    String format(String key, Object... arguments) {
        Object[] text = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            text[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(text);
    }

    /** A name kept in English and Welsh: the pack's language first, then the other, then the fallback (a code). */
    String name(String english, String welsh, String fallback) {
        String first = "cy".equals(language) ? welsh : english;
        String second = "cy".equals(language) ? english : welsh;
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : fallback;
    }

    /** A number such as a multiplier, with up to three decimals and no grouping. */
    static String decimal(double value) {
        return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
