package cymru.croeso.core.workshop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.project.SessionSettings;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.model.Area;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;

class WorkshopTest {
    private static final String CARDIFF = "W06000015";
    /** The sample's refugee group is the fifth (UK-born, EU/EEA, third country, asylum seekers, refugees, students). */
    private static final int REFUGEES = 4;

    private static Project project;
    private static WorkshopArea cardiff;

    @BeforeAll
    static void setUp() {
        project = SampleProject.cymru();
        cardiff = WorkshopArea.of(project, principal(project), area(project));
    }

    private static Area area(Project p) {
        return p.getAreas().stream().filter(a -> a.getCode().equals(CARDIFF)).findFirst().orElseThrow();
    }

    private static Scenario principal(Project p) {
        return p.getScenarios().get(0);
    }

    private static double[] slice(double[][] totals, int g) {
        return totals[g];
    }

    @Test
    void theOneAreaBaselineIsCardiffInTheWholeProjection() {
        // the sample has no migration between areas, so Cardiff projected alone is Cardiff projected with Wales
        GroupTrend whole = GroupTrend.of(new ScenarioRunner(project).run(principal(project)).result(), CARDIFF);
        WorkshopResult alone = cardiff.baselineResult();
        assertEquals(whole.firstYear(), alone.firstYear());
        for (int g = 0; g < whole.totals().length; g++) {
            assertArrayEquals(whole.totals()[g], slice(alone.groupTotals(), g), 1e-6, "group " + g);
        }
        assertEquals(345_442, alone.total(0), 1e-6);
    }

    @Test
    void baselineSettingsReproduceTheBaselineAndTheProjectIsUntouched() {
        int scenarios = project.getScenarios().size();
        int flows = project.getAssumptions().getSpecialFlows().size();
        WorkshopResult live = cardiff.run(WorkshopSettings.BASELINE);
        for (int g = 0; g < live.groupTotals().length; g++) {
            assertArrayEquals(cardiff.baselineResult().groupTotals()[g], live.groupTotals()[g], 1e-6);
        }
        assertArrayEquals(cardiff.baselineResult().esolApplicants(), live.esolApplicants(), 1e-9);
        assertArrayEquals(cardiff.baselineResult().esolWaiting(), live.esolWaiting(), 1e-9);
        assertEquals(scenarios, project.getScenarios().size());
        assertEquals(flows, project.getAssumptions().getSpecialFlows().size());
    }

    @Test
    void noInternationalMigrationLeavesTheBornAbroadWithoutNewcomers() {
        WorkshopResult none = cardiff.run(new WorkshopSettings(0, 0, 0));
        WorkshopResult base = cardiff.baselineResult();
        int last = base.years() - 1;
        // the sample's only flows are arrivals from abroad, so fewer arrivals can only mean fewer people born abroad
        assertTrue(none.bornAbroad(last) < base.bornAbroad(last) - 1000, none.bornAbroad(last) + " vs " + base.bornAbroad(last));
        assertEquals(base.total(0), none.total(0), 1e-6);
        WorkshopResult double_ = cardiff.run(new WorkshopSettings(2, 0, 0));
        // arrivals × 2 add (about) as many people again as the baseline's arrivals did over × 0
        double added = base.bornAbroad(last) - none.bornAbroad(last);
        assertEquals(2 * added, double_.bornAbroad(last) - none.bornAbroad(last), 0.02 * added);
    }

    @Test
    void aResettlementIntakeAddsAtMostThePeopleWhoArriveToTheRefugeeGroup() {
        WorkshopResult base = cardiff.baselineResult();
        WorkshopResult intake = cardiff.run(new WorkshopSettings(1, 100, 0));
        int last = base.years() - 1;
        int arrivalYears = last; // every projected year, from the first after the base year to the end year
        double refugees = intake.groupTotals()[REFUGEES][last] - base.groupTotals()[REFUGEES][last];
        assertTrue(refugees <= 100 * arrivalYears + 1e-6, refugees + " > " + 100 * arrivalYears);
        // deaths over at most 28 years among a young intake cannot take more than a tenth of them
        assertTrue(refugees >= 0.9 * 100 * arrivalYears, String.valueOf(refugees));
        assertEquals(base.groupTotals()[REFUGEES][0], intake.groupTotals()[REFUGEES][0], 1e-9);
    }

