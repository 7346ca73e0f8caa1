package cymru.croeso.core.scenario;

import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;

/**
 * One scenario projected: what it resolved to, the engine inputs, the result and the capacity its actions add.
 *
 * @param scenario the resolved scenario
 * @param inputs   the engine inputs built from it
 * @param result   the projection
 * @param capacity the per-year capacity its enabled actions add, for the service calculators
 */
public record ScenarioRun(ResolvedScenario scenario, ProjectionInputs inputs, ProjectionResult result,
        CapacityAdjustments capacity) {

    public String id() {
        return scenario.scenario().getId();
    }
}
