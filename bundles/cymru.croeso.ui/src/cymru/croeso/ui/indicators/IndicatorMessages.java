package cymru.croeso.ui.indicators;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import cymru.croeso.ui.Messages;

/** The indicators dashboard's words in English and Welsh; the language follows the locale ({@code -nl cy}). */
public final class IndicatorMessages {
    private IndicatorMessages() {
    }

    /** A message; every one goes through MessageFormat, so each writes '' for an apostrophe. */
    public static String get(String key) {
        return format(key);
    }

    /** A message with its arguments as text (years stay "2026", not "2,026"). */
    public static String format(String key, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        String pattern = ResourceBundle.getBundle("cymru.croeso.ui.indicators.messages", Messages.locale(),
                IndicatorMessages.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Messages.locale()).format(text);
    }
}
