package cymru.croeso.ui.editors;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import cymru.croeso.ui.Messages;

/** The editors', explorer actions' and Problems part's words in English and Welsh ({@code messages*.properties} here). */
public final class EditorMessages {
    private EditorMessages() {
    }

    public static String get(String key) {
        return ResourceBundle.getBundle("cymru.croeso.ui.editors.messages", Messages.locale(),
                EditorMessages.class.getClassLoader()).getString(key);
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Messages.locale()).format(args);
    }
}
