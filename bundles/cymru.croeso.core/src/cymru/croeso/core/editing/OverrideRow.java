package cymru.croeso.core.editing;

import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;

/**
 * One line of the scenario editor: a change to an assumption, what the assumption is in the parent scenario in the
 * change's first year, and what it is in this scenario.
 *
 * @param override   the change
 * @param owner      the scenario that makes it: this one, or an ancestor it inherits the change from
 * @param inherited  whether the owner is an ancestor, so the change is edited there
 * @param assumption the name of the assumption changed ("" when the change names none)
 * @param inParent   the assumption's level in the parent scenario (the project's assumptions for a baseline)
 * @param here       its level in this scenario
 */
public record OverrideRow(ScenarioOverride override, Scenario owner, boolean inherited, String assumption,
        AssumptionLevel inParent, AssumptionLevel here) {
}
