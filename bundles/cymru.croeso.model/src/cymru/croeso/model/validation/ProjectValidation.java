package cymru.croeso.model.validation;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates a project, or any element of one, with EMF's Diagnostician and messages in the user's language.
 */
public final class ProjectValidation {

    private ProjectValidation() {
    }

    /** All problems under {@code element}, worded in {@code locale} (English unless it is Welsh). */
    public static Diagnostic validate(EObject element, Locale locale) {
        ElementLabels labels = ElementLabels.in(locale);
        Diagnostician diagnostician = new Diagnostician() {
            @Override
            public String getObjectLabel(EObject eObject) {
                return labels.getObjectLabel(eObject);
            }
        };
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(EValidator.SubstitutionLabelProvider.class, labels);
        context.put(Locale.class, locale);
        return diagnostician.validate(element, context);
    }
}
