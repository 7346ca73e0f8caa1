package cymru.croeso.core.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.model.Aim;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * A strategy action that raises ESOL uptake from a year changes learners seeking a place from that year, as an
 * action adding places changes unmet demand from its first year. On {@link AdultsProject}: 500 migrant adults,
 * 27 % lacking English (135), uptake 0.1: 13.5 new learners a year, all served by 1,000 places, none waiting.
 */
class EsolUptakeEffectTest {
    private static final double EPS = 1e-9;
    private static final int A = 0;

    /**
     * Outreach raises the migrants' uptake by 0.05 in 2023–2024: 135 × 0.15 = 20.25 learners seeking a place in
     * those years, 6.75 more than without it; 13.5 before and after.
     */
    @Test
    void raisingUptakeFromAYearChangesLearnersSeekingAPlaceFromThatYear() {
        AdultsProject p = new AdultsProject(false);
        EsolProvider college = AdultsProject.F.createEsolProvider();
        college.setArea(p.a);
        college.setPlaces(1000);
        p.project.getServices().getEsolProviders().add(college);
        EsolNeed need = AdultsProject.F.createEsolNeed();
        need.setGroup(p.migrants);
        need.setLackingEnglish(0.27);
        need.setUptake(0.1);
        p.project.getServices().getEsolNeeds().add(need);
        Effect outreach = AdultsProject.F.createEffect();
        outreach.setTarget(EffectTarget.RATE);
        outreach.setEsolNeed(need);
        outreach.setAmount(0.05);
        outreach.setFromYear(2023);
        outreach.setToYear(2024);
        StrategyAction action = AdultsProject.F.createStrategyAction();
        action.setId("outreach");
        action.getEffects().add(outreach);
        Scenario on = childSwitchingOn(p, "outreach", action);

        EsolDemand without = p.demand(p.principal).esol();
        EsolDemand with = p.demand(on).esol();
        for (int year = 2020; year <= 2025; year++) {
            double expected = year == 2023 || year == 2024 ? 20.25 : 13.5;
            assertEquals(13.5, without.get(EsolDemand.Measure.SEEKING_PLACE, year, A), EPS, "without, " + year);
            assertEquals(expected, with.get(EsolDemand.Measure.SEEKING_PLACE, year, A), EPS, "with, " + year);
            assertEquals(expected, with.get(EsolDemand.Measure.LEARNERS_SERVED, year, A), EPS, "served, " + year);
            assertEquals(135, with.get(EsolDemand.Measure.ADULTS_LIMITED_ENGLISH, year, A), EPS, "need, " + year);
        }
    }

    @Test
    void anUptakeEffectOnANeedForOneAreaIsRefusedWithTheFix() {
        AdultsProject p = new AdultsProject(false);
        EsolNeed need = AdultsProject.F.createEsolNeed();
        need.setGroup(p.migrants);
        need.setArea(p.a);
        p.project.getServices().getEsolNeeds().add(need);
        Effect outreach = AdultsProject.F.createEffect();
        outreach.setTarget(EffectTarget.RATE);
        outreach.setEsolNeed(need);
        outreach.setAmount(0.05);
        outreach.setFromYear(2023);
        StrategyAction action = AdultsProject.F.createStrategyAction();
        action.getEffects().add(outreach);
        Scenario on = childSwitchingOn(p, "outreach", action);
        ScenarioProblem problem = assertThrows(ScenarioProblem.class, () -> p.demand(on));
        assertTrue(problem.getMessage().contains("\"migrants\" in area A") && problem.getMessage().contains("without an area"),
                problem.getMessage());
    }

    /** A child of the principal scenario that switches on one action. */
    private static Scenario childSwitchingOn(AdultsProject p, String id, StrategyAction action) {
        Aim aim = AdultsProject.F.createAim();
        aim.getActions().add(action);
        Theme theme = AdultsProject.F.createTheme();
        theme.getAims().add(aim);
        p.project.setStrategy(AdultsProject.F.createStrategy());
        p.project.getStrategy().getThemes().add(theme);
        Scenario s = AdultsProject.F.createScenario();
        s.setId(id);
        s.setParent(p.principal);
        s.getEnabledActions().add(action);
        p.project.getScenarios().add(s);
        return s;
    }
}
