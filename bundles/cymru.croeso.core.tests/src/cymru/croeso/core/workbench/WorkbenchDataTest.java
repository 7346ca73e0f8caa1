package cymru.croeso.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.project.SessionSettings;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.model.Area;
import cymru.croeso.model.Project;

class WorkbenchDataTest {
    /** ONS mid-2011 estimate for Cardiff (Nomis NM_2002_1), the figure the sample's totals reproduce. */
    private static final double CARDIFF_2011 = 345_442;

    private static Area cardiff(Project p) {
        return p.getAreas().stream().filter(a -> a.getCode().equals("W06000015")).findFirst().orElseThrow();
    }

    @Test
    void theBasePyramidOfCardiffHoldsItsPublishedTotalSplitIntoGroups() {
        Project p = SampleProject.cymru();
        GroupPyramid pyramid = GroupPyramid.ofBase(p.getBasePopulation(), cardiff(p));
        assertEquals(CARDIFF_2011, pyramid.total(), 1e-6);
        double groups = 0;
        for (int g = 0; g < pyramid.groups().size(); g++) {
            groups += pyramid.groupTotal(g);
        }
        assertEquals(CARDIFF_2011, groups, 1e-6);
        assertEquals(pyramid.total(), pyramid.persons(0, pyramid.topAge()), 1e-6);
        assertEquals(2011, pyramid.year());
    }

    @Test
    void aRunsBaseYearIsTheBasePopulationAndItsTrendAddsUp() {
        Project p = SampleProject.cymru();
        ScenarioRun run = new ScenarioRunner(p).run(p.getScenarios().get(0));
        Area cardiff = cardiff(p);
        GroupPyramid base = GroupPyramid.ofBase(p.getBasePopulation(), cardiff);
        GroupPyramid projected = GroupPyramid.ofRun(run, p.getBasePopulation(), cardiff, 2011);
        for (int g = 0; g < base.groups().size(); g++) {
            assertEquals(base.groupTotal(g), projected.groupTotal(g), 1e-6, "group " + g);
        }
        GroupTrend trend = GroupTrend.of(run.result(), cardiff.getCode());
        assertEquals(2011, trend.firstYear());
        assertEquals(CARDIFF_2011, trend.total(2011), 1e-6);
        assertEquals(GroupPyramid.ofRun(run, p.getBasePopulation(), cardiff, 2030).total(), trend.total(2030), 1e-6);
    }

    @Test
    void theFirstStartCreatesTheProjectFromTheSampleAndTheNextOpensIt(@TempDir Path workspace) throws Exception {
        Path file;
        try (ProjectSession first = UserProject.openOrCreate(workspace.resolve("ws"), SampleProject::cymru,
                SessionSettings.autosaveOnDemand())) {
            file = first.file();
            assertEquals(UserProject.fileIn(workspace.resolve("ws")), file);
            assertTrue(Files.exists(file));
            assertFalse(first.isDirty(), "the sample is saved on first start");
        }
        try (ProjectSession second = UserProject.openOrCreate(workspace.resolve("ws"), () -> {
            throw new AssertionError("the sample must not be built again");
        }, SessionSettings.autosaveOnDemand())) {
            assertEquals("Cymru", second.project().getName());
            assertEquals(22, second.project().getAreas().size());
        }
    }
}
