package cymru.croeso.core.editing;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

import cymru.croeso.model.edit.CroesoEditPlugin;

/**
 * The model's names of fields, lists and enumeration values as the edit bundle words them (its plugin.properties and
 * plugin_cy.properties), in the language asked for each time. EMF's own resource locator keeps the bundle of the
 * language the workbench started in, and item providers keep their property descriptors' names, so labels read
 * through them would stay in that language after a live switch.
 */
public final class EditLabels {
    /** The edit bundle's base name: its plugin.properties sits at the bundle's root, beside the generated code's. */
    private static final String BUNDLE = "plugin";

    private final ResourceBundle words;

    private EditLabels(Locale locale) {
        // no fallback to the default locale: English asked for in a Welsh workbench must stay English
        words = ResourceBundle.getBundle(BUNDLE, locale, CroesoEditPlugin.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static EditLabels in(Locale locale) {
        return new EditLabels(locale);
    }

    /** A field's or list's name, such as "Total" or "Cyfanswm"; the feature's own name when the bundle has none. */
    public String feature(EStructuralFeature feature) {
        return getOr(key(feature) + "_feature", feature.getName());
    }

    /** One sentence on what a field means; empty when the bundle has none. */
    public String description(EStructuralFeature feature) {
        return getOr(key(feature) + "_description", "");
    }

    /** The name of an enumeration's value, such as "International in" or "Rhyngwladol i mewn". */
    public String literal(EEnum type, Enumerator value) {
        return getOr("_UI_" + type.getName() + "_" + value.getName() + "_literal", value.getLiteral());
    }

    private String getOr(String key, String fallback) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static String key(EStructuralFeature feature) {
        return "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName();
    }
}
