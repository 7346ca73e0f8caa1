package cymru.croeso.core.settings;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The settings' user-visible words, in English and Welsh ({@code messages.properties}, {@code messages_cy.properties}). */
final class SettingsMessages {

    private SettingsMessages() {
    }

    static String format(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("cymru.croeso.core.settings.messages", Locale.getDefault(),
                SettingsMessages.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
