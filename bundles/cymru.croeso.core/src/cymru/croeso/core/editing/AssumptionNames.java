package cymru.croeso.core.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.FertilityAssumption;
import cymru.croeso.model.GroupAssumption;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MortalityAssumption;
import cymru.croeso.model.SpecialFlow;

/**
 * Names an assumption the way a planner would say it, since assumptions have no name of their own: where, for
 * whom, and what it is, such as "Cardiff, EU/EEA nationals: international in-migration". Where and whom come first
 * because they tell the 44 flows of a table apart when a column is too narrow to show the whole name.
 */
public final class AssumptionNames {

    private AssumptionNames() {
    }

    public static String of(Assumption assumption, Locale locale) {
        EditingMessages words = EditingMessages.in(locale);
        List<String> whom = new ArrayList<>();
        whom.add(name(assumption.getArea(), words, "assumption.everyArea"));
        if (assumption instanceof GroupAssumption g) {
            whom.add(name(g.getGroup(), words, "assumption.everyGroup"));
        }
        if (assumption instanceof GroupTransition t) {
            whom.add(words.format("assumption.transitionGroups", name(t.getFrom(), words, "assumption.anyGroup"),
                    name(t.getTo(), words, "assumption.anyGroup")));
        }
        String name = words.format("assumption.name", String.join(", ", whom), what(assumption, words));
        return name.substring(0, 1).toUpperCase(words.locale()) + name.substring(1);
    }

    /** What kind of assumption it is: "fertility", "international in-migration", "special flow ‘Syrian resettlement’". */
    public static String what(Assumption assumption, EditingMessages words) {
        return switch (assumption) {
            case FertilityAssumption f -> words.get("assumption.fertility");
            case MortalityAssumption m -> words.get("assumption.mortality");
            case MigrationFlow f -> words.get("assumption.migration." + f.getKind().getLiteral());
            case GroupTransition t -> words.get("assumption.transition");
            case SpecialFlow s -> s.getName() == null || s.getName().isBlank() ? words.get("assumption.specialFlow")
                    : words.format("assumption.namedFlow", s.getName());
            default -> words.getOr("assumption." + assumption.eClass().getName(), assumption.eClass().getName());
        };
    }

    private static String name(org.eclipse.emf.ecore.EObject element, EditingMessages words, String noneKey) {
        return element == null ? words.get(noneKey) : ElementNames.of(element, words.locale());
    }
}
