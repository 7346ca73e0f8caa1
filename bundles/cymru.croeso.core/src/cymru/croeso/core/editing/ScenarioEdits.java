package cymru.croeso.core.editing;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.StrategyAction;

/** The scenario editor's edits as undoable commands: add and remove overrides, switch actions on and off. */
public final class ScenarioEdits {

    private ScenarioEdits() {
    }

    /**
     * A new override of {@code target} from the scenario's first year that changes nothing yet (a multiplier of 1),
     * so the planner sees the row and then types the change.
     */
    public static Created addOverride(EditingDomain domain, Project project, Scenario scenario, Assumption target,
            Locale locale) {
        ScenarioOverride override = CroesoFactory.eINSTANCE.createScenarioOverride();
        override.setTarget(target);
        override.setFromYear(new ScenarioAgainstParent(project, scenario, locale).baseYear());
        override.setMode(OverrideMode.MULTIPLIER);
        override.setValue(1);
        return new Created(AddCommand.create(domain, scenario, Literals.SCENARIO__OVERRIDES, override), override);
    }

    /** Removes the scenario's own overrides among {@code overrides}; inherited ones are left to their scenario. */
    public static Command removeOverrides(EditingDomain domain, Scenario scenario, List<ScenarioOverride> overrides) {
        List<ScenarioOverride> own = overrides.stream().filter(o -> o.eContainer() == scenario).toList();
        return RemoveCommand.create(domain, scenario, Literals.SCENARIO__OVERRIDES, own);
    }

    /** Switches {@code action} on or off in {@code scenario}. */
    public static Command switchAction(EditingDomain domain, Scenario scenario, StrategyAction action, boolean on) {
        return on ? AddCommand.create(domain, scenario, Literals.SCENARIO__ENABLED_ACTIONS, action)
                : RemoveCommand.create(domain, scenario, Literals.SCENARIO__ENABLED_ACTIONS, action);
    }
}
