package cymru.croeso.core.strategy;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words the strategy and indicator views take from core (theme names, effect summaries, input problems) in one language. */
public final class StrategyWords {
    private final Locale locale;
    private final ResourceBundle bundle;

    private StrategyWords(Locale locale) {
        this.locale = locale;
        // the language is passed in, not taken from the JVM: a Welsh theme name must come out Welsh even in an English JVM
        bundle = ResourceBundle.getBundle("cymru.croeso.core.strategy.messages", locale,
                StrategyWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words in Welsh for a Welsh locale, otherwise in English. */
    public static StrategyWords of(Locale locale) {
        return new StrategyWords(welsh(locale) ? Locale.forLanguageTag("cy") : Locale.ENGLISH);
    }

    public static boolean welsh(Locale locale) {
        return "cy".equals(locale.getLanguage());
    }

    public boolean welsh() {
        return welsh(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A message; every message goes through MessageFormat, so each writes '' for an apostrophe. */
    public String get(String key) {
        return format(key);
    }

    /** A message with its arguments passed as text, so that years are not written "2,026". */
    public String format(String key, Object... arguments) {
        Object[] text = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            text[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(text);
    }

    /** A name kept in English and Welsh: this language's first, then the other, then the fallback. */
    public String name(String english, String welsh, String fallback) {
        String first = welsh() ? welsh : english;
        String second = welsh() ? english : welsh;
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : fallback;
    }

    /** Pounds without pence, grouped: "£12,500". */
    public static String pounds(double value) {
        return "£" + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** A number with up to one decimal, grouped, with an explicit sign: "+120", "−2.5". */
    public static String signed(double value) {
        return new DecimalFormat("+#,##0.#;\u2212#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** A number with up to one decimal, grouped: "62.5", "1,200". */
    public static String number(double value) {
        return new DecimalFormat("#,##0.#;\u2212#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }
}
