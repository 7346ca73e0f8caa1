package cymru.croeso.core.strategy;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.SchoolUnit;
import cymru.croeso.model.SpecialFlow;

/**
 * What an action's effect can change, by its target (the same pairs the model's rule {@code subjectMatchesTarget}
 * checks and the scenario resolver applies): ESOL places change at an ESOL provider, school places at a school or
 * planning area, a rate on an ESOL need's uptake or a migration rate, a flow on a migration flow or special flow.
 */
public final class EffectSubjects {

    private EffectSubjects() {
    }

    /** The project's elements an effect on {@code target} can name, in the order the project holds them. */
    public static List<EObject> candidates(Project project, EffectTarget target) {
        List<EObject> out = new ArrayList<>();
        project.eAllContents().forEachRemaining(o -> {
            if (fits(target, o)) {
                out.add(o);
            }
        });
        return out;
    }

    static boolean fits(EffectTarget target, EObject o) {
        return switch (target) {
            case ESOL_PLACES -> o instanceof EsolProvider;
            case SCHOOL_PLACES -> o instanceof SchoolUnit;
            case RATE -> o instanceof EsolNeed || o instanceof MigrationRate;
            case FLOW -> o instanceof MigrationFlow || o instanceof SpecialFlow;
        };
    }

    /** The effect's reference that holds a subject of this kind. */
    public static EReference feature(EObject subject) {
        return switch (subject) {
            case EsolProvider p -> Literals.EFFECT__ESOL_PROVIDER;
            case SchoolUnit s -> Literals.EFFECT__SCHOOL;
            case EsolNeed n -> Literals.EFFECT__ESOL_NEED;
            default -> Literals.EFFECT__ASSUMPTION;
        };
    }

    /** Every reference an effect names its subject by. */
    public static List<EReference> features() {
        return List.of(Literals.EFFECT__ESOL_PROVIDER, Literals.EFFECT__SCHOOL, Literals.EFFECT__ESOL_NEED,
                Literals.EFFECT__ASSUMPTION);
    }

    /** A subject named for a planner: "Cardiff and Vale College", "International in, EU/EEA nationals, Cardiff". */
    public static String label(EObject subject, StrategyWords words) {
        String text = switch (subject) {
            case EsolProvider p -> join(p.getName(), area(p.getArea(), words));
            case SchoolUnit s -> s.getName() != null && !s.getName().isBlank() ? s.getName() : s.getCode();
            case EsolNeed n -> join(words.get("subject.esolNeed"), group(n.getGroup(), words), area(n.getArea(), words));
            case SpecialFlow f -> join(f.getName(), area(f.getArea(), words));
            case MigrationFlow f -> join(words.get("migration." + f.getKind().getLiteral()), group(f.getGroup(), words),
                    area(f.getArea(), words));
            default -> subject.eClass().getName();
        };
        return text == null || text.isBlank() ? subject.eClass().getName() : text;
    }

    private static String area(Area area, StrategyWords words) {
        return area == null ? words.get("subject.everyArea") : words.name(area.getNameEn(), area.getNameCy(), area.getCode());
    }

    private static String group(PopulationGroup group, StrategyWords words) {
        return group == null ? words.get("subject.everyGroup") : words.name(group.getNameEn(), group.getNameCy(), group.getId());
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append(part);
            }
        }
        return text.toString();
    }
}
