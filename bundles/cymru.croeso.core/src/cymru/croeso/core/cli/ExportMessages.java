package cymru.croeso.core.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the export command, in English and Welsh (the user's locale, not the pack's language). */
final class ExportMessages {
    private ExportMessages() {
    }

    static String get(String key) {
        return ResourceBundle.getBundle("cymru.croeso.core.cli.exportmessages", Locale.getDefault(),
                ExportMessages.class.getClassLoader()).getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
