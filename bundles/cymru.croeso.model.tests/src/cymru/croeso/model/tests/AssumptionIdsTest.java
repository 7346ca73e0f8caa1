package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Project;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.TotalFertility;
import cymru.croeso.model.files.AssumptionIds;

class AssumptionIdsTest {

    @Test
    void anIdentifierSaysWhatAndWhere() {
        Project project = SampleProjects.small();
        SpecialFlow intake = SampleProjects.F.createSpecialFlow();
        intake.setName("Community sponsorship (Cardiff)");
        intake.setGroup(project.getGroups().get(4));
        project.getAssumptions().getSpecialFlows().add(intake);
        TotalFertility everywhere = SampleProjects.F.createTotalFertility();
        project.getAssumptions().getFertility().add(everywhere);

        AssumptionIds.assignMissing(project);

        assertEquals(List.of("fertility", "internationalIn-W06000015-refugees", "transition-asylum-seekers-refugees",
                "intake-Community-sponsorship-Cardiff-refugees"), ids(project));
    }

    @Test
    void identifiersAreUniqueAcrossTheProjectAndKeptOnceGiven() {
        Project project = SampleProjects.small();
        project.getScenarios().get(0).setId("fertility"); // another kind of element already uses the obvious one
        MigrationTotal inflow = (MigrationTotal) project.getAssumptions().getMigration().get(0);
        MigrationTotal twin = SampleProjects.F.createMigrationTotal();
        twin.setKind(MigrationKind.INTERNATIONAL_IN);
        twin.setArea(inflow.getArea());
        twin.setGroup(inflow.getGroup());
        project.getAssumptions().getMigration().add(twin);
        project.getAssumptions().getFertility().add(SampleProjects.F.createTotalFertility());
        project.getAssumptions().getTransitions().get(0).setId("granted");

        AssumptionIds.assignMissing(project);
        AssumptionIds.assignMissing(project);

        assertEquals(List.of("fertility-2", "internationalIn-W06000015-refugees", "internationalIn-W06000015-refugees-2",
                "granted"), ids(project));
    }

    private static List<String> ids(Project project) {
        return project.getAssumptions().eContents().stream().filter(Assumption.class::isInstance)
                .map(a -> ((Assumption) a).getId()).toList();
    }
}
