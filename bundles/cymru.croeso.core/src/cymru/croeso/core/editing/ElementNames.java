package cymru.croeso.core.editing;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import cymru.croeso.model.Area;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.SchoolUnit;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.validation.ElementLabels;

/**
 * What the editors call an element in a choice or a row: the name a planner knows it by, in Welsh where the model
 * has one ("Caerdydd"), else the validation messages' label ("ESOL provider 2 in Services").
 */
public final class ElementNames {

    private ElementNames() {
    }

    public static String of(EObject element, Locale locale) {
        boolean welsh = "cy".equals(locale.getLanguage());
        return switch (element) {
            case Area a -> either(welsh ? a.getNameCy() : a.getNameEn(), welsh ? a.getNameEn() : a.getNameCy(), a.getCode());
            case PopulationGroup g -> either(welsh ? g.getNameCy() : g.getNameEn(), welsh ? g.getNameEn() : g.getNameCy(),
                    g.getId());
            case Scenario s -> either(s.getName(), s.getId(), ElementLabels.in(locale).getObjectLabel(s));
            case MigrationSchedule s -> either(s.getName(), s.getId(), ElementLabels.in(locale).getObjectLabel(s));
            case Organisation o -> either(o.getName(), o.getId(), ElementLabels.in(locale).getObjectLabel(o));
            case SchoolUnit u -> either(u.getName(), u.getCode(), ElementLabels.in(locale).getObjectLabel(u));
            case StrategyAction a -> either(a.getTitle(), a.getId(), ElementLabels.in(locale).getObjectLabel(a));
            case Assumption a -> AssumptionNames.of(a, locale);
            default -> ElementLabels.in(locale).getObjectLabel(element);
        };
    }

    private static String either(String first, String second, String last) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : last;
    }
}
