package cymru.croeso.core.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.engine.services.GpRegistrationDemand;
import cymru.croeso.engine.services.HousingDemand;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.ServiceDemand;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.GpPractice;

/**
 * Changing a service figure in the model changes the demand worked out from it, as worked by hand on
 * {@link AdultsProject}: 1,000 UK-born and 500 migrant adults in area A in every year 2020–2025.
 */
class ServiceFiguresInDemandTest {
    private static final double EPS = 1e-9;
    private static final int A = 0;

    /**
     * Defaults: new learners = 500 × 0.27 × 0.1 = 13.5 a year (UK-born: 1,000 × 0 × 0.1 = 0). With the
     * limited-English share of non-UK-born adults at 0.5 and uptake at 0.2: 500 × 0.5 × 0.2 = 50 a year, all served
     * by 1,000 places; the provider gives no hours or cost, so the figures' 100 hours at £8 apply: 50 × 100 × 8 =
     * £40,000 a year.
     */
    @Test
    void esolFiguresSetLearnersHoursAndCost() {
        AdultsProject p = new AdultsProject(false);
        EsolProvider college = AdultsProject.F.createEsolProvider();
        college.setName("college");
        college.setArea(p.a);
        college.setPlaces(1000);
        p.project.getServices().getEsolProviders().add(college);
        EsolDemand before = p.demand(p.principal).esol();
        p.figures.setNonUkBornLimitedEnglishShare(0.5);
        p.figures.setEsolUptakeRate(0.2);
        p.figures.setEsolGuidedHoursPerLearner(100);
        p.figures.setEsolCostPerGuidedHour(8);
        EsolDemand after = p.demand(p.principal).esol();
        for (int year = 2020; year <= 2025; year++) {
            assertEquals(500 * 0.27, before.get(EsolDemand.Measure.ADULTS_LIMITED_ENGLISH, year, A), EPS);
            assertEquals(13.5, before.get(EsolDemand.Measure.NEW_LEARNERS, year, A), EPS);
            assertEquals(250, after.get(EsolDemand.Measure.ADULTS_LIMITED_ENGLISH, year, A), EPS);
            assertEquals(50, after.get(EsolDemand.Measure.NEW_LEARNERS, year, A), EPS);
            assertEquals(50, after.get(EsolDemand.Measure.LEARNERS_SERVED, year, A), EPS);
            assertEquals(5_000, after.get(EsolDemand.Measure.GUIDED_HOURS, year, A), EPS);
            assertEquals(40_000, after.cost(year, A), EPS);
        }
    }

    /**
     * No places, 50 new learners a year (as above) and half the waiting list giving up each year: seeking a place is
     * 50 in 2020, 50 + 25 = 75 in 2021, 50 + 37.5 = 87.5 in 2022.
     */
    @Test
    void theDropOutFigureShrinksTheWaitingList() {
        AdultsProject p = new AdultsProject(false);
        p.figures.setNonUkBornLimitedEnglishShare(0.5);
        p.figures.setEsolUptakeRate(0.2);
        p.figures.setEsolWaitingListDropOut(0.5);
        EsolDemand esol = p.demand(p.principal).esol();
        assertEquals(50, esol.get(EsolDemand.Measure.SEEKING_PLACE, 2020, A), EPS);
        assertEquals(75, esol.get(EsolDemand.Measure.SEEKING_PLACE, 2021, A), EPS);
        assertEquals(87.5, esol.get(EsolDemand.Measure.SEEKING_PLACE, 2022, A), EPS);
        assertEquals(87.5, esol.unmetDemand(2022, A), EPS);
    }

