package cymru.croeso.core.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import cymru.croeso.model.Project;
import cymru.croeso.model.validation.ProjectValidation;

/**
 * The project's validation problems (the model's rules and EMF's own checks) as a flat list, errors first, each
 * pointing at the element, field and, for numbers by age, the first bad number.
 */
public final class ProjectProblems {

    private ProjectProblems() {
    }

    public static List<Problem> of(Project project, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        collect(ProjectValidation.validate(project, locale), problems);
        problems.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                List<?> data = diagnostic.getData();
                EObject element = !data.isEmpty() && data.get(0) instanceof EObject e ? e : null;
                EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
                problems.add(new Problem(diagnostic.getSeverity(), diagnostic.getMessage(), element, feature,
                        firstBadNumber(element, feature)));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    /** The position CroesoRules stopped at: the first number that is not finite or lies outside the field's bounds. */
    private static int firstBadNumber(EObject element, EStructuralFeature feature) {
        if (element == null || feature == null || !(element.eGet(feature) instanceof double[] numbers)) {
            return -1;
        }
        Bounds bounds = Bounds.of(feature);
        for (int i = 0; i < numbers.length; i++) {
            if (!bounds.allows(numbers[i])) {
                return i;
            }
        }
        return -1;
    }
}
