package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.solver.NetMigrationPlacement;
import cymru.croeso.engine.solver.ReplacementMigration;
import cymru.croeso.model.Project;
import cymru.croeso.model.files.ProjectFiles;

/** The uncertainty and solve commands on the (projectable) sample. */
class UncertaintyAndSolveCommandsTest extends CliTestBase {
    @TempDir
    static Path shared;
    static Path sample;

    @BeforeAll
    static void writeSample() throws Exception {
        sample = shared.resolve("cymru.croeso");
        ProjectFiles.save(SampleProjects.projectable(), sample);
    }

    @Test
    void theSameSeedGivesTheSameFanAndPercentilesAreOrdered() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        for (Path f : new Path[] {a, b}) {
            assertEquals(0, cli(Cli.standardCommands(), "uncertainty", "--project", sample.toString(), "--scenario",
                    "principal", "--draws", "200", "--seed", "1", "--measure", "working-age", "--out", f.toString()),
                    err());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Csv fan = Csv.read(a);
        assertEquals(java.util.List.of("measure", "year", "p5", "p25", "p50", "p75", "p95"), fan.header());
        assertEquals(2040 - 2011 + 1, fan.rows().size());
        for (String[] row : fan.rows()) {
            assertTrue(fan.number(row, "p5") <= fan.number(row, "p25") && fan.number(row, "p25") <= fan.number(row, "p50")
                    && fan.number(row, "p50") <= fan.number(row, "p75") && fan.number(row, "p75") <= fan.number(row, "p95"),
                    String.join(",", row));
        }
        String[] last = fan.rows().get(fan.rows().size() - 1);
        assertTrue(fan.number(last, "p95") > fan.number(last, "p5"), "migration varies, so the 2040 fan has width");
        clearOutput();
        assertEquals(1, cli(Cli.standardCommands(), "uncertainty", "--project", sample.toString(), "--scenario",
                "principal", "--migration", "lognormal:1", "--out", a.toString()));
        assertTrue(err().contains("normal:MEAN,SD"), err());
    }

    /** Issue 7's command as written: {@code solve --project P --scenario principal --keep working-age --until 2040}. */
    @Test
    void theSolverAnswerKeepsWorkingAgeWhenProjectedAgainThroughTheRunner() throws Exception {
        assertEquals(0, cli(Cli.standardCommands(), "solve", "--project", sample.toString(), "--scenario", "principal",
                "--keep", "working-age", "--until", "2040"), err());
        Matcher m = Pattern.compile("migration: (-?[\\d,]+) people a year").matcher(out());
        assertTrue(m.find(), out());
        double n = Double.parseDouble(m.group(1).replace(",", ""));
        // Projected again from the runner's inputs: the level within 1 person a year brackets the target.
        Project project = ProjectFiles.load(sample);
        ScenarioRun run = new ScenarioRunner(project).run("principal");
        ReplacementMigration solver = new ReplacementMigration(run.inputs(), NetMigrationPlacement.proportionalToBase(
                run.inputs(), 1, SolveCommand.MIGRANT_PROFILE.schedule(run.inputs().shape().topAge(), 0.5)));
        double base = new ProjectionSummary(run.result()).workingAge(2011, ProjectionSummary.ALL);
        double below = gap(solver, n - 1, base);
        double above = gap(solver, n + 1, base);
        assertTrue(below <= 0 && above >= 0, "working age 2040 minus 2011 at N-1: " + below + ", at N+1: " + above);
        System.out.println("solve: N = " + n + " a year; working-age gap at N-1 " + below + ", at N+1 " + above);
        clearOutput();
        assertEquals(1, cli(Cli.standardCommands(), "solve", "--project", sample.toString(), "--scenario", "principal",
                "--keep", "working-age", "--until", "2041"));
        assertTrue(err().contains("2041") && err().contains("2040"), err());
    }

    private static double gap(ReplacementMigration solver, double perYear, double base) {
        return new ProjectionSummary(CohortComponentProjection.run(solver.inputsWith(perYear)))
                .workingAge(2040, ProjectionSummary.ALL) - base;
    }
}
