package cymru.croeso.model.validation;

import java.net.URL;
import java.util.Locale;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * EMF's own validation messages (a required field left empty, a duplicate identifier, a broken reference) in
 * Welsh when the user's locale is Welsh, and EMF's English otherwise.
 */
public final class EcoreMessages implements ResourceLocator {

    public static final EcoreMessages INSTANCE = new EcoreMessages();

    private EcoreMessages() {
    }

    @Override
    public String getString(String key) {
        return getString(key, true);
    }

    @Override
    public String getString(String key, boolean translate) {
        ValidationMessages welsh = welsh(translate);
        return welsh != null && welsh.has("ecore." + key) ? welsh.textOr("ecore." + key, key) : EcorePlugin.INSTANCE.getString(key, translate);
    }

    @Override
    public String getString(String key, Object[] substitutions) {
        return getString(key, substitutions, true);
    }

    @Override
    public String getString(String key, Object[] substitutions, boolean translate) {
        ValidationMessages welsh = welsh(translate);
        return welsh != null && welsh.has("ecore." + key) ? welsh.format("ecore." + key, substitutions)
                : EcorePlugin.INSTANCE.getString(key, substitutions, translate);
    }

    @Override
    public URL getBaseURL() {
        return EcorePlugin.INSTANCE.getBaseURL();
    }

    @Override
    public Object getImage(String key) {
        return EcorePlugin.INSTANCE.getImage(key);
    }

    private static ValidationMessages welsh(boolean translate) {
        Locale locale = Locale.getDefault();
        return translate && "cy".equals(locale.getLanguage()) ? ValidationMessages.in(locale) : null;
    }
}
