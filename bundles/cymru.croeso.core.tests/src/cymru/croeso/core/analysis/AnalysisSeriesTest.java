package cymru.croeso.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.ServiceDefaults;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.PlanningArea;
import cymru.croeso.model.Project;
import cymru.croeso.model.SchoolCapacity;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.Services;
import cymru.croeso.model.YearGroup;

/** The service charts' and comparison chart's numbers for Cardiff, against figures worked out independently. */
class AnalysisSeriesTest {
    private static final String CARDIFF = "W06000015";
    /** Welsh Government 2014-based household projections, Cardiff, 2014 (the sample's hh_w_2014-2039.csv). */
    private static final double CARDIFF_HOUSEHOLDS_2014 = 147_582.039185;
    private static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private static Project project;
    private static ScenarioRun principal;
    private static ScenarioRun high;

    @BeforeAll
    static void run() {
        project = SampleProject.cymru();
        Services services = F.createServices();
        project.setServices(services);
        services.getSchoolEstates().add(estate(area(CARDIFF), 100));
        EsolProvider college = F.createEsolProvider();
        college.setName("College");
        college.setArea(area(CARDIFF));
        college.setPlaces(200);
        services.getEsolProviders().add(college);
        ScenarioRunner runner = new ScenarioRunner(project);
        principal = runner.run(project.getScenarios().get(0));
        high = runner.run(project.getScenarios().get(1));
    }

    @Test
    void schoolPlacesByPhaseAreTheEstatesYearGroupsAddedUp() {
        AreaServices s = AreaServices.of(principal, principal, CARDIFF);
        assertTrue(s.schoolEstate());
        // 100 places in each year group: nursery 1 group, primary reception + years 1-6 = 7, secondary 7-11 = 5,
        // sixth form 12-13 = 2
        double[] expected = { 100, 700, 500, 200 };
        for (SchoolPhase phase : SchoolPhase.values()) {
            for (int y = 0; y < s.years(); y++) {
                assertEquals(expected[phase.ordinal()], s.schoolPlaces()[phase.ordinal()][y], 1e-9, phase + " " + y);
            }
        }
        // Cardiff has about 4,000 children of each school age, so primary pupils are several times its 700 places
        assertTrue(s.pupils()[SchoolPhase.PRIMARY.ordinal()][0] > 20_000, "primary pupils " + s.pupils()[1][0]);
    }

    @Test
    void esolLearnersAreTheFewerOfSeekersAndPlaces() {
        AreaServices s = AreaServices.of(principal, principal, CARDIFF);
        assertTrue(s.esolProviders());
        for (int y = 0; y < s.years(); y++) {
            assertEquals(200, s.esolPlaces()[y], 1e-9);
            assertEquals(Math.min(200, s.esolSeeking()[y]), s.esolServed()[y], 1e-9);
            assertTrue(s.esolSeeking()[y] > 0);
        }
        assertTrue(!AreaServices.of(principal, principal, "W06000011").esolProviders(), "Swansea has no provider");
    }

    @Test
    void householdsMatchThePublishedProjectionInTheCalibrationYearAndNeedDwellingsForVacancy() {
        AreaServices s = AreaServices.of(principal, principal, CARDIFF);
        assertEquals(CARDIFF_HOUSEHOLDS_2014, s.households()[2014 - s.firstYear()], 1);
        double factor = 1 / (1 - ServiceDefaults.VACANCY_RATE - ServiceDefaults.SECOND_HOMES_RATE);
        for (int y = 0; y < s.years(); y++) {
            assertEquals(s.households()[y] * factor, s.dwellingsNeeded()[y], 1e-6 * s.households()[y], "year " + y);
            assertEquals(0, s.dwellingsAvailable()[y], 1e-9, "the sample records no dwelling stock");
        }
        assertTrue(!s.housingStock());
    }

