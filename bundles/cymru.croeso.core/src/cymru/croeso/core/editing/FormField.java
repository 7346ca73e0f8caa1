package cymru.croeso.core.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;

import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Scenario;

/**
 * One field of a form or one column of a table, as the model's edit bundle describes it: its label and help in the
 * user's language, what kind of control edits it, and the values to choose from.
 *
 * @param feature     the model's field
 * @param label       its name, such as "Total" or "Cyfanswm"
 * @param description one sentence on what it means
 * @param kind        how it is edited
 * @param descriptor  the edit bundle's descriptor, for choices and the names of enumeration values
 */
public record FormField(EStructuralFeature feature, String label, String description, Kind kind,
        IItemPropertyDescriptor descriptor) {

    /** How a field is edited. */
    public enum Kind {
        /** Typed text. */
        TEXT,
        /** A typed number, checked against the model's bounds. */
        NUMBER,
        /** A tick box. */
        FLAG,
        /** One of a list: an enumeration's values or elements of the project. */
        CHOICE,
        /** Numbers by age (and sex), edited as a {@link NumberTable}. */
        NUMBERS
    }

    /**
     * The values {@code owner}'s field may take, in the order offered: for an optional reference first "none"
     * (null), then the project's elements of the right kind; a scenario's parent never offers the scenario itself or
     * one of its descendants, which would make it its own ancestor.
     */
    public List<Object> choices(EObject owner) {
        List<Object> values = new ArrayList<>();
        if (feature instanceof EReference && feature.getLowerBound() == 0) {
            values.add(null);
        }
        for (Object value : descriptor.getChoiceOfValues(owner)) {
            if (value != null && !values.contains(value) && allowed(owner, value)) {
                values.add(value);
            }
        }
        return values;
    }

    /** The name of a value of this field in {@code locale}: enumeration values from the edit bundle, elements by name. */
    public String textOf(EObject owner, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof EObject element) {
            return ElementNames.of(element, locale);
        }
        if (feature.getEType() instanceof EEnum type && value instanceof Enumerator literal) {
            return EditLabels.in(locale).literal(type, literal);
        }
        if (value instanceof Boolean) {
            return descriptor.getLabelProvider(owner).getText(value);
        }
        return FieldText.of(value);
    }

    /** Whether typing in this field goes through {@link FieldText#parse}. */
    public boolean typed() {
        return kind == Kind.TEXT || kind == Kind.NUMBER;
    }

    public EAttribute attribute() {
        return (EAttribute) feature;
    }

    private boolean allowed(EObject owner, Object value) {
        if (feature == Literals.SCENARIO__PARENT && owner instanceof Scenario scenario) {
            for (Scenario s = (Scenario) value; s != null; s = s.getParent()) {
                if (s == scenario) {
                    return false;
                }
            }
        }
        return true;
    }
}
