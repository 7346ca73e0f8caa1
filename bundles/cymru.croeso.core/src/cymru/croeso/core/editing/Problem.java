package cymru.croeso.core.editing;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One validation problem of the project, with where to go to fix it.
 *
 * @param severity {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}
 * @param message  what is wrong and the fix, naming the element and field, in the user's language
 * @param element  the element at fault
 * @param feature  its field at fault, or null
 * @param index    for numbers by age, the position of the first bad number; else −1
 */
public record Problem(int severity, String message, EObject element, EStructuralFeature feature, int index) {

    public boolean isError() {
        return severity >= Diagnostic.ERROR;
    }
}
