package cymru.croeso.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.School;
import cymru.croeso.model.SchoolCapacity;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.defaults.DefaultPopulationGroups;

class ProjectEditsTest {
    private static final Locale EN = Locale.UK;
    private final SampleSession sample = new SampleSession();

    @Test
    void aNewScenarioFromHighMigrationVariesItOverTheSameHorizonAndUndoTakesItAway() {
        Created created = ProjectEdits.newScenario(sample.domain, sample.project, sample.highMigration(), EN);
        sample.stack.execute(created.command());
        Scenario variant = (Scenario) created.element();
        assertEquals(3, sample.project.getScenarios().size());
        assertSame(sample.highMigration(), variant.getParent());
        assertEquals("high-migration-variant", variant.getId());
        assertEquals("Variant of High migration", variant.getName());
        assertEquals(2011, variant.getBaseYear());
        assertEquals(2040, variant.getEndYear());
        Created second = ProjectEdits.newScenario(sample.domain, sample.project, sample.highMigration(), EN);
        assertEquals("high-migration-variant-2", ((Scenario) second.element()).getId(), "ids stay unique");
        sample.stack.undo();
        assertEquals(2, sample.project.getScenarios().size());
    }

    @Test
    void aDuplicateSitsBesideItsOriginalWithItsOwnIdAndTheSameChanges() {
        Created copy = ProjectEdits.duplicate(sample.domain, sample.highMigration(), EN);
        sample.stack.execute(copy.command());
        Scenario duplicate = (Scenario) copy.element();
        assertEquals(2, sample.project.getScenarios().indexOf(duplicate));
        assertEquals("high-migration-copy", duplicate.getId());
        assertEquals("High migration (copy)", duplicate.getName());
        assertSame(sample.principal(), duplicate.getParent());
        assertEquals(44, duplicate.getOverrides().size());
        assertSame(sample.highMigration().getOverrides().get(0).getTarget(), duplicate.getOverrides().get(0).getTarget(),
                "the copy changes the same assumptions, not copies of them");
        assertFalse(ProjectEdits.canDuplicate(sample.project.getAreas().get(0)), "areas are the base population's shape");
    }

    @Test
    void deletingAScenarioMakesItsChildABaselineUntilUndone() {
        Scenario principal = sample.principal();
        sample.stack.execute(ProjectEdits.delete(sample.domain, principal));
        assertEquals(List.of(sample.highMigration()), sample.project.getScenarios());
        assertNull(sample.highMigration().getParent());
        sample.stack.undo();
        assertEquals(List.of(principal, sample.highMigration()), sample.project.getScenarios());
        assertSame(principal, sample.highMigration().getParent());
        assertFalse(ProjectEdits.canDelete(sample.project.getGroups().get(0)));
        assertFalse(ProjectEdits.canDelete(sample.project));
    }

    @Test
    void theFirstEsolProviderBringsTheServicesWithItAndUndoTakesBoth() {
        // the sample states its service figures, so it has services: take them away to start from none
        sample.project.setServices(null);
        Created added = ProjectEdits.add(sample.domain, sample.project, Literals.SERVICES__ESOL_PROVIDERS,
                Literals.ESOL_PROVIDER, EN);
        sample.stack.execute(added.command());
        assertEquals(List.of(added.element()), sample.project.getServices().getEsolProviders());
        assertEquals("ESOL provider 1", ((EsolProvider) added.element()).getName());
        sample.stack.undo();
        assertNull(sample.project.getServices());
    }

    @Test
    void newElementsTakeTheProjectsYearsNotZero() {
        Created flow = ProjectEdits.add(sample.domain, sample.project, Literals.ASSUMPTIONS__SPECIAL_FLOWS,
                Literals.SPECIAL_FLOW, EN);
        SpecialFlow intake = (SpecialFlow) flow.element();
        // the sample's base year is mid-2011 and its scenarios end in 2040
        assertEquals(2011, intake.getFromYear());
        assertEquals(2040, intake.getToYear());
        assertEquals("Special flow 1", intake.getName());
        School school = CroesoFactory.eINSTANCE.createSchool();
        Created outside = ProjectEdits.add(sample.domain, school, Literals.SCHOOL_UNIT__CAPACITIES, Literals.SCHOOL_CAPACITY);
        assertEquals(0, ((SchoolCapacity) outside.element()).getFromYear(), "a school outside a project has no years");
        sample.stack.execute(ProjectEdits.add(sample.domain, sample.project, Literals.SERVICES__SCHOOL_ESTATES,
                Literals.SCHOOL_ESTATE, EN).command());
        sample.project.getServices().getSchoolEstates().get(0).getUnits().add(school);
        Created places = ProjectEdits.add(sample.domain, school, Literals.SCHOOL_UNIT__CAPACITIES, Literals.SCHOOL_CAPACITY);
        assertEquals(2011, ((SchoolCapacity) places.element()).getFromYear());
    }

    @Test
    void anAddedOverrideStartsAtTheBaseYearAsAMultiplierOfOneAndCanBeRemoved() {
        MigrationTotal cardiff = sample.arrivals(SampleSession.CARDIFF, DefaultPopulationGroups.THIRD_COUNTRY);
        Scenario principal = sample.principal();
        Created added = ScenarioEdits.addOverride(sample.domain, sample.project, principal, cardiff, EN);
        sample.stack.execute(added.command());
        ScenarioOverride o = principal.getOverrides().get(0);
        assertEquals(2011, o.getFromYear());
        assertEquals(1.0, o.getValue());
        sample.stack.execute(ScenarioEdits.removeOverrides(sample.domain, principal,
                List.of(o, sample.highMigration().getOverrides().get(0))));
        assertTrue(principal.getOverrides().isEmpty());
        assertEquals(44, sample.highMigration().getOverrides().size(), "an inherited override is left to its scenario");
    }
}
