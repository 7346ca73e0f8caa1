package cymru.croeso.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cymru.croeso.data.sample.SampleScenarios;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.defaults.DefaultPopulationGroups;

class ScenarioAgainstParentTest {
    private static final Locale EN = Locale.UK;
    private final SampleSession sample = new SampleSession();

    @Test
    void highMigrationShowsEachFlowInPrincipalAndOneAndAHalfTimesIt() {
        ScenarioAgainstParent view = new ScenarioAgainstParent(sample.project, sample.highMigration(), EN);
        List<OverrideRow> rows = view.overrides();
        assertEquals(44, rows.size(), "22 authorities × 2 groups of arrivals");
        MigrationTotal cardiff = sample.arrivals(SampleSession.CARDIFF, DefaultPopulationGroups.EU_EEA);
        OverrideRow row = rows.stream().filter(r -> r.override().getTarget() == cardiff).findFirst().orElseThrow();
        assertFalse(row.inherited());
        assertEquals("Cardiff, EU/EEA nationals: international in-migration", row.assumption());
        assertEquals(cardiff.getTotal(), row.inParent().value(), 1e-9, "principal uses the flow as stated");
        assertEquals(cardiff.getTotal() * SampleScenarios.HIGH_MIGRATION_FACTOR, row.here().value(), 1e-9);
        assertEquals(AssumptionLevel.Unit.PEOPLE_A_YEAR, row.here().unit());
        assertNull(view.problem());
        assertEquals(2011, view.baseYear());
    }

    @Test
    void aGrandchildsOwnChangeComesFirstAgainstItsParentsLevelThenTheInheritedOnes() {
        Scenario child = CroesoFactory.eINSTANCE.createScenario();
        child.setId("higher");
        child.setParent(sample.highMigration());
        sample.project.getScenarios().add(child);
        MigrationTotal cardiff = sample.arrivals(SampleSession.CARDIFF, DefaultPopulationGroups.EU_EEA);
        ScenarioOverride doubled = CroesoFactory.eINSTANCE.createScenarioOverride();
        doubled.setTarget(cardiff);
        doubled.setFromYear(2020);
        doubled.setMode(OverrideMode.MULTIPLIER);
        doubled.setValue(2);
        child.getOverrides().add(doubled);
        List<OverrideRow> rows = new ScenarioAgainstParent(sample.project, child, EN).overrides();
        assertEquals(45, rows.size());
        OverrideRow own = rows.get(0);
        assertEquals(doubled, own.override());
        // in 2020 the parent has × 1.5 of the stated total; the child doubles that: × 3
        assertEquals(cardiff.getTotal() * 1.5, own.inParent().value(), 1e-9);
        assertEquals(cardiff.getTotal() * 3, own.here().value(), 1e-9);
        assertTrue(rows.subList(1, 45).stream().allMatch(OverrideRow::inherited));
        assertEquals(sample.highMigration(), rows.get(1).owner());
        assertEquals(String.format(Locale.UK, "%,.0f a year", cardiff.getTotal() * 3), own.here().text(EN));
    }

    @Test
    void aChangeTheAssumptionCannotTakeShowsNoLevel() {
        ScenarioOverride absolute = CroesoFactory.eINSTANCE.createScenarioOverride();
        absolute.setTarget(sample.project.getAssumptions().getMortality().get(0));
        absolute.setFromYear(2015);
        absolute.setMode(OverrideMode.ABSOLUTE);
        absolute.setValue(0.5);
        sample.highMigration().getOverrides().add(absolute);
        OverrideRow row = new ScenarioAgainstParent(sample.project, sample.highMigration(), EN).overrides().get(44);
        assertEquals(1.0, row.inParent().value(), 1e-12, "the parent leaves the rates as stated: × 1");
        assertNotNull(row.here().problem(), "mortality takes multipliers only");
        assertEquals("cannot apply", row.here().text(EN));
    }
}
