package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.SchoolCapacity;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.School;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.TotalFertility;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.util.CroesoValidator;
import cymru.croeso.model.validation.ProjectValidation;

class ValidationTest {

    private static final Locale ENGLISH = Locale.UK;
    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    @Test
    void theSampleProjectIsValid() {
        Diagnostic result = ProjectValidation.validate(SampleProjects.small(), ENGLISH);
        assertEquals(Diagnostic.OK, result.getSeverity(), messages(result).toString());
    }

    @Test
    void aProbabilityAboveOneNamesTheTransitionAndTheShare() {
        Project project = SampleProjects.small();
        GroupTransition transition = project.getAssumptions().getTransitions().get(0);
        transition.setShare(1.2);
        Diagnostic problem = only(project, ENGLISH, CroesoValidator.MODEL_ELEMENT__WITHIN_BOUNDS);
        assertEquals("Group transition 1 in Assumptions in Project \u2018Test project\u2019: share is 1.2, but it must be"
                + " between 0 and 1. Enter a value in that range.", problem.getMessage());
        assertSame(transition, problem.getData().get(0));
        assertSame(Literals.GROUP_TRANSITION__SHARE, problem.getData().get(1));
        assertEquals("Symud rhwng grwpiau 1 yn Rhagdybiaethau yn Prosiect \u2018Test project\u2019: mae cyfran yn 1.2, ond"
                + " rhaid iddo fod rhwng 0 a 1. Rhowch werth yn yr ystod honno.",
                only(project, WELSH, CroesoValidator.MODEL_ELEMENT__WITHIN_BOUNDS).getMessage());
    }

    @Test
    void aNegativeCapacityIsReported() {
        Project project = SampleProjects.small();
        SchoolEstate estate = SampleProjects.F.createSchoolEstate();
        estate.setName("Cardiff schools");
        School school = SampleProjects.F.createSchool();
        school.setCode("6812001");
        school.setName("Ysgol Treganna");
        SchoolCapacity capacity = SampleProjects.F.createSchoolCapacity();
        capacity.setPlaces(-5);
        capacity.setFromYear(2025);
        school.getCapacities().add(capacity);
        estate.getUnits().add(school);
        project.getServices().getSchoolEstates().add(estate);
        assertEquals("School capacity 1 in School 6812001 (Ysgol Treganna): places is -5, but it cannot be negative."
                + " Enter zero or more.", only(project, ENGLISH, CroesoValidator.MODEL_ELEMENT__WITHIN_BOUNDS).getMessage());
        assertEquals("Capasiti ysgol 1 yn Ysgol 6812001 (Ysgol Treganna): mae lleoedd yn -5, ond ni all fod yn negatif."
                + " Rhowch sero neu fwy.", only(project, WELSH, CroesoValidator.MODEL_ELEMENT__WITHIN_BOUNDS).getMessage());
    }

    @Test
    void aBadValueInsideAnArrayGivesItsPosition() {
        Project project = SampleProjects.small();
        MigrationRate rate = SampleProjects.F.createMigrationRate();
        rate.setRates(new double[] {0.1, 0.2, 1.5, 2.0});
        project.getAssumptions().getMigration().add(rate);
        String message = only(project, ENGLISH, CroesoValidator.MODEL_ELEMENT__WITHIN_BOUNDS).getMessage();
        assertTrue(message.startsWith("Migration rate 2 in Assumptions in Project \u2018Test project\u2019: rates (number 3)"
                + " is 1.5, but it must be between 0 and 1."), message);
    }

    @Test
    void aNumberThatIsNotFiniteIsReported() {
        Project project = SampleProjects.small();
        TotalFertility tfr = SampleProjects.F.createTotalFertility();
        tfr.setTfr(Double.NaN);
        project.getAssumptions().getFertility().add(tfr);
        String message = only(project, ENGLISH, CroesoValidator.MODEL_ELEMENT__WITHIN_BOUNDS).getMessage();
        assertTrue(message.contains("TFR is not a finite number (NaN)"), message);
    }

    @Test
    void yearsOutOfOrderNameBothFields() {
        Project project = SampleProjects.small();
        SpecialFlow intake = SampleProjects.F.createSpecialFlow();
        intake.setName("Resettlement");
        intake.setFromYear(2030);
        intake.setToYear(2026);
        project.getAssumptions().getSpecialFlows().add(intake);
        assertEquals("Special flow \u2018Resettlement\u2019: from year (2030) is after to year (2026). Put the years in order.",
                only(project, ENGLISH, CroesoValidator.MODEL_ELEMENT__YEARS_ORDERED).getMessage());
        assertEquals("Llif arbennig \u2018Resettlement\u2019: mae o'r flwyddyn (2030) ar \u00f4l hyd at y flwyddyn (2026)."
                + " Rhowch y blynyddoedd yn eu trefn.", only(project, WELSH, CroesoValidator.MODEL_ELEMENT__YEARS_ORDERED).getMessage());
    }

    @Test
    void aScenarioHorizonEndingBeforeItStartsIsReported() {
        Project project = SampleProjects.small();
        project.getScenarios().get(0).setEndYear(2001);
        assertEquals("Scenario baseline (Baseline): base year (2011) is after end year (2001). Put the years in order.",
                only(project, ENGLISH, CroesoValidator.MODEL_ELEMENT__YEARS_ORDERED).getMessage());
    }

