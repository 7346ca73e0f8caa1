package cymru.croeso.model.files;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.FertilityAssumption;
import cymru.croeso.model.GroupAssumption;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MortalityAssumption;
import cymru.croeso.model.Project;
import cymru.croeso.model.SpecialFlow;

/**
 * Gives every assumption without an identifier one made from what it is, such as
 * {@code internationalIn-W06000015-eu-eea} or {@code transition-asylum-seekers-refugees}, unique among all the
 * identifiers in the project. Scenario overrides and effects then name their assumption in the file by identifier,
 * not by its position in a list, which changed whenever an assumption was added or removed before it.
 */
public final class AssumptionIds {

    private AssumptionIds() {
    }

    /** Assigns identifiers to the project's assumptions that have none (or a blank one); others are left alone. */
    public static void assignMissing(Project project) {
        if (project.getAssumptions() == null) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (Iterator<EObject> all = project.eAllContents(); all.hasNext();) {
            String id = EcoreUtil.getID(all.next());
            if (id != null && !id.isBlank()) {
                taken.add(id);
            }
        }
        for (EObject child : project.getAssumptions().eContents()) {
            if (child instanceof Assumption assumption && (assumption.getId() == null || assumption.getId().isBlank())) {
                assumption.setId(unique(suggest(assumption), taken));
            }
        }
    }

    /** The identifier that says what the assumption is and where it applies, before making it unique. */
    public static String suggest(Assumption assumption) {
        StringBuilder id = new StringBuilder(switch (assumption) {
            case FertilityAssumption f -> "fertility";
            case MortalityAssumption m -> "mortality";
            case MigrationFlow flow -> flow.getKind().getLiteral();
            case GroupTransition t -> "transition-" + idOf(t.getFrom() == null ? null : t.getFrom().getId()) + "-"
                    + idOf(t.getTo() == null ? null : t.getTo().getId());
            case SpecialFlow s -> s.getName() == null || s.getName().isBlank() ? "intake" : "intake-" + s.getName();
            default -> assumption.eClass().getName();
        });
        if (assumption.getArea() != null) {
            id.append('-').append(idOf(assumption.getArea().getCode()));
        }
        if (assumption instanceof GroupAssumption g && g.getGroup() != null) {
            id.append('-').append(idOf(g.getGroup().getId()));
        }
        return slug(id.toString());
    }

    private static String idOf(String id) {
        return id == null ? "any" : id;
    }

    /** Letters, digits, dots and hyphens only: a file lists several references in one attribute, space-separated. */
    private static String slug(String text) {
        String s = text.strip().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "assumption" : s;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
