package cymru.croeso.data.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The store's refusals, in English and Welsh ({@code messages.properties}, {@code messages_cy.properties}), in the
 * language of the default locale when the refusal is made (Equinox sets it from {@code -nl}; the workbench's language
 * switch sets it too).
 */
final class StoreMessages {
    private StoreMessages() {
    }

    /** Arguments are put in as written ({@code String.valueOf}): a run 1234 must not read as "1,234". */
    static String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        String pattern = ResourceBundle.getBundle("cymru.croeso.data.store.messages", Locale.getDefault(),
                StoreMessages.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(texts);
    }
}
