package cymru.croeso.core.services;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.FigureSource;
import cymru.croeso.model.Project;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.defaults.DefaultServiceAssumptions;

/**
 * One figure the service calculations use (a rate, share or threshold), read from the project's
 * {@code ServiceAssumptions}: what it is, where it comes from and whether it still needs a local figure, as a
 * board pack or a settings view shows them.
 *
 * @param figure            the model's attribute (its name, such as {@code vacancyRate}, identifies the figure)
 * @param value             the value the calculations use
 * @param standard          the documented default
 * @param source            where the value comes from: the figure's recorded source, or the default's when the value
 *                          is the default; null when the project's own value has no recorded source
 * @param localFigureNeeded whether the value is a placeholder a planner should replace with a local figure
 */
public record ServiceFigure(EAttribute figure, double value, double standard, String source,
        boolean localFigureNeeded) {

    /** The project's service assumptions, or (when it states none) assumptions at every default. */
    public static ServiceAssumptions assumptionsOf(Project project) {
        ServiceAssumptions stated = project.getServices() == null ? null : project.getServices().getAssumptions();
        return stated != null ? stated : CroesoFactory.eINSTANCE.createServiceAssumptions();
    }

    /** Every figure of the project, in the model's order. */
    public static List<ServiceFigure> list(Project project) {
        ServiceAssumptions assumptions = assumptionsOf(project);
        List<ServiceFigure> figures = new ArrayList<>();
        for (EAttribute figure : DefaultServiceAssumptions.figures()) {
            double value = (Double) assumptions.eGet(figure);
            double standard = (Double) figure.getDefaultValue();
            FigureSource recorded = recordedSource(assumptions, figure);
            // A default the model marks as a placeholder stays one until the planner changes it or says otherwise.
            boolean local = recorded != null ? recorded.isLocalFigureNeeded()
                    : value == standard && DefaultServiceAssumptions.defaultNeedsLocalFigure(figure);
            String source = recorded != null && recorded.getSource() != null && !recorded.getSource().isBlank()
                    ? recorded.getSource() : value == standard ? DefaultServiceAssumptions.sourceOfDefault(figure) : null;
            figures.add(new ServiceFigure(figure, value, standard, source, local));
        }
        return figures;
    }

    private static FigureSource recordedSource(ServiceAssumptions assumptions, EAttribute figure) {
        for (FigureSource s : assumptions.getFigureSources()) {
            if (figure.getName().equals(s.getFigure())) {
                return s;
            }
        }
        return null;
    }
}
