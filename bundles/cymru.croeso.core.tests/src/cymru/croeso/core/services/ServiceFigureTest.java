package cymru.croeso.core.services;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;

import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.services.EsolAssumptions;
import cymru.croeso.engine.services.GpAssumptions;
import cymru.croeso.engine.services.HousingAssumptions;
import cymru.croeso.engine.services.PlanningArea;
import cymru.croeso.engine.services.SchoolAssumptions;
import cymru.croeso.engine.services.ServiceAssumptions;
import cymru.croeso.engine.services.ServiceDefaults;
import cymru.croeso.model.FigureSource;
import cymru.croeso.model.defaults.DefaultServiceAssumptions;

/** The service figures live in the model, equal the engine's documented defaults, and say which need local values. */
class ServiceFigureTest {

    /** Every figure's default in croeso.ecore is the engine's ServiceDefaults value, so the two cannot drift apart. */
    @Test
    void theModelsDefaultsAreTheEnginesServiceDefaults() {
        // UK-born EAL share has no constant: the engine writes 0 for it in SchoolAssumptions.withDefaults.
        double ukBornEal = SchoolAssumptions.withDefaults(List.of(PlanningArea.whole("p", 0)), new double[4], 2)
                .ealShare()[0];
        Map<String, Double> engine = Map.ofEntries(
                entry("participationRate", ServiceDefaults.PARTICIPATION_RATE),
                entry("nonUkBornEalShare", ServiceDefaults.NON_UK_BORN_EAL_SHARE),
                entry("ukBornEalShare", ukBornEal),
                entry("surplusFlagPercent", ServiceDefaults.SURPLUS_FLAG_PERCENT),
                entry("nonUkBornLimitedEnglishShare", ServiceDefaults.NON_UK_BORN_LIMITED_ENGLISH_SHARE),
                entry("ukBornLimitedEnglishShare", ServiceDefaults.UK_BORN_LIMITED_ENGLISH_SHARE),
                entry("esolUptakeRate", ServiceDefaults.ESOL_UPTAKE_RATE),
                entry("esolWaitingListDropOut", ServiceDefaults.ESOL_WAITING_LIST_DROP_OUT),
                entry("esolGuidedHoursPerLearner", ServiceDefaults.ESOL_GUIDED_HOURS_PER_LEARNER),
                entry("esolCostPerGuidedHour", ServiceDefaults.ESOL_COST_PER_GUIDED_HOUR),
                entry("institutionalRate", ServiceDefaults.INSTITUTIONAL_RATE),
                entry("headshipRateAdult", ServiceDefaults.HEADSHIP_RATE_ADULT),
                entry("vacancyRate", ServiceDefaults.VACANCY_RATE),
                entry("secondHomesRate", ServiceDefaults.SECOND_HOMES_RATE),
                entry("nonUkBornRentingShare", ServiceDefaults.NON_UK_BORN_RENTING_SHARE),
                entry("ukBornRentingShare", ServiceDefaults.UK_BORN_RENTING_SHARE),
                entry("crowdingIndexThreshold", ServiceDefaults.CROWDING_INDEX_THRESHOLD),
                entry("gpRegistrationRate", ServiceDefaults.GP_REGISTRATION_RATE));
        List<EAttribute> figures = DefaultServiceAssumptions.figures();
        assertEquals(engine.keySet(), figures.stream().map(EAttribute::getName).collect(Collectors.toSet()),
                "a figure added to the model (or to ServiceDefaults) needs its counterpart here");
        for (EAttribute figure : figures) {
            assertEquals(engine.get(figure.getName()), (Double) figure.getDefaultValue(), 0, figure.getName());
        }
    }

    /**
     * A project without service figures and one stating them at their defaults give the calculators exactly what the
     * engine's own {@code withDefaults} give (group 0 is the UK-born group in both).
     */
    @Test
    void theAdapterPassesTheModelsFiguresToTheCalculators() {
        AdultsProject stated = new AdultsProject(false);
        AdultsProject unstated = new AdultsProject(false);
        unstated.project.getServices().setAssumptions(null);
        PopulationShape shape = new PopulationShape(List.of("A"), List.of("uk-born", "migrants"), AdultsProject.AGES - 1);
        for (AdultsProject p : List.of(stated, unstated)) {
            ServiceAssumptions in = p.services(p.principal).assumptions();
            EsolAssumptions esol = EsolAssumptions.withDefaults(2, 1, List.of());
            assertArrayEquals(esol.limitedEnglishShare(), in.esol().limitedEnglishShare());
            assertArrayEquals(esol.uptakeRate(), in.esol().uptakeRate());
            assertEquals(esol.dropOutShare(), in.esol().dropOutShare());
            assertEquals(esol.costPerGuidedHour(), in.esol().costPerGuidedHour());
            HousingAssumptions housing = HousingAssumptions.withDefaults(shape, new double[1]);
            assertArrayEquals(housing.institutional(), in.housing().institutional());
            assertArrayEquals(housing.headship(), in.housing().headship());
            assertArrayEquals(housing.vacancyRate(), in.housing().vacancyRate());
            assertArrayEquals(housing.secondHomesRate(), in.housing().secondHomesRate());
            assertArrayEquals(housing.rentingShare(), in.housing().rentingShare());
            assertEquals(housing.crowdingThreshold(), in.housing().crowdingThreshold());
            assertArrayEquals(GpAssumptions.withDefaults(2, new double[1]).registrationRate(),
                    in.gp().registrationRate());
            SchoolAssumptions schools = SchoolAssumptions.withDefaults(List.of(PlanningArea.whole("A", 0)),
                    new double[4], 2);
            assertArrayEquals(schools.participation(), in.schools().participation());
            assertArrayEquals(schools.ealShare(), in.schools().ealShare());
            assertEquals(schools.surplusFlagPercent(), in.schools().surplusFlagPercent());
        }
    }

    @Test
    void aDefaultWithNoPublishedSourceIsFlaggedUntilThePlannerReplacesIt() {
        AdultsProject p = new AdultsProject(false);
        assertTrue(figure(p, "esolUptakeRate").localFigureNeeded());
        assertEquals("None published; illustrative", figure(p, "esolUptakeRate").source());
        assertFalse(figure(p, "nonUkBornRentingShare").localFigureNeeded());
        assertTrue(figure(p, "nonUkBornRentingShare").source().startsWith("Migration in Wales"));
        assertEquals(11, ServiceFigure.list(p.project).stream().filter(ServiceFigure::localFigureNeeded).count());

        p.figures.setEsolUptakeRate(0.15); // the planner's own figure, source not recorded
        assertFalse(figure(p, "esolUptakeRate").localFigureNeeded());
        assertNull(figure(p, "esolUptakeRate").source());
        assertEquals(0.15, figure(p, "esolUptakeRate").value());
        assertEquals(0.1, figure(p, "esolUptakeRate").standard());

        FigureSource checked = AdultsProject.F.createFigureSource();
        checked.setFigure("vacancyRate");
        checked.setSource("Council tax base, 2024: 3 % empty");
        p.figures.getFigureSources().add(checked); // the default confirmed locally
        assertFalse(figure(p, "vacancyRate").localFigureNeeded());
        assertEquals("Council tax base, 2024: 3 % empty", figure(p, "vacancyRate").source());
        checked.setLocalFigureNeeded(true); // or still to be found out
        assertTrue(figure(p, "vacancyRate").localFigureNeeded());
    }

    private static ServiceFigure figure(AdultsProject p, String name) {
        return ServiceFigure.list(p.project).stream().filter(f -> f.figure().getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
