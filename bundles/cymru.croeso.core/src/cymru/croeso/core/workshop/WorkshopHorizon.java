package cymru.croeso.core.workshop;

import cymru.croeso.core.scenario.ScenarioResolver;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;

/**
 * The years the sliders act on: from the first projected year (the base year is an estimate, not a choice) to the
 * baseline's end year.
 */
record WorkshopHorizon(int fromYear, int endYear) {
    static WorkshopHorizon of(Project project, Scenario baseline) {
        var resolved = ScenarioResolver.resolve(project, baseline);
        return new WorkshopHorizon(resolved.baseYear() + 1, resolved.endYear());
    }
}
