package cymru.croeso.core.strategy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cymru.croeso.model.Aim;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.OrganisationKind;
import cymru.croeso.model.Project;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * The edits the strategy editor makes, each one EMF command for the project's command stack (so one Ctrl+Z takes back
 * one edit, however many objects it touches).
 */
public final class StrategyEdits {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private StrategyEdits() {
    }

    /**
     * A new action under {@code aim} (after {@code after} when given), dated the current year, rated green (a new
     * action is on track until someone says otherwise), with an id unique in the project.
     */
    public static Command addAction(EditingDomain domain, Project project, Aim aim, StrategyAction after, int currentYear,
            Locale locale) {
        StrategyAction action = F.createStrategyAction();
        action.setId(uniqueId(project, "action"));
        action.setTitle(StrategyWords.of(locale).get("action.new"));
        action.setStartYear(currentYear);
        action.setEndYear(currentYear);
        action.setStatus(RagStatus.GREEN);
        int index = after == null ? aim.getActions().size() : aim.getActions().indexOf(after) + 1;
        return AddCommand.create(domain, aim, Literals.AIM__ACTIONS, action, index);
    }

    /**
     * A new action under a theme: in its last aim, or in a new aim (with no wording yet) when the theme has none.
     */
    public static Command addAction(EditingDomain domain, Project project, Theme theme, int currentYear, Locale locale) {
        if (!theme.getAims().isEmpty()) {
            return addAction(domain, project, theme.getAims().get(theme.getAims().size() - 1), null, currentYear, locale);
        }
        Aim aim = F.createAim();
        aim.setText("");
        CompoundCommand command = new CompoundCommand(StrategyWords.of(locale).get("command.addAction"));
        command.append(AddCommand.create(domain, theme, Literals.THEME__AIMS, aim));
        StrategyAction action = F.createStrategyAction();
        action.setId(uniqueId(project, "action"));
        action.setTitle(StrategyWords.of(locale).get("action.new"));
        action.setStartYear(currentYear);
        action.setEndYear(currentYear);
        action.setStatus(RagStatus.GREEN);
        aim.getActions().add(action);
        return command;
    }

    /** Removes an action, and with it every scenario's switch for it (a scenario cannot switch on what is gone). */
    public static Command removeAction(EditingDomain domain, StrategyAction action) {
        return DeleteCommand.create(domain, action);
    }

    /** Moves an action to another theme: into its first aim, or a new aim with the old aim's wording when it has none. */
    public static Command moveToTheme(EditingDomain domain, StrategyAction action, Theme theme, Locale locale) {
        Aim from = (Aim) action.eContainer();
        if (from != null && from.eContainer() == theme) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(StrategyWords.of(locale).get("command.moveAction"));
        command.append(RemoveCommand.create(domain, from, Literals.AIM__ACTIONS, action));
        if (theme.getAims().isEmpty()) {
            Aim aim = F.createAim();
            aim.setText(from == null || from.getText() == null ? "" : from.getText());
            command.append(AddCommand.create(domain, theme, Literals.THEME__AIMS, aim));
            command.append(AddCommand.create(domain, aim, Literals.AIM__ACTIONS, action));
        } else {
            command.append(AddCommand.create(domain, theme.getAims().get(0), Literals.AIM__ACTIONS, action));
        }
        return command;
    }

