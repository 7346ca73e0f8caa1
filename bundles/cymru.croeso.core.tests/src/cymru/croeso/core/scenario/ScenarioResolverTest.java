package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.Scenario;

class ScenarioResolverTest {

    @Test
    void chainRunsRootFirstAndChildKeepsParentsHorizon() {
        TinyProject p = new TinyProject();
        Scenario child = p.child("child", p.principal);
        Scenario grandchild = p.child("grandchild", child);
        ResolvedScenario r = ScenarioResolver.resolve(p.project, grandchild);
        assertEquals(List.of(p.principal, child, grandchild), r.chain());
        assertEquals(2020, r.baseYear());
        assertEquals(2025, r.endYear());
    }

    @Test
    void overridesApplyParentsFirst() {
        TinyProject p = new TinyProject();
        Scenario child = p.child("child", p.principal);
        Scenario grandchild = p.child("grandchild", child);
        TinyProject.override(grandchild, p.refugeesIn, OverrideMode.MULTIPLIER, 3, 2021);
        TinyProject.override(child, p.refugeesIn, OverrideMode.ABSOLUTE, 20, 2023);
        List<AssumptionChange> changes = ScenarioResolver.resolve(p.project, grandchild).changesOf(p.refugeesIn);
        assertEquals(List.of("child", "grandchild"), changes.stream().map(AssumptionChange::origin).toList());
        // 2022: only ×3 applies → 30; 2023: 20 (child, first) then ×3 → 60.
        assertEquals(30, ChangedLevel.inYear(ChangedLevel.Level.PEOPLE, new double[] {10}, changes, 2022, p.refugeesIn)[0]);
        assertEquals(60, ChangedLevel.inYear(ChangedLevel.Level.PEOPLE, new double[] {10}, changes, 2023, p.refugeesIn)[0]);
    }

    @Test
    void cycleIsRefusedNamingTheScenarios() {
        TinyProject p = new TinyProject();
        Scenario x = p.child("x", null);
        Scenario y = p.child("y", x);
        x.setParent(y);
        ScenarioProblem problem = assertThrows(ScenarioProblem.class, () -> ScenarioResolver.resolve(p.project, y));
        assertTrue(problem.getMessage().contains("\"y\" \u2192 \"x\" \u2192 \"y\""), problem.getMessage());
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        TinyProject p = new TinyProject();
        ScenarioProblem problem = assertThrows(ScenarioProblem.class, () -> ScenarioResolver.find(p.project, "nope"));
        assertTrue(problem.getMessage().contains("[principal]"), problem.getMessage());
    }

    @Test
    void wrongKindOfChangeIsRefusedWithTheFix() {
        TinyProject p = new TinyProject();
        Scenario child = p.child("child", p.principal);
        TinyProject.override(child, p.mortality, OverrideMode.ADDED_FLOW, 5, 2022);
        ScenarioProblem problem = assertThrows(ScenarioProblem.class,
                () -> new ScenarioRunner(p.project).run(child));
        assertTrue(problem.getMessage().startsWith("child: an added flow (from 2022) cannot change AgeSpecificMortality"),
                problem.getMessage());
    }
}
