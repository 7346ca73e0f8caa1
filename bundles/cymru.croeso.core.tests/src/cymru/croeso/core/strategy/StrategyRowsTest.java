package cymru.croeso.core.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.scenario.ActionCosts;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Project;
import cymru.croeso.model.RagStatus;

/** The rows the strategy editor shows (table, timeline, costs), against the hand-worked {@link StrategyFixture}. */
class StrategyRowsTest {
    static final Locale WELSH = Locale.forLanguageTag("cy");

    @TempDir
    Path folder;

    @Test
    void theTableListsActionsThemeByThemeWithLeadPartnersAndEffectsInWords() {
        StrategyFixture f = new StrategyFixture();
        List<ActionRow> rows = ActionRows.of(f.project, Locale.UK);
        assertEquals(List.of("More ESOL classes", "EAL support", "Anti-rumour campaign", "Festival"),
                rows.stream().map(ActionRow::title).toList());
        ActionRow esol = rows.get(0);
        assertEquals("Education and skills", esol.themeName());
        assertEquals("Adults learn English", esol.aimText());
        assertEquals("Cardiff and Vale College", esol.lead());
        assertEquals("Cardiff Council; Welsh Refugee Council", esol.partners());
        assertEquals(2025, esol.startYear());
        assertEquals(2027, esol.endYear());
        assertEquals(30_000, esol.cost());
        assertEquals(RagStatus.AMBER, esol.status());
        assertEquals("+120 ESOL places from 2026 (Cardiff and Vale College, Cardiff)", esol.effects());
        assertEquals("", rows.get(1).effects());
        assertEquals("Social connections", rows.get(2).themeName());

        List<ActionRow> welsh = ActionRows.of(f.project, WELSH);
        assertEquals("Addysg a sgiliau", welsh.get(0).themeName());
        assertEquals("+120 o leoedd ESOL o 2026 (Cardiff and Vale College, Caerdydd)", welsh.get(0).effects());
    }

    @Test
    void effectsOnRatesAreInPointsAndOnFlowsInPeopleAYear() {
        StrategyFixture f = new StrategyFixture();
        f.moreEsol.setTarget(cymru.croeso.model.EffectTarget.RATE);
        f.moreEsol.setAmount(-0.025);
        f.moreEsol.setEsolProvider(null);
        // 0.025 as a fraction is 2.5 points; no subject chosen yet
        assertEquals("\u22122.5 rate points from 2026 (nothing chosen yet)", EffectText.of(f.moreEsol, StrategyWords.of(Locale.UK)));
    }

    /**
     * Current year 2024. Dated bars: esol 2025–2027, eal 2026, late 2028 (its end, 2026, is before its start, so the
     * bar is the start year alone). Span: min(2024, 2025, 2026, 2028) = 2024 to max(2024, 2027, 2026, 2028) = 2028.
     */
    @Test
    void theTimelineHasABarPerActionGroupedByThemeOverASpanIncludingNow() {
        StrategyFixture f = new StrategyFixture();
        Timeline t = Timeline.of(f.project, StrategyFixture.NOW, Locale.UK);
        assertEquals(2024, t.firstYear());
        assertEquals(2028, t.lastYear());
        assertEquals(5, t.years());
        assertEquals(List.of("Education and skills", "Social connections"), t.groups().stream().map(Timeline.Group::name).toList());
        assertEquals(2, t.groups().get(0).bars().size());
        Timeline.Bar esol = t.barOf(f.esol);
        assertEquals(2025, esol.start());
        assertEquals(2027, esol.end());
        assertEquals(RagStatus.AMBER, esol.status());
        assertEquals(2026, t.barOf(f.eal).end());
        assertFalse(t.barOf(f.rumours).dated());
        assertEquals(2028, t.barOf(f.late).start());
        assertEquals(2028, t.barOf(f.late).end());
    }

    @Test
    void anEmptyStrategyShowsFiveYearsFromNow() {
        Project p = CroesoFactory.eINSTANCE.createProject();
        Timeline t = Timeline.of(p, 2024, Locale.UK);
        assertEquals(2024, t.firstYear());
        assertEquals(2028, t.lastYear());
        assertTrue(t.groups().isEmpty());
    }

