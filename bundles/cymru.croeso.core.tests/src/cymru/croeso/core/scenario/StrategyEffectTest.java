package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.croeso.engine.Component;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.Sex;
import cymru.croeso.model.AgeSpecificMortality;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.StrategyAction;

class StrategyEffectTest {
    private static final double EPS = 1e-9;
    private static final int B = 1;
    private static final int REF = 1;

    /**
     * A sponsorship action adds 50 refugees a year into B in 2022–2024 (the special flow's years). Refugees here
     * do not die, move out or change group, so by the accounting identity their total in B grows by exactly the
     * intake: +50 in 2022, +100 in 2023, +150 in 2024 and 2025, and nothing in 2021.
     */
    @Test
    void switchingOnAFlowActionAddsExactlyItsPeople() {
        TinyProject p = new TinyProject();
        AgeSpecificMortality immortal = TinyProject.F.createAgeSpecificMortality();
        immortal.setGroup(p.refugees);
        immortal.setRates(new double[8]);
        p.assumptions.getMortality().add(immortal);
        SpecialFlow sponsorship = TinyProject.F.createSpecialFlow();
        sponsorship.setName("community sponsorship");
        sponsorship.setGroup(p.refugees);
        sponsorship.setArea(p.b);
        sponsorship.setFromYear(2022);
        sponsorship.setToYear(2024);
        sponsorship.setProfile(p.schedule);
        p.assumptions.getSpecialFlows().add(sponsorship);
        StrategyAction action = action("sponsor", effect(EffectTarget.FLOW, 50, 2021));
        action.getEffects().get(0).setAssumption(sponsorship);
        Scenario on = p.child("on", p.principal);
        on.getEnabledActions().add(action);

        ScenarioRunner runner = new ScenarioRunner(p.project);
        ProjectionResult without = runner.run(p.principal).result();
        ProjectionResult with = runner.run(on).result();
        ProjectionSummary s0 = new ProjectionSummary(without);
        ProjectionSummary s1 = new ProjectionSummary(with);
        double[] expected = {0, 0, 50, 100, 150, 150};
        for (int year = 2020; year <= 2025; year++) {
            assertEquals(expected[year - 2020], s1.total(year, B, REF, AgeBand.ALL_AGES) - s0.total(year, B, REF, AgeBand.ALL_AGES),
                    EPS, "year " + year);
        }
        for (int year = 2021; year <= 2025; year++) {
            double special = 0;
            double change = 0;
            for (Sex sex : Sex.values()) {
                for (int age = 0; age <= 3; age++) {
                    special += with.component(Component.SPECIAL_FLOWS, year, B, REF, sex, age);
                    for (Component c : Component.values()) {
                        change += c.sign() * with.component(c, year, B, REF, sex, age);
                    }
                }
            }
            assertEquals(year >= 2022 && year <= 2024 ? 50 : 0, special, EPS, "special flows " + year);
            assertEquals(s1.total(year, B, REF, AgeBand.ALL_AGES) - s1.total(year - 1, B, REF, AgeBand.ALL_AGES), change, EPS,
                    "accounting identity " + year);
        }
    }

    @Test
    void aRateActionAddsItsPointsToTheRate() {
        TinyProject p = new TinyProject();
        StrategyAction action = action("retain", effect(EffectTarget.RATE, 0.05, 2024));
        action.getEffects().get(0).setAssumption(p.ukBornOut);
        Scenario on = p.child("on", p.principal);
        on.getEnabledActions().add(action);
        ScenarioRunner runner = new ScenarioRunner(p.project);
        ScenarioRun base = runner.run(p.principal);
        ScenarioRun run = runner.run(on);
        for (int year = 2021; year <= 2025; year++) {
            assertEquals(year < 2024 ? List.of() : List.of("INTERNAL_OUT/0"),
                    InputsComparison.differencesIn(base.inputs(), run.inputs(), year));
        }
        double[] before = ((cymru.croeso.engine.MigrationRule.Rate) base.inputs().migration()
                .rule(cymru.croeso.engine.MigrationFlow.INTERNAL_OUT, 0)).rates().valuesIn(2024);
        double[] after = ((cymru.croeso.engine.MigrationRule.Rate) run.inputs().migration()
                .rule(cymru.croeso.engine.MigrationFlow.INTERNAL_OUT, 0)).rates().valuesIn(2024);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i] + 0.05, after[i], EPS);
        }
    }

    @Test
    void capacityEffectsBecomePerYearArraysAndLeaveTheProjectionAlone() {
        TinyProject p = new TinyProject();
        EsolProvider college = TinyProject.F.createEsolProvider();
        college.setName("college");
        StrategyAction action = action("esol", effect(EffectTarget.ESOL_PLACES, 120, 2023));
        action.getEffects().get(0).setEsolProvider(college);
        Scenario parent = p.child("parent", p.principal);
        parent.getEnabledActions().add(action);
        Scenario child = p.child("child", parent); // inherits the switched-on action
        ScenarioRunner runner = new ScenarioRunner(p.project);
        ScenarioRun run = runner.run(child);
        assertArrayEquals(new double[] {0, 0, 0, 120, 120, 120}, run.capacity().esolPlacesAdded(college));
        assertArrayEquals(new double[6], runner.run(p.principal).capacity().esolPlacesAdded(college));
        assertArrayEquals(runner.run(p.principal).result().populationIn(2025), run.result().populationIn(2025));
    }

    private static StrategyAction action(String id, Effect effect) {
        StrategyAction action = TinyProject.F.createStrategyAction();
        action.setId(id);
        action.getEffects().add(effect);
        return action;
    }

    private static Effect effect(EffectTarget target, double amount, int fromYear) {
        Effect e = TinyProject.F.createEffect();
        e.setTarget(target);
        e.setAmount(amount);
        e.setFromYear(fromYear);
        return e;
    }
}
