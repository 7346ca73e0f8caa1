package cymru.croeso.data.table;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The table readers' problem messages and previews, in English and Welsh ({@code messages.properties},
 * {@code messages_cy.properties}), in the language of the default locale when the file is read (Equinox sets it
 * from {@code -nl}; the workbench's language switch sets it too).
 */
final class TableMessages {
    private static final String BUNDLE = "cymru.croeso.data.table.messages";

    private TableMessages() {
    }

    /** The text of {@code key}; every text is a MessageFormat pattern, so a quote is written '' in all of them. */
    static String get(String key) {
        return format(key);
    }

    /**
     * Arguments are put in as written ({@code String.valueOf}), never as locale-formatted numbers: a row 1234 or a
     * year 2014 must read as in the file, not as "1,234" or "2,014".
     */
    static String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), TableMessages.class.getClassLoader())
                .getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(texts);
    }
}
