package cymru.croeso.model.defaults;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.ServiceAssumptions;

/**
 * Service assumptions with every figure stated at its default, so that a saved project carries the numbers it was
 * worked out with, and a later Croeso that changes a default does not change the project's results. The defaults
 * and their sources are documented on each figure in croeso.ecore.
 */
public final class DefaultServiceAssumptions {

    /**
     * Figure annotation: detail "source" cites where the default comes from, in brief; "localFigureNeeded" = "true"
     * marks a default with no published source, a starting point to replace with a local figure.
     */
    public static final String FIGURE = "http://croeso.cymru/model/figure";

    private DefaultServiceAssumptions() {
    }

    /** New, uncontained service assumptions with every figure set explicitly to its default. */
    public static ServiceAssumptions create() {
        ServiceAssumptions assumptions = CroesoFactory.eINSTANCE.createServiceAssumptions();
        for (EAttribute figure : figures()) {
            assumptions.eSet(figure, figure.getDefaultValue());
        }
        return assumptions;
    }

    /** The figures: every number of the service assumptions, in the order of the model. */
    public static List<EAttribute> figures() {
        return CroesoPackage.Literals.SERVICE_ASSUMPTIONS.getEAllAttributes().stream()
                .filter(a -> a.getEAttributeType().getInstanceClass() == double.class).toList();
    }

    /** Whether the figure's default is only a starting point with no published source, to be replaced locally. */
    public static boolean defaultNeedsLocalFigure(EAttribute figure) {
        return "true".equals(detail(figure, "localFigureNeeded"));
    }

    /** Where the figure's default comes from, in brief (the model's documentation of the figure says more). */
    public static String sourceOfDefault(EAttribute figure) {
        return detail(figure, "source");
    }

    private static String detail(EAttribute figure, String key) {
        return figure.getEAnnotation(FIGURE) == null ? null : figure.getEAnnotation(FIGURE).getDetails().get(key);
    }
}