    /** Editing an end year through the command stack moves the bar; undo puts it back. */
    @Test
    void anEndYearEditMovesTheBarAndUndoRestoresIt() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession session = f.session(folder)) {
            session.execute(SetCommand.create(session.editingDomain(), f.esol, Literals.STRATEGY_ACTION__END_YEAR, 2029));
            Timeline t = Timeline.of(session.project(), StrategyFixture.NOW, Locale.UK);
            assertEquals(2029, t.barOf(f.esol).end());
            assertEquals(2029, t.lastYear());
            session.undo();
            assertEquals(2027, Timeline.of(session.project(), StrategyFixture.NOW, Locale.UK).barOf(f.esol).end());
        }
    }

    /**
     * Dated actions: esol £30,000 over 2025–2027 = £10,000 a year; eal £5,000 in 2026; late £2,000 in 2028 (its start
     * year alone). The undated campaign cannot be placed in a year and is left out. Span 2025–2028:
     * totals 10,000 / 15,000 / 10,000 / 2,000 = £37,000.
     */
    @Test
    void costsPerYearByThemeSpreadEachActionOverItsYears() {
        StrategyFixture f = new StrategyFixture();
        ActionCosts costs = StrategyCosts.ofAllActions(f.project, Locale.UK);
        assertEquals(2025, costs.firstYear());
        assertEquals(2028, costs.lastYear());
        double[] totals = { 10_000, 15_000, 10_000, 2_000 };
        for (int year = 2025; year <= 2028; year++) {
            assertEquals(totals[year - 2025], costs.total(year), 1e-9, "total in " + year);
        }
        Map<String, double[]> byTheme = costs.byTheme();
        assertArrayEquals(new double[] { 10_000, 15_000, 10_000, 0 }, byTheme.get("Education and skills"), 1e-9);
        assertArrayEquals(new double[] { 0, 0, 0, 2_000 }, byTheme.get("Social connections"), 1e-9);
        assertEquals(37_000, StrategyCosts.total(costs), 1e-9);

        // the scenario switches on eal alone: £5,000 in 2026 of its 2024–2030 horizon
        ActionCosts scenario = StrategyCosts.ofScenario(f.project, f.principal, Locale.UK);
        assertEquals(2024, scenario.firstYear());
        assertEquals(2030, scenario.lastYear());
        assertEquals(5_000, StrategyCosts.total(scenario), 1e-9);
        assertEquals(5_000, scenario.total(2026), 1e-9);

        assertNull(StrategyCosts.ofAllActions(CroesoFactory.eINSTANCE.createProject(), Locale.UK));
    }

    /**
     * The example plan from 2025. In 2025 these run (cost ÷ years): 15,000÷2 + 60,000÷4 + 120,000÷5 + 30,000÷3 +
     * 8,000÷1 + 300,000÷6 + 200,000÷5 + 12,000÷2 = 7,500 + 15,000 + 24,000 + 10,000 + 8,000 + 50,000 + 40,000 + 6,000
     * = 160,500; education and skills' share 50,000 + 40,000 = 90,000. In 2030 only the ESOL classes (2025–2030)
     * run: 50,000. All years add up to the eleven costs' sum, £855,000.
     */
    @Test
    void theExamplePlanFillsTheSevenThemesAndItsCostsAddUpByHand() throws Exception {
        Project p = CroesoFactory.eINSTANCE.createProject();
        p.setName("Empty");
        try (ProjectSession session = ProjectSession.create(folder.resolve("empty.croeso"), p,
                cymru.croeso.core.project.SessionSettings.autosaveOnDemand())) {
            session.execute(ExamplePlan.add(session.editingDomain(), p, 2025, Locale.UK));
            assertEquals(7, p.getStrategy().getThemes().size());
            assertEquals(ExamplePlan.actions(), ActionRows.of(p, Locale.UK).size());
            assertEquals(6, p.getOrganisations().size());
            ActionCosts costs = StrategyCosts.ofAllActions(p, Locale.UK);
            assertEquals(2025, costs.firstYear());
            assertEquals(2030, costs.lastYear());
            assertEquals(160_500, costs.total(2025), 1e-9);
            assertEquals(90_000, costs.byTheme().get("Education and skills")[0], 1e-9);
            assertEquals(50_000, costs.total(2030), 1e-9);
            assertEquals(855_000, StrategyCosts.total(costs), 1e-9);
            assertTrue(ActionRows.of(p, Locale.UK).stream().allMatch(r -> r.action().getProvenance().isIllustrative()));
            session.undo();
            assertNull(p.getStrategy());
            assertTrue(p.getOrganisations().isEmpty());
        }
    }

    /** On a project that has some of the themes already, the example goes into them and adds the rest. */
    @Test
    void theExamplePlanJoinsThemesTheProjectAlreadyHas() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession session = f.session(folder)) {
            session.execute(ExamplePlan.add(session.editingDomain(), f.project, 2025, WELSH));
            assertEquals(7, f.project.getStrategy().getThemes().size());
            assertEquals(f.education, f.project.getStrategy().getThemes().get(0), "the project's own theme stays first");
            assertEquals(2, f.education.getAims().size());
            assertEquals(4 + ExamplePlan.actions(), ActionRows.of(f.project, WELSH).size());
            assertEquals("Gall oedolion sydd angen Saesneg ei dysgu, ac mae plant yn cael y cymorth iaith sydd ei angen arnynt",
                    f.education.getAims().get(1).getText());
            assertEquals(3 + 6, f.project.getOrganisations().size());
            long ids = ActionRows.of(f.project, WELSH).stream().map(r -> r.action().getId()).distinct().count();
            assertEquals(4 + ExamplePlan.actions(), ids, "every action has its own id");
            session.undo();
            assertEquals(2, f.project.getStrategy().getThemes().size());
            assertEquals(4, ActionRows.of(f.project, WELSH).size());
        }
    }
}
