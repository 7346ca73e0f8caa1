package cymru.croeso.core.workshop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.project.SessionSettings;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.model.Area;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;

/**
 * The levers of the workshop panel, and asylum dispersal, which a facilitator can add to the first three, on Cardiff
 * in the sample (groups: UK-born, EU/EEA, third country, asylum seekers, refugees, students).
 */
class WorkshopLeversTest {
    private static final String CARDIFF = "W06000015";
    private static final int ASYLUM_SEEKERS = 3;

    private static Project project;
    private static WorkshopArea cardiff;

    @BeforeAll
    static void setUp() {
        project = SampleProject.cymru();
        cardiff = WorkshopArea.of(project, project.getScenarios().get(0), area(project, CARDIFF));
    }

    private static Area area(Project p, String code) {
        return p.getAreas().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyLeverHasAWholeNumberOfStepsAndItsBaselineOnTheSlider() {
        for (WorkshopLever lever : WorkshopLever.values()) {
            assertEquals(lever.max(), lever.valueAt(lever.positions()), 1e-12, lever.name());
            assertEquals(lever.baseline(), lever.valueAt(lever.positionOf(lever.baseline())), 1e-12, lever.name());
            assertEquals(lever.baseline(), WorkshopSettings.BASELINE.value(lever), 0, lever.name());
            // moving one lever leaves the others where they were
            WorkshopSettings moved = WorkshopSettings.BASELINE.with(lever, lever.max());
            for (WorkshopLever other : WorkshopLever.values()) {
                assertEquals(other == lever ? other.max() : other.baseline(), moved.value(other), 0, lever + "/" + other);
            }
        }
        assertEquals(1.5, WorkshopLever.MIGRATION.valueAt(15));
        assertTrue(WorkshopLever.FIRST_PANEL.size() >= WorkshopLever.FEWEST);
        assertTrue(WorkshopLever.values().length > WorkshopLever.FEWEST, "a facilitator has levers to pick from");
    }

    /**
     * 100 asylum seekers a year from the first projected year: in that year the asylum seekers' group gains at most
     * the 100 who arrive (less any who die in their first months), no other group changes that year, and by the end
     * year no more than 100 a year have been added to the two groups they can be in.
     */
    @Test
    void asylumDispersalAddsItsArrivalsToTheAsylumSeekersGroup() {
        WorkshopResult base = cardiff.baselineResult();
        WorkshopResult more = cardiff.run(WorkshopSettings.BASELINE.with(WorkshopLever.ASYLUM_DISPERSAL, 100));
        double first = more.groupTotals()[ASYLUM_SEEKERS][1] - base.groupTotals()[ASYLUM_SEEKERS][1];
        assertTrue(first > 99 && first <= 100 + 1e-9, String.valueOf(first));
        for (int g = 0; g < base.groupTotals().length; g++) {
            assertEquals(base.groupTotals()[g][0], more.groupTotals()[g][0], 1e-9, "base year, group " + g);
            if (g != ASYLUM_SEEKERS) {
                assertEquals(base.groupTotals()[g][1], more.groupTotals()[g][1], 1e-9, "first year, group " + g);
            }
        }
        int last = base.years() - 1;
        double bornAbroad = more.bornAbroad(last) - base.bornAbroad(last);
        assertTrue(bornAbroad <= 100.0 * last + 1e-6, bornAbroad + " > " + 100 * last);
        assertTrue(bornAbroad >= 0.9 * 100 * last, String.valueOf(bornAbroad));
    }

    /** What the room saw with every lever moved is what the saved scenario gives when the whole project runs. */
    @Test
    void aSnapshotWithEveryLeverMovedReproducesTheRoomsFigures(@TempDir Path dir) throws Exception {
        try (ProjectSession session = ProjectSession.create(dir.resolve("p.croeso"), SampleProject.cymru(),
                SessionSettings.autosaveOnDemand())) {
            Project p = session.project();
            Area area = area(p, CARDIFF);
            Scenario baseline = p.getScenarios().get(0);
            WorkshopSettings settings = new WorkshopSettings(1.2, 50, 100, 150);
            Command command = WorkshopScenario.create(session.editingDomain(), p, baseline, area, settings,
                    WorkshopScenario.nextId(p), WorkshopScenario.describe(area.getNameEn(), settings));
            assertTrue(session.execute(command));
            Scenario saved = WorkshopScenario.scenarioOf(command);
            assertEquals("Cardiff: migration \u00d7 1.2, 50 resettled a year, +100 ESOL places,"
                    + " 150 asylum seekers dispersed a year", saved.getName());
            WorkshopResult live = WorkshopArea.of(p, baseline, area).run(settings);
            GroupTrend trend = GroupTrend.of(new ScenarioRunner(p).run(saved).result(), CARDIFF);
            for (int g = 0; g < trend.totals().length; g++) {
                assertArrayEquals(trend.totals()[g], live.groupTotals()[g], 1e-6, "group " + g);
            }
            session.undo();
            assertFalse(p.getScenarios().contains(saved));
        }
    }
}