    @Test
    void populationLinesAreEachScenariosAreaTotalAndTheDifferenceIsTheirSubtraction() {
        ScenarioLines lines = ScenarioLines.compare(List.of(principal, high), List.of(principal, principal), CARDIFF,
                ComparedMeasure.POPULATION);
        GroupTrend a = GroupTrend.of(principal.result(), CARDIFF);
        GroupTrend b = GroupTrend.of(high.result(), CARDIFF);
        assertEquals(List.of(principal.id(), high.id()), lines.scenarioIds());
        assertEquals(a.firstYear(), lines.firstYear());
        assertEquals(a.lastYear(), lines.lastYear());
        for (int year = lines.firstYear(); year <= lines.lastYear(); year++) {
            int y = year - lines.firstYear();
            assertEquals(a.total(year), lines.values()[0][y], 1e-6);
            assertEquals(b.total(year), lines.values()[1][y], 1e-6);
            assertEquals(b.total(year) - a.total(year), lines.differences()[1][y], 1e-6);
            assertEquals(0, lines.differences()[0][y], 1e-9);
        }
        assertEquals(345_442, lines.values()[0][0], 1e-6, "both start from Cardiff's mid-2011 estimate");
        assertEquals(0, lines.differences()[1][0], 1e-6);
        assertTrue(lines.differences()[1][lines.years() - 1] > 1000, "high migration should add people by the end");
    }

    @Test
    void aServiceGapIsCapacityLessDemandPerScenario() {
        ScenarioLines gaps = ScenarioLines.compare(List.of(principal, high), List.of(principal, principal), CARDIFF,
                ComparedMeasure.ESOL_GAP);
        AreaServices a = AreaServices.of(principal, principal, CARDIFF);
        AreaServices b = AreaServices.of(high, principal, CARDIFF);
        for (int y = 0; y < gaps.years(); y++) {
            assertEquals(a.esolPlaces()[y] - a.esolSeeking()[y], gaps.values()[0][y], 1e-9);
            assertEquals(b.esolPlaces()[y] - b.esolSeeking()[y], gaps.values()[1][y], 1e-9);
            assertEquals(gaps.values()[1][y] - gaps.values()[0][y], gaps.differences()[1][y], 1e-9);
        }
        ScenarioLines schools = ScenarioLines.compare(List.of(principal, high), List.of(principal, principal), CARDIFF,
                ComparedMeasure.SCHOOL_PLACES_GAP);
        double surplus = 0;
        for (SchoolPhase phase : SchoolPhase.values()) {
            surplus += a.schoolPlaces()[phase.ordinal()][3] - a.pupils()[phase.ordinal()][3];
        }
        assertEquals(surplus, schools.values()[0][3], 1e-6);
    }

    @Test
    void aComparisonNeedsTwoScenariosAndAKnownArea() {
        assertThrows(ScenarioProblem.class, () -> ScenarioLines.compare(List.of(principal), List.of(principal), CARDIFF,
                ComparedMeasure.POPULATION));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioLines.compare(List.of(principal, high), List.of(principal, principal), "X99",
                        ComparedMeasure.POPULATION));
        assertTrue(e.getMessage().contains("X99"), e.getMessage());
    }

    private static Area area(String code) {
        return project.getAreas().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static SchoolEstate estate(Area area, int placesPerYearGroup) {
        SchoolEstate estate = F.createSchoolEstate();
        estate.setName("Schools");
        estate.setArea(area);
        PlanningArea unit = F.createPlanningArea();
        unit.setCode("Schools");
        unit.setArea(area);
        unit.setPhase(cymru.croeso.model.SchoolPhase.ALL_THROUGH);
        for (YearGroup yg : YearGroup.VALUES) {
            SchoolCapacity c = F.createSchoolCapacity();
            c.setYearGroup(yg);
            c.setFromYear(2000);
            c.setPlaces(placesPerYearGroup);
            unit.getCapacities().add(c);
        }
        estate.getUnits().add(unit);
        return estate;
    }
}