    @Test
    void esolPlacesAreAddedFromTheFirstProjectedYearAndShortenTheQueue() {
        WorkshopResult base = cardiff.baselineResult();
        WorkshopResult more = cardiff.run(new WorkshopSettings(1, 0, 300));
        assertEquals(base.esolPlaces()[0], more.esolPlaces()[0], 1e-9);
        for (int y = 1; y < base.years(); y++) {
            assertEquals(base.esolPlaces()[y] + 300, more.esolPlaces()[y], 1e-9, "year " + (base.firstYear() + y));
            // applicants are people; places do not change how many apply, only how many are left waiting
            assertEquals(base.esolApplicants()[y], more.esolApplicants()[y], 1e-9);
            assertTrue(more.esolWaiting()[y] <= base.esolWaiting()[y] + 1e-9);
        }
        // the sample's (illustrative) places meet the base year's applicants; 300 more serve up to 300 of those the
        // baseline leaves waiting in the first projected year
        assertTrue(base.esolPlaces()[0] > 0, "the sample records ESOL places for Cardiff");
        assertEquals(Math.max(0, base.esolWaiting()[1] - 300), more.esolWaiting()[1], 1e-6);
        assertArrayEquals(base.groupTotals()[0], more.groupTotals()[0], 1e-9);
    }

    @Test
    void settingsOutsideTheSlidersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WorkshopSettings(3.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new WorkshopSettings(1, -1, 0));
        assertEquals(1.5, WorkshopLever.MIGRATION.valueAt(15));
        assertEquals(0.3, WorkshopLever.MIGRATION.valueAt(3));
    }

    @Test
    void aSnapshotIsAChildScenarioThatReproducesTheRoomsChartsAndOneUndoRemovesIt(@TempDir Path dir) throws Exception {
        Project sample = SampleProject.cymru();
        sample.setServices(null); // without services, saving the snapshot creates them and one undo removes them
        try (ProjectSession session = ProjectSession.create(dir.resolve("p.croeso"), sample,
                SessionSettings.autosaveOnDemand())) {
            Project p = session.project();
            session.save();
            Area area = area(p);
            Scenario baseline = principal(p);
            WorkshopSettings settings = new WorkshopSettings(1.5, 200, 300);
            int scenarios = p.getScenarios().size();
            int flows = p.getAssumptions().getSpecialFlows().size();
            assertNull(p.getServices());
            String id = WorkshopScenario.nextId(p);
            assertEquals("workshop-1", id);
            Command command = WorkshopScenario.create(session.editingDomain(), p, baseline, area, settings, id,
                    WorkshopScenario.describe(area.getNameEn(), settings));
            assertTrue(session.execute(command));
            Scenario saved = WorkshopScenario.scenarioOf(command);
            assertEquals(scenarios + 1, p.getScenarios().size());
            assertSame(baseline, saved.getParent());
            assertEquals("Cardiff: migration \u00d7 1.5, 200 resettled a year, +300 ESOL places", saved.getName());
            assertEquals(1, saved.getEnabledActions().size());
            assertEquals("workshop-2", WorkshopScenario.nextId(p));

            // what the room saw is what the saved scenario gives when the whole project runs
            WorkshopResult live = WorkshopArea.of(p, baseline, area).run(settings);
            ScenarioRunner runner = new ScenarioRunner(p);
            ScenarioRun run = runner.run(saved);
            GroupTrend trend = GroupTrend.of(run.result(), CARDIFF);
            for (int g = 0; g < trend.totals().length; g++) {
                assertArrayEquals(trend.totals()[g], live.groupTotals()[g], 1e-6, "group " + g);
            }
            EsolDemand esol = ScenarioServices.of(run, runner.run(baseline)).demand(run).esol();
            int a = run.result().shape().areaCodes().indexOf(CARDIFF);
            for (int y = 0; y < live.years(); y++) {
                int year = live.firstYear() + y;
                assertEquals(esol.get(EsolDemand.Measure.PLACES, year, a), live.esolPlaces()[y], 1e-6, "places " + year);
                assertEquals(esol.get(EsolDemand.Measure.NEW_LEARNERS, year, a), live.esolApplicants()[y], 1e-6, "applying " + year);
                assertEquals(esol.unmetDemand(year, a), live.esolWaiting()[y], 1e-6, "waiting " + year);
            }

            session.undo();
            assertEquals(scenarios, p.getScenarios().size());
            assertEquals(flows, p.getAssumptions().getSpecialFlows().size());
            assertNull(p.getServices());
            assertNull(p.getStrategy());
            assertFalse(session.isDirty());
        }
    }
}
