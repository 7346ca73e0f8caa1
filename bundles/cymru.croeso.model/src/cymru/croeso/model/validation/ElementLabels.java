package cymru.croeso.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;

/**
 * Names model elements and fields the way a planner would, in English or Welsh, for validation messages:
 * "Area W06000015 (Cardiff)", "Effect 2 in Action A1", "share".
 */
public final class ElementLabels implements EValidator.SubstitutionLabelProvider {

    private static final List<String> IDENTIFIERS = List.of("code", "id");
    private static final List<String> NAMES = List.of("name", "title", "wording", "text");

    private final ValidationMessages messages;

    public ElementLabels(ValidationMessages messages) {
        this.messages = messages;
    }

    /** The labels a validation context carries, or labels in the context's language. */
    public static ElementLabels in(Map<Object, Object> context) {
        Object provider = context == null ? null : context.get(EValidator.SubstitutionLabelProvider.class);
        return provider instanceof ElementLabels labels ? labels : new ElementLabels(ValidationMessages.in(context));
    }

    public ValidationMessages messages() {
        return messages;
    }

    @Override
    public String getObjectLabel(EObject element) {
        String kind = classLabel(element.eClass());
        String identifier = firstText(element, IDENTIFIERS);
        String name = name(element);
        if (identifier != null && name != null && !name.equals(identifier)) {
            return kind + " " + identifier + " (" + name + ")";
        }
        if (identifier != null || name != null) {
            return kind + " " + (identifier != null ? identifier : "\u2018" + name + "\u2019");
        }
        EObject container = element.eContainer();
        if (container == null) {
            return kind;
        }
        if (container.eGet(element.eContainmentFeature()) instanceof List<?> siblings) {
            return messages.format("element.inside", kind, siblings.indexOf(element) + 1, getObjectLabel(container));
        }
        return messages.format("element.only", kind, getObjectLabel(container));
    }

    @Override
    public String getFeatureLabel(EStructuralFeature feature) {
        EClass owner = feature.getEContainingClass();
        return messages.textOr("field." + owner.getName() + "." + feature.getName(), feature.getName());
    }

    @Override
    public String getValueLabel(EDataType dataType, Object value) {
        return String.valueOf(value);
    }

    /** The user's name for a model class, such as "Ardal" for Area in Welsh. */
    public String classLabel(EClass eClass) {
        return messages.textOr("class." + eClass.getName(), eClass.getName());
    }

    private String name(EObject element) {
        boolean welsh = "cy".equals(messages.locale().getLanguage());
        String preferred = text(element, welsh ? "nameCy" : "nameEn");
        if (preferred == null) {
            preferred = text(element, welsh ? "nameEn" : "nameCy");
        }
        return preferred != null ? preferred : firstText(element, NAMES);
    }

    private static String firstText(EObject element, List<String> attributeNames) {
        for (String attributeName : attributeNames) {
            String value = text(element, attributeName);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(EObject element, String attributeName) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(attributeName);
        if (feature instanceof EAttribute && !feature.isMany() && element.eGet(feature) instanceof String value
                && !value.isBlank()) {
            return value;
        }
        return null;
    }

    /** Labels in {@code locale}, for callers outside a validation run. */
    public static ElementLabels in(Locale locale) {
        return new ElementLabels(ValidationMessages.in(locale));
    }
}