    @Test
    void scenarioParentsMustNotLoop() {
        Project project = SampleProjects.small();
        Scenario baseline = project.getScenarios().get(0);
        Scenario higher = project.getScenarios().get(1);
        baseline.setParent(higher);
        List<Diagnostic> loops = all(project, ENGLISH, CroesoValidator.SCENARIO__PARENTS_ACYCLIC);
        assertEquals(2, loops.size(), "both scenarios are in the loop");
        assertEquals("Scenario baseline (Baseline): parent makes the scenario its own ancestor (baseline \u2192 higher \u2192"
                + " baseline). Choose a parent that does not lead back to it.", loops.get(0).getMessage());
    }

    @Test
    void referencesMustStayInsideTheProject() {
        Project project = SampleProjects.small();
        Project other = SampleProjects.small();
        Area elsewhere = other.getAreas().get(1);
        project.getAssumptions().getTransitions().get(0).setArea(elsewhere);
        // The other project must sit in a resource, or EMF reports a dangling reference instead.
        org.eclipse.emf.ecore.resource.ResourceSet resources = cymru.croeso.model.files.ProjectFiles.newResourceSet();
        resources.createResource(org.eclipse.emf.common.util.URI.createURI("a.croeso")).getContents().add(project);
        resources.createResource(org.eclipse.emf.common.util.URI.createURI("b.croeso")).getContents().add(other);
        assertEquals("Group transition 1 in Assumptions in Project \u2018Test project\u2019: area refers to Area W06000022"
                + " (Newport), which is not part of this project. Choose one from this project.",
                only(project, ENGLISH, CroesoValidator.MODEL_ELEMENT__REFERENCES_IN_PROJECT).getMessage());
        assertTrue(only(project, WELSH, CroesoValidator.MODEL_ELEMENT__REFERENCES_IN_PROJECT).getMessage()
                .contains("Ardal W06000022 (Casnewydd)"));
    }

    @Test
    void aGroupDeletedFromTheProjectButStillUsedIsReported() {
        Project project = SampleProjects.small();
        project.getGroups().remove(4); // refugees, still the target of a transition and of a flow
        Diagnostic result = ProjectValidation.validate(project, ENGLISH);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertTrue(messages(result).stream().anyMatch(m -> m.contains("to group")), messages(result).toString());
    }

    @Test
    void theBasePopulationMustFitItsShape() {
        Project project = SampleProjects.small();
        BasePopulation population = project.getBasePopulation();
        population.setValues(new double[35]);
        // 2 areas × 6 groups × 2 sexes × 3 ages = 72 numbers expected.
        assertEquals("Base population in Project \u2018Test project\u2019: values holds 35 numbers, but 2 areas \u00d7 6"
                + " groups \u00d7 2 sexes \u00d7 3 ages need 72. Import the population again or correct the areas, groups"
                + " or top age.", only(project, ENGLISH, CroesoValidator.BASE_POPULATION__SHAPE_MATCHES).getMessage());
    }

    @Test
    void anEffectMustNameWhatItChanges() {
        Project project = SampleProjects.small();
        Effect effect = SampleProjects.F.createEffect();
        effect.setTarget(EffectTarget.FLOW);
        effect.setAmount(50);
        project.getStrategy().getThemes().get(0).getAims().get(0).getActions().get(0).getEffects().add(effect);
        assertEquals("Effect 2 in Action A1 (More ESOL places): target is \u201cflow\u201d, but assumption is not set to"
                + " something that fits. Choose one.",
                only(project, ENGLISH, CroesoValidator.EFFECT__SUBJECT_MATCHES_TARGET).getMessage());
        assertEquals("Effaith 2 yn Cam gweithredu A1 (More ESOL places): targed yw \u201cllif\u201d, ond nid yw rhagdybiaeth"
                + " wedi'i osod i rywbeth addas. Dewiswch un.",
                only(project, WELSH, CroesoValidator.EFFECT__SUBJECT_MATCHES_TARGET).getMessage());
    }

    @Test
    void emfsOwnChecksSpeakWelshToo() {
        Project project = SampleProjects.small();
        project.getAreas().get(1).setCode("W06000015"); // two areas with one code: EMF's duplicate-ID check
        cymru.croeso.model.files.ProjectFiles.newResourceSet()
                .createResource(org.eclipse.emf.common.util.URI.createURI("p.croeso")).getContents().add(project);
        Locale previous = Locale.getDefault();
        try {
            // EMF's built-in messages follow the default locale, as an Eclipse application started with -nl cy sets it.
            Locale.setDefault(WELSH);
            List<String> welsh = messages(ProjectValidation.validate(project, WELSH));
            assertTrue(welsh.stream().anyMatch(m -> m.startsWith("Mae'r dynodydd 'W06000015' ar Ardal W06000015")), welsh.toString());
            Locale.setDefault(ENGLISH);
            List<String> english = messages(ProjectValidation.validate(project, ENGLISH));
            assertTrue(english.stream().anyMatch(m -> m.startsWith("The ID 'W06000015' of 'Area W06000015")), english.toString());
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static Diagnostic only(Project project, Locale locale, int code) {
        List<Diagnostic> found = all(project, locale, code);
        assertEquals(1, found.size(), messages(ProjectValidation.validate(project, locale)).toString());
        return found.get(0);
    }

    private static List<Diagnostic> all(Project project, Locale locale, int code) {
        return ProjectValidation.validate(project, locale).getChildren().stream()
                .filter(d -> CroesoValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == code)
                .toList();
    }

    private static List<String> messages(Diagnostic result) {
        return result.getChildren().stream().map(Diagnostic::getMessage).toList();
    }
}
