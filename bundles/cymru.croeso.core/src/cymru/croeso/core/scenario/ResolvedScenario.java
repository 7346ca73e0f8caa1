package cymru.croeso.core.scenario;

import java.util.List;
import java.util.Map;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.StrategyAction;

/**
 * A scenario's effective assumptions: the project's assumptions plus the changes its parent chain and enabled
 * actions make to them, over the scenario's horizon.
 *
 * @param project  the project the scenario belongs to
 * @param scenario the scenario
 * @param chain    the scenario and its ancestors, root first
 * @param baseYear the first year of the horizon
 * @param endYear  the last year of the horizon
 * @param changes  per changed assumption, its changes in the order they apply
 * @param actions  the strategy actions switched on, in chain order without repeats
 */
public record ResolvedScenario(Project project, Scenario scenario, List<Scenario> chain, int baseYear, int endYear,
        Map<Assumption, List<AssumptionChange>> changes, List<StrategyAction> actions) {

    public ResolvedScenario {
        chain = List.copyOf(chain);
        changes = Map.copyOf(changes);
        actions = List.copyOf(actions);
    }

    /** The changes to one assumption, oldest rule first; empty when it is used as stated. */
    public List<AssumptionChange> changesOf(Assumption assumption) {
        return changes.getOrDefault(assumption, List.of());
    }
}
