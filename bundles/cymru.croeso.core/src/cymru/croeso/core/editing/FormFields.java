package cymru.croeso.core.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

import cymru.croeso.model.CroesoPackage.Literals;

/**
 * The fields the editors show for an element, driven by its class's features and the edit bundle's labels, so a
 * field added to the model appears without UI code. The order is fixed: identifier and names first, then the
 * model's order (what it applies to, then its numbers).
 */
public final class FormFields {
    /** Shown first, in this order: what a planner recognises an element by. */
    private static final List<String> LEADING = List.of("id", "code", "name", "title", "nameEn", "nameCy", "wording",
            "text");
    /** Kept by Croeso itself: the file format's version is not the planner's to change. */
    private static final Set<EStructuralFeature> HIDDEN = Set.of(Literals.PROJECT__FORMAT_VERSION);

    private FormFields() {
    }

    /**
     * Every field of {@code element} a planner edits, single values and number tables alike, labelled in
     * {@code locale} (the descriptors' own names stay in the language the workbench started in).
     */
    public static List<FormField> of(EObject element, AdapterFactory adapterFactory, Locale locale) {
        EditLabels labels = EditLabels.in(locale);
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
        List<FormField> fields = new ArrayList<>();
        if (source == null) {
            return fields;
        }
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(element)) {
            if (d.getFeature(element) instanceof EStructuralFeature feature && !HIDDEN.contains(feature)
                    && d.canSetProperty(element)) {
                FormField.Kind kind = kind(feature);
                if (kind != null) {
                    fields.add(new FormField(feature, labels.feature(feature), labels.description(feature), kind, d));
                }
            }
        }
        List<FormField> ordered = new ArrayList<>(fields);
        ordered.sort(Comparator.comparingInt(f -> rank(f, fields)));
        return ordered;
    }

    /** The single-valued fields of {@code eClass} (a table's columns), from a fresh instance's descriptors. */
    public static List<FormField> columnsOf(EClass eClass, AdapterFactory adapterFactory, Locale locale) {
        return of(EcoreUtil.create(eClass), adapterFactory, locale).stream().filter(f -> f.kind() != FormField.Kind.NUMBERS)
                .toList();
    }

    private static FormField.Kind kind(EStructuralFeature feature) {
        if (feature.isMany()) {
            return null;
        }
        if (NumberTable.shows(feature)) {
            return FormField.Kind.NUMBERS;
        }
        if (feature instanceof EReference reference) {
            return reference.isContainment() ? null : FormField.Kind.CHOICE;
        }
        Class<?> type = ((EAttribute) feature).getEAttributeType().getInstanceClass();
        if (feature.getEType() instanceof EEnum) {
            return FormField.Kind.CHOICE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return FormField.Kind.FLAG;
        }
        if (type == String.class) {
            return FormField.Kind.TEXT;
        }
        return Number.class.isAssignableFrom(type) || type.isPrimitive() ? FormField.Kind.NUMBER : null;
    }

    private static int rank(FormField field, List<FormField> modelOrder) {
        int leading = LEADING.indexOf(field.feature().getName());
        return leading >= 0 ? leading - LEADING.size() : modelOrder.indexOf(field);
    }
}
