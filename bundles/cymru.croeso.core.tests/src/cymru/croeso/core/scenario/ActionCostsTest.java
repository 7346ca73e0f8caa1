package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.Aim;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

class ActionCostsTest {

    /**
     * Horizon 2020–2025. ESOL classes (education, council, £30,000 over 2021–2023) cost £10,000 a year; a drop-in
     * (social connections, a charity, £8,000 over 2024–2027) £2,000 a year, of which 2024 and 2025 fall in the
     * horizon; a £1,000,000 action the scenario does not switch on costs nothing.
     */
    @Test
    void costsAreSpreadOverTheActionsYearsAndSummedByThemeAndLead() {
        TinyProject p = new TinyProject();
        Strategy strategy = TinyProject.F.createStrategy();
        p.project.setStrategy(strategy);
        Organisation council = organisation(p, "Cardiff Council");
        Organisation charity = organisation(p, "Welsh Refugee Council");
        StrategyAction classes = action(theme(strategy, "Education and skills", "Addysg a sgiliau"), council, 30_000, 2021, 2023);
        StrategyAction dropIn = action(theme(strategy, "Social connections", "Cysylltiadau cymdeithasol"), charity, 8_000, 2024, 2027);
        action(theme(strategy, "Work", "Gwaith"), council, 1_000_000, 2020, 2025);
        Scenario parent = p.child("parent", p.principal);
        parent.getEnabledActions().add(classes);
        Scenario child = p.child("child", parent); // inherits the classes and adds the drop-in
        child.getEnabledActions().add(dropIn);

        ActionCosts costs = ActionCosts.of(ScenarioResolver.resolve(p.project, child), Locale.UK);
        double[] expectedTotal = { 0, 10_000, 10_000, 10_000, 2_000, 2_000 };
        for (int year = 2020; year <= 2025; year++) {
            assertEquals(expectedTotal[year - 2020], costs.total(year), 1e-9, "total in " + year);
        }
        Map<String, double[]> byTheme = costs.byTheme();
        assertEquals(List.of("Education and skills", "Social connections"), List.copyOf(byTheme.keySet()));
        assertArrayEquals(new double[] { 0, 10_000, 10_000, 10_000, 0, 0 }, byTheme.get("Education and skills"), 1e-9);
        assertArrayEquals(new double[] { 0, 0, 0, 0, 2_000, 2_000 }, byTheme.get("Social connections"), 1e-9);
        assertArrayEquals(new double[] { 0, 0, 0, 0, 2_000, 2_000 }, costs.byLead().get("Welsh Refugee Council"), 1e-9);

        ActionCosts welsh = ActionCosts.of(ScenarioResolver.resolve(p.project, child), Locale.forLanguageTag("cy"));
        assertEquals(List.of("Addysg a sgiliau", "Cysylltiadau cymdeithasol"), List.copyOf(welsh.byTheme().keySet()));
    }

    private static Organisation organisation(TinyProject p, String name) {
        Organisation o = TinyProject.F.createOrganisation();
        o.setName(name);
        p.project.getOrganisations().add(o);
        return o;
    }

    private static Aim theme(Strategy strategy, String en, String cy) {
        Theme theme = TinyProject.F.createTheme();
        theme.setNameEn(en);
        theme.setNameCy(cy);
        Aim aim = TinyProject.F.createAim();
        theme.getAims().add(aim);
        strategy.getThemes().add(theme);
        return aim;
    }

    private static StrategyAction action(Aim aim, Organisation lead, double cost, int from, int to) {
        StrategyAction a = TinyProject.F.createStrategyAction();
        a.setId(aim.hashCode() + "-" + cost);
        a.setLead(lead);
        a.setCost(cost);
        a.setStartYear(from);
        a.setEndYear(to);
        aim.getActions().add(a);
        return a;
    }
}
