package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cymru.croeso.core.scenario.ResolvedScenario;
import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioResolver;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.files.ProjectFileException;
import cymru.croeso.model.files.ProjectFiles;

/** What the analysis commands share: opening {@code --project}, running a scenario by id, and opening {@code --out}. */
final class ProjectInput {
    private final Project project;
    private final ScenarioRunner runner;

    private ProjectInput(Project project) {
        this.project = project;
        this.runner = new ScenarioRunner(project);
    }

    /** Opens the project file; a bad file is the user's to fix, with ProjectFiles' file:line:column message. */
    static ProjectInput open(Args args) {
        try {
            return new ProjectInput(ProjectFiles.load(args.requiredPath("project")));
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage() + " (--project)", e);
        }
    }

    Project project() {
        return project;
    }

    Scenario scenario(String id) {
        try {
            return ScenarioResolver.find(project, id);
        } catch (ScenarioProblem e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The scenario's horizon, changes and switched-on actions, without projecting it. */
    ResolvedScenario resolve(Scenario scenario) {
        try {
            return ScenarioResolver.resolve(project, scenario);
        } catch (ScenarioProblem e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    ScenarioRun run(Scenario scenario) {
        try {
            return runner.run(scenario);
        } catch (ScenarioProblem e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The run of the scenario's root (the scenario with no parent it descends from). */
    ScenarioRun rootRun(ScenarioRun run) {
        Scenario root = run.scenario().chain().get(0);
        return root == run.scenario().scenario() ? run : run(root);
    }

    /** A writer on {@code --out}, failing with a fix when its folder is missing. */
    static Writer out(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError(AnalysisMessages.format("out.noFolder", parent));
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
