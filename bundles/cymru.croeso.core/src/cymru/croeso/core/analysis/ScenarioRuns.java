package cymru.croeso.core.analysis;

import java.util.HashMap;
import java.util.Map;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;

/**
 * A project's scenario runs, each projected once and kept until the project changes ({@link #clear}); safe to use
 * from a background job while the workbench asks for runs too. Each run is independent of the others (not a
 * reused live projection), so a chart may keep one as long as it likes.
 */
public final class ScenarioRuns {
    private final Project project;
    private final Map<Scenario, ScenarioRun> runs = new HashMap<>();
    /** Counts {@link #clear}s, so that a run projected from the project as it was before one is not kept. */
    private long generation;

    public ScenarioRuns(Project project) {
        this.project = project;
    }

    /** The scenario's run, projected now if it is not kept yet. */
    public ScenarioRun run(Scenario scenario) {
        long started;
        synchronized (runs) {
            ScenarioRun kept = runs.get(scenario);
            if (kept != null) {
                return kept;
            }
            started = generation;
        }
        ScenarioRun run = new ScenarioRunner(project).run(scenario);
        synchronized (runs) {
            if (started == generation) {
                runs.putIfAbsent(scenario, run);
                return runs.get(scenario);
            }
            return run;
        }
    }

    /** The run of the scenario's root (the scenario with no parent it descends from): itself for a root. */
    public ScenarioRun root(ScenarioRun run) {
        Scenario root = run.scenario().chain().get(0);
        return root == run.scenario().scenario() ? run : run(root);
    }

    /** Forgets every run: the project has changed. */
    public void clear() {
        synchronized (runs) {
            runs.clear();
            generation++;
        }
    }
}
