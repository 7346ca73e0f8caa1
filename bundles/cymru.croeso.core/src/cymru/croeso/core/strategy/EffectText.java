package cymru.croeso.core.strategy;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import cymru.croeso.model.Effect;

/** An action's effects in a few words each, as the actions table shows them: "+120 ESOL places from 2027 (Cardiff and Vale College)". */
public final class EffectText {

    private EffectText() {
    }

    /** All of an action's effects, separated by "; ", or empty when it has none. */
    public static String of(List<Effect> effects, StrategyWords words) {
        return effects.stream().map(e -> of(e, words)).collect(Collectors.joining("; "));
    }

    public static String of(Effect effect, StrategyWords words) {
        EObject subject = subject(effect);
        String named = subject == null ? words.get("subject.none") : EffectSubjects.label(subject, words);
        if (effect.getYearGroup() != null && effect.getTarget() == cymru.croeso.model.EffectTarget.SCHOOL_PLACES) {
            named = named + ", " + words.get("yearGroup." + effect.getYearGroup().getLiteral());
        }
        // a rate effect's amount is a fraction (0.1 = 10 points): planners think in points
        double amount = effect.getTarget() == cymru.croeso.model.EffectTarget.RATE ? effect.getAmount() * 100 : effect.getAmount();
        return words.format("effect." + effect.getTarget().getLiteral(), StrategyWords.signed(amount),
                String.valueOf(effect.getFromYear()), named);
    }

    /** The element the effect changes, whichever reference holds it; null when none is set. */
    public static EObject subject(Effect effect) {
        return switch (effect.getTarget()) {
            case ESOL_PLACES -> effect.getEsolProvider();
            case SCHOOL_PLACES -> effect.getSchool();
            case RATE -> effect.getEsolNeed() != null ? effect.getEsolNeed() : effect.getAssumption();
            case FLOW -> effect.getAssumption();
        };
    }
}