    /**
     * 1,500 people, 10 % in communal establishments: 1,350 in households; 40 % of them represent a household (no
     * household projections to calibrate to): 540 households, of which UK-born 900 × 0.4 = 360 (30 % renting: 108)
     * and migrants 450 × 0.4 = 180 (50 % renting: 90). Dwellings needed = 540 ÷ (1 − 0.05 − 0.03) = 586.9565….
     */
    @Test
    void housingFiguresSetHouseholdsDwellingsAndTenure() {
        AdultsProject p = new AdultsProject(false);
        HousingDemand before = p.demand(p.principal).housing();
        p.figures.setInstitutionalRate(0.1);
        p.figures.setHeadshipRateAdult(0.4);
        p.figures.setVacancyRate(0.05);
        p.figures.setSecondHomesRate(0.03);
        p.figures.setUkBornRentingShare(0.3);
        p.figures.setNonUkBornRentingShare(0.5);
        HousingDemand after = p.demand(p.principal).housing();
        for (int year = 2020; year <= 2025; year++) {
            assertEquals(750, before.households(year, A), EPS); // 1,500 × 0.5
            assertEquals(750 / 0.96, before.get(HousingDemand.Measure.DWELLINGS_NEEDED, year, A), 1e-9);
            assertEquals(150, after.get(HousingDemand.Measure.INSTITUTIONAL_POPULATION, year, A), EPS);
            assertEquals(540, after.households(year, A), EPS);
            assertEquals(540 / 0.92, after.get(HousingDemand.Measure.DWELLINGS_NEEDED, year, A), 1e-9);
            assertEquals(198, after.get(HousingDemand.Measure.RENTING, year, A), EPS);
        }
    }

    /** 1,500 people, 90 % registered: 1,350 against a list of 1,000, so 350 over capacity. */
    @Test
    void theGpRegistrationFigureSetsRegistrations() {
        AdultsProject p = new AdultsProject(false);
        GpPractice practice = AdultsProject.F.createGpPractice();
        practice.setArea(p.a);
        practice.setListCapacity(1000);
        p.project.getServices().getGpPractices().add(practice);
        p.figures.setGpRegistrationRate(0.9);
        GpRegistrationDemand gp = p.demand(p.principal).gp();
        assertEquals(1350, gp.get(GpRegistrationDemand.Measure.REGISTERED, 2023, A), EPS);
        assertEquals(350, gp.get(GpRegistrationDemand.Measure.OVER_CAPACITY, 2023, A), EPS);
    }

    /**
     * 20 migrant children at each age 3 … 15 in 2020. Primary (reception to year 6, ages 4–10): 7 × 20 = 140
     * children; at 95 % participation 133 pupils, of whom 30 % need EAL support: 39.9. Secondary (ages 11–15):
     * 100 children, 95 pupils, 28.5 EAL.
     */
    @Test
    void schoolFiguresSetPupilsAndEalPupils() {
        AdultsProject p = new AdultsProject(true);
        p.figures.setParticipationRate(0.95);
        p.figures.setNonUkBornEalShare(0.3);
        ServiceDemand demand = p.demand(p.principal);
        assertEquals(133, demand.schools().pupils(2020, 0, SchoolPhase.PRIMARY), EPS);
        assertEquals(39.9, demand.schools().ealPupils(2020, 0, SchoolPhase.PRIMARY), EPS);
        assertEquals(95, demand.schools().pupils(2020, 0, SchoolPhase.SECONDARY), EPS);
        assertEquals(28.5, demand.schools().ealPupils(2020, 0, SchoolPhase.SECONDARY), EPS);
    }

    @Test
    void vacancyAndSecondHomesThatLeaveNoRoomAreRefusedWithTheFix() {
        AdultsProject p = new AdultsProject(false);
        p.figures.setVacancyRate(0.6);
        p.figures.setSecondHomesRate(0.4);
        ScenarioProblem problem = assertThrows(ScenarioProblem.class, () -> p.demand(p.principal));
        assertTrue(problem.getMessage().contains("vacancy rate (0.6) and second homes rate (0.4)")
                && problem.getMessage().contains("less than 1"), problem.getMessage());
    }
}