    /**
     * Makes the organisation named {@code name} lead the action: an existing one when a name matches (ignoring case
     * and spaces around it), otherwise a new organisation of kind "other" added to the project in the same command.
     * A blank name clears the lead.
     */
    public static Command setLead(EditingDomain domain, Project project, StrategyAction action, String name, Locale locale) {
        String wanted = name == null ? "" : name.trim();
        if (wanted.isEmpty()) {
            return SetCommand.create(domain, action, Literals.STRATEGY_ACTION__LEAD, SetCommand.UNSET_VALUE);
        }
        Organisation known = organisation(project, wanted);
        if (known != null) {
            return SetCommand.create(domain, action, Literals.STRATEGY_ACTION__LEAD, known);
        }
        Organisation added = F.createOrganisation();
        added.setId(uniqueId(project, slug(wanted)));
        added.setName(wanted);
        added.setKind(OrganisationKind.OTHER);
        CompoundCommand command = new CompoundCommand(StrategyWords.of(locale).get("command.setLead"));
        command.append(AddCommand.create(domain, project, Literals.PROJECT__ORGANISATIONS, added));
        command.append(SetCommand.create(domain, action, Literals.STRATEGY_ACTION__LEAD, added));
        return command;
    }

    /** Replaces the action's partners by {@code partners}, in that order. */
    public static Command setPartners(EditingDomain domain, StrategyAction action, List<Organisation> partners) {
        return SetCommand.create(domain, action, Literals.STRATEGY_ACTION__PARTNERS, List.copyOf(partners));
    }

    /** A new effect on the action: {@code target} from {@code fromYear}, amount 0 and no subject yet. */
    public static Command addEffect(EditingDomain domain, StrategyAction action, EffectTarget target, int fromYear) {
        Effect effect = F.createEffect();
        effect.setTarget(target);
        effect.setFromYear(fromYear);
        return AddCommand.create(domain, action, Literals.STRATEGY_ACTION__EFFECTS, effect);
    }

    /** Changes what an effect changes, clearing a subject of the old kind that no longer fits. */
    public static Command setTarget(EditingDomain domain, Effect effect, EffectTarget target, Locale locale) {
        CompoundCommand command = new CompoundCommand(StrategyWords.of(locale).get("command.setTarget"));
        command.append(SetCommand.create(domain, effect, Literals.EFFECT__TARGET, target));
        for (EReference feature : EffectSubjects.features()) {
            Object subject = effect.eGet(feature);
            if (subject instanceof EObject o && !EffectSubjects.fits(target, o)) {
                command.append(SetCommand.create(domain, effect, feature, SetCommand.UNSET_VALUE));
            }
        }
        return command;
    }

    /** Names the element the effect changes, clearing any other subject it named before. */
    public static Command setSubject(EditingDomain domain, Effect effect, EObject subject, Locale locale) {
        CompoundCommand command = new CompoundCommand(StrategyWords.of(locale).get("command.setSubject"));
        EReference feature = EffectSubjects.feature(subject);
        for (EReference other : EffectSubjects.features()) {
            if (other != feature && effect.eGet(other) != null) {
                command.append(SetCommand.create(domain, effect, other, SetCommand.UNSET_VALUE));
            }
        }
        command.append(SetCommand.create(domain, effect, feature, subject));
        return command;
    }

    /** The project's organisation with this name (ignoring case and surrounding spaces), or null. */
    public static Organisation organisation(Project project, String name) {
        String wanted = name.trim();
        return project.getOrganisations().stream().filter(o -> o.getName() != null && o.getName().trim().equalsIgnoreCase(wanted))
                .findFirst().orElse(null);
    }

    /** An id starting with {@code stem} that no action or organisation in the project has yet: stem-1, stem-2 … */
    static String uniqueId(Project project, String stem) {
        return nextId(takenIds(project), stem);
    }

    /** The ids of the project's actions and organisations (the ids the strategy's objects must not repeat). */
    static Set<String> takenIds(Project project) {
        Set<String> taken = new HashSet<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof StrategyAction a && a.getId() != null) {
                taken.add(a.getId());
            } else if (o instanceof Organisation org && org.getId() != null) {
                taken.add(org.getId());
            }
        });
        return taken;
    }

    /** The first of stem-1, stem-2 … not yet taken, which it then takes. */
    static String nextId(Set<String> taken, String stem) {
        for (int n = 1;; n++) {
            if (taken.add(stem + "-" + n)) {
                return stem + "-" + n;
            }
        }
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "organisation" : s;
    }
}
