package cymru.croeso.core.scenario;

import java.util.HashMap;
import java.util.Map;

import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;

/**
 * Runs a project's scenarios. {@link #run} gives independent results (for comparisons and exports);
 * {@link #runLive} reuses one projection per shape and horizon, for a facilitator's slider, so its result is only
 * valid until the next live run of the same shape.
 */
public final class ScenarioRunner {
    private final Project project;
    private final Map<Key, CohortComponentProjection> live = new HashMap<>();

    private record Key(PopulationShape shape, int years) {
    }

    public ScenarioRunner(Project project) {
        this.project = project;
    }

    /** Projects the scenario with this id into arrays of its own. */
    public ScenarioRun run(String scenarioId) {
        return run(ScenarioResolver.find(project, scenarioId));
    }

    public ScenarioRun run(Scenario scenario) {
        ResolvedScenario resolved = ScenarioResolver.resolve(project, scenario);
        ProjectionInputs inputs = ProjectionInputsBuilder.build(resolved);
        return new ScenarioRun(resolved, inputs, CohortComponentProjection.run(inputs), CapacityAdjustments.of(resolved));
    }

    /** Projects into a reused projection; the result is overwritten by the next live run of the same shape. */
    public ScenarioRun runLive(Scenario scenario) {
        ResolvedScenario resolved = ScenarioResolver.resolve(project, scenario);
        ProjectionInputs inputs = ProjectionInputsBuilder.build(resolved);
        CohortComponentProjection projection = live.computeIfAbsent(new Key(inputs.shape(), inputs.years()),
                k -> new CohortComponentProjection(k.shape(), k.years()));
        return new ScenarioRun(resolved, inputs, projection.project(inputs), CapacityAdjustments.of(resolved));
    }
}
