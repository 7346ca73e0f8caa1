package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.Scenario;

class ScenarioTemplatesTest {
    private static final double EPS = 1e-9;

    @Test
    void highMigrationMultipliesInternationalInFromItsYearOnly() {
        TinyProject p = new TinyProject();
        Scenario high = ScenarioTemplates.highMigration(p.project, p.principal, 2023);
        ProjectionInputs parent = inputs(p, p.principal);
        ProjectionInputs child = inputs(p, high);
        for (int year = 2021; year <= 2025; year++) {
            assertEquals(year < 2023 ? List.of() : List.of("INTERNATIONAL_IN/1"),
                    InputsComparison.differencesIn(parent, child, year));
        }
        assertEquals(15, sum(counts(child, MigrationFlow.INTERNATIONAL_IN, 1, 2023)), EPS);
        assertEquals(10, sum(counts(parent, MigrationFlow.INTERNATIONAL_IN, 1, 2023)), EPS);
    }

    @Test
    void zeroNetInternationalMigrationStopsBothDirections() {
        TinyProject p = new TinyProject();
        MigrationTotal emigration = TinyProject.F.createMigrationTotal();
        emigration.setKind(MigrationKind.INTERNATIONAL_OUT);
        emigration.setTotal(4);
        emigration.setSchedule(p.schedule);
        p.assumptions.getMigration().add(emigration);
        Scenario zero = ScenarioTemplates.zeroNetInternationalMigration(p.project, p.principal, 2022);
        ProjectionInputs in = inputs(p, zero);
        for (int g = 0; g < 2; g++) {
            assertEquals(g == 1 ? 10 : 0, sum(counts(in, MigrationFlow.INTERNATIONAL_IN, g, 2021)), EPS);
            // With no group and no area, the emigration applies to every group in every area: 4 × 2 areas.
            assertEquals(8, sum(counts(in, MigrationFlow.INTERNATIONAL_OUT, g, 2021)), EPS);
            for (MigrationFlow flow : List.of(MigrationFlow.INTERNATIONAL_IN, MigrationFlow.INTERNATIONAL_OUT)) {
                assertEquals(0, sum(counts(in, flow, g, 2022)), EPS);
            }
        }
    }

    @Test
    void averageMigrationSetsTheGivenLevels() {
        TinyProject p = new TinyProject();
        Scenario avg = ScenarioTemplates.averageMigration(p.project, p.principal, "ten-year-average", Map.of(p.refugeesIn, 7.0), 2021);
        assertEquals(7, sum(counts(inputs(p, avg), MigrationFlow.INTERNATIONAL_IN, 1, 2021)), EPS);
    }

    @Test
    void resettlementAddsItsIntakeInItsYearsOnlyAndLeavesTheParentAlone() {
        TinyProject p = new TinyProject();
        Scenario resettle = ScenarioTemplates.resettlementProgramme(p.project, p.principal, p.a, 50, 2022, 2024);
        ProjectionInputs parent = inputs(p, p.principal);
        ProjectionInputs child = inputs(p, resettle);
        for (int year = 2021; year <= 2025; year++) {
            assertEquals(List.of(), InputsComparison.specialIn(parent, year), "the parent has no intake in " + year);
            assertEquals(year >= 2022 && year <= 2024 ? List.of("0/1/50.0") : List.of(), InputsComparison.specialIn(child, year));
        }
        ScenarioRunner runner = new ScenarioRunner(p.project);
        assertEquals(runner.run(p.principal).result().total(2022) + 50, runner.run(resettle).result().total(2022), EPS);
    }

    @Test
    void profilesAreSharesThatAddUpAndMatchTheirDocumentation() {
        for (IntakeProfiles.Profile profile : List.of(IntakeProfiles.FAMILY_RESETTLEMENT, IntakeProfiles.ASYLUM_DISPERSAL,
                IntakeProfiles.INTERNATIONAL_STUDENTS)) {
            MigrationSchedule s = profile.toSchedule(90);
            assertEquals(1, sum(s.getShares()), 1e-12, profile.id());
            assertTrue(s.getProvenance().isIllustrative());
            double male = 0;
            for (int a = 0; a <= 90; a++) {
                male += s.getShares()[a];
            }
            assertEquals(profile.maleShare(), male, 1e-12, profile.id());
        }
        // "About half children": 0.15 + 0.17 + 0.16 under 18.
        double[] family = IntakeProfiles.FAMILY_RESETTLEMENT.toSchedule(90).getShares();
        double children = 0;
        for (int a = 0; a < 18; a++) {
            children += family[a] + family[91 + a];
        }
        assertEquals(0.48, children, 1e-12);
    }

    @Test
    void universityAndDispersalTemplatesNeedTheirGroup() {
        TinyProject p = new TinyProject();
        ScenarioProblem problem = org.junit.jupiter.api.Assertions.assertThrows(ScenarioProblem.class,
                () -> ScenarioTemplates.universityExpansion(p.project, p.principal, p.a, 200, 2022, 2030));
        assertTrue(problem.getMessage().contains("no group \"international-students\""), problem.getMessage());
    }

    private static ProjectionInputs inputs(TinyProject p, Scenario s) {
        return ProjectionInputsBuilder.build(ScenarioResolver.resolve(p.project, s));
    }

    private static double[] counts(ProjectionInputs in, MigrationFlow flow, int group, int year) {
        MigrationRule rule = in.migration().rule(flow, group);
        return rule == null ? new double[0] : ((MigrationRule.Counts) rule).counts().valuesIn(year);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
