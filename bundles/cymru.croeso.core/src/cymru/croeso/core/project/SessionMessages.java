package cymru.croeso.core.project;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The project session's user-visible words, in English and Welsh ({@code messages.properties}, {@code messages_cy.properties}). */
final class SessionMessages {

    private SessionMessages() {
    }

    static String format(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("cymru.croeso.core.project.messages", Locale.getDefault(),
                SessionMessages.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
