package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.model.AgeSpecificMortality;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.StrategyAction;

/** Effects that end ({@code toYear}) and actions a child scenario switches off, on {@link TinyProject} (2020–2025). */
class EffectYearsAndSwitchesTest {
    private static final double EPS = 1e-9;
    private static final int B = 1;
    private static final int REF = 1;

    /** +0.05 on UK-born out-migration rates in 2022–2023 only: the inputs differ in those two years and no others. */
    @Test
    void aRateEffectWithALastYearChangesOnlyItsYears() {
        TinyProject p = new TinyProject();
        StrategyAction action = action("retain", effect(EffectTarget.RATE, 0.05, 2022, 2023));
        action.getEffects().get(0).setAssumption(p.ukBornOut);
        Scenario on = p.child("on", p.principal);
        on.getEnabledActions().add(action);
        ScenarioRunner runner = new ScenarioRunner(p.project);
        ScenarioRun base = runner.run(p.principal);
        ScenarioRun run = runner.run(on);
        for (int year = 2021; year <= 2025; year++) {
            assertEquals(year == 2022 || year == 2023 ? List.of("INTERNAL_OUT/0") : List.of(),
                    InputsComparison.differencesIn(base.inputs(), run.inputs(), year), "year " + year);
        }
    }

    /**
     * An intake of 0 a year in 2021–2025, raised by 50 a year in 2022–2023 only. Refugees here do not die or leave,
     * so B's refugees grow by exactly the intake: +50 in 2022, +100 from 2023 on.
     */
    @Test
    void aFlowEffectWithALastYearAddsPeopleOnlyInItsYears() {
        TinyProject p = new TinyProject();
        AgeSpecificMortality immortal = TinyProject.F.createAgeSpecificMortality();
        immortal.setGroup(p.refugees);
        immortal.setRates(new double[8]);
        p.assumptions.getMortality().add(immortal);
        SpecialFlow intake = TinyProject.F.createSpecialFlow();
        intake.setGroup(p.refugees);
        intake.setArea(p.b);
        intake.setFromYear(2021);
        intake.setToYear(2025);
        intake.setProfile(p.schedule);
        p.assumptions.getSpecialFlows().add(intake);
        StrategyAction action = action("sponsor", effect(EffectTarget.FLOW, 50, 2022, 2023));
        action.getEffects().get(0).setAssumption(intake);
        Scenario on = p.child("on", p.principal);
        on.getEnabledActions().add(action);
        ScenarioRunner runner = new ScenarioRunner(p.project);
        ProjectionSummary s0 = new ProjectionSummary(runner.run(p.principal).result());
        ProjectionSummary s1 = new ProjectionSummary(runner.run(on).result());
        double[] expected = {0, 0, 50, 100, 100, 100};
        for (int year = 2020; year <= 2025; year++) {
            double added = s1.total(year, B, REF, AgeBand.ALL_AGES) - s0.total(year, B, REF, AgeBand.ALL_AGES);
            assertEquals(expected[year - 2020], added, EPS, "year " + year);
        }
    }

    @Test
    void aCapacityEffectWithALastYearAddsPlacesOnlyInItsYears() {
        TinyProject p = new TinyProject();
        EsolProvider college = TinyProject.F.createEsolProvider();
        StrategyAction action = action("pilot", effect(EffectTarget.ESOL_PLACES, 120, 2022, 2023));
        action.getEffects().get(0).setEsolProvider(college);
        Scenario on = p.child("on", p.principal);
        on.getEnabledActions().add(action);
        assertArrayEquals(new double[] {0, 0, 120, 120, 0, 0},
                new ScenarioRunner(p.project).run(on).capacity().esolPlacesAdded(college));
    }

    /**
     * The parent switches on +0.05 on out-migration rates from 2021 and an ESOL pilot costing £6,000 over 2021–2023;
     * the child switches both off, so it projects exactly like the principal; the grandchild switches the rate action
     * on again, so it projects exactly like the parent, still without the pilot.
     */
    @Test
    void aChildSwitchesOffWhatItsParentSwitchedOnAndAGrandchildBackOn() {
        TinyProject p = new TinyProject();
        StrategyAction retain = action("retain", effect(EffectTarget.RATE, 0.05, 2021, 0));
        retain.getEffects().get(0).setAssumption(p.ukBornOut);
        EsolProvider college = TinyProject.F.createEsolProvider();
        StrategyAction pilot = action("pilot", effect(EffectTarget.ESOL_PLACES, 30, 2021, 0));
        pilot.getEffects().get(0).setEsolProvider(college);
        pilot.setStartYear(2021);
        pilot.setEndYear(2023);
        pilot.setCost(6_000);
        Scenario parent = p.child("parent", p.principal);
        parent.getEnabledActions().add(retain);
        parent.getEnabledActions().add(pilot);
        Scenario child = p.child("child", parent);
        child.getDisabledActions().add(retain);
        child.getDisabledActions().add(pilot);
        Scenario grandchild = p.child("grandchild", child);
        grandchild.getEnabledActions().add(retain);

        ScenarioRunner runner = new ScenarioRunner(p.project);
        ScenarioRun principal = runner.run(p.principal);
        ScenarioRun withParent = runner.run(parent);
        ScenarioRun withChild = runner.run(child);
        ScenarioRun withGrandchild = runner.run(grandchild);
        assertEquals(List.of(retain, pilot), withParent.scenario().actions());
        assertEquals(List.of(), withChild.scenario().actions());
        assertEquals(List.of(retain), withGrandchild.scenario().actions());
        for (int year = 2021; year <= 2025; year++) {
            assertEquals(List.of("INTERNAL_OUT/0"),
                    InputsComparison.differencesIn(principal.inputs(), withParent.inputs(), year));
            assertEquals(List.of(), InputsComparison.differencesIn(principal.inputs(), withChild.inputs(), year));
            assertEquals(List.of(), InputsComparison.differencesIn(withParent.inputs(), withGrandchild.inputs(), year));
        }
        assertArrayEquals(principal.result().populationIn(2025), withChild.result().populationIn(2025));
        assertArrayEquals(new double[] {0, 30, 30, 30, 30, 30}, withParent.capacity().esolPlacesAdded(college));
        assertArrayEquals(new double[6], withChild.capacity().esolPlacesAdded(college));
        assertArrayEquals(new double[6], withGrandchild.capacity().esolPlacesAdded(college));
        assertEquals(2_000, ActionCosts.of(withParent.scenario(), Locale.UK).total(2022), EPS);
        assertEquals(0, ActionCosts.of(withChild.scenario(), Locale.UK).total(2022), EPS);
    }

    private static StrategyAction action(String id, Effect effect) {
        StrategyAction action = TinyProject.F.createStrategyAction();
        action.setId(id);
        action.getEffects().add(effect);
        return action;
    }

    private static Effect effect(EffectTarget target, double amount, int fromYear, int toYear) {
        Effect e = TinyProject.F.createEffect();
        e.setTarget(target);
        e.setAmount(amount);
        e.setFromYear(fromYear);
        e.setToYear(toYear);
        return e;
    }
}
