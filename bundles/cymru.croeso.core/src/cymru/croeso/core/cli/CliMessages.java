package cymru.croeso.core.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The CLI's user-visible words, in English and Welsh ({@code messages.properties}, {@code messages_cy.properties}). */
public final class CliMessages {
    private CliMessages() {
    }

    public static String get(String key) {
        return ResourceBundle.getBundle("cymru.croeso.core.cli.messages", Locale.getDefault(),
                CliMessages.class.getClassLoader()).getString(key);
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
