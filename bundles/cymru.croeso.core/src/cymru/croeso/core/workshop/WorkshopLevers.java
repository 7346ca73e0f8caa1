package cymru.croeso.core.workshop;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.core.scenario.IntakeProfiles;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.defaults.DefaultPopulationGroups;

/**
 * The model objects that express the migration and resettlement sliders as a child scenario of a baseline, built
 * uncontained so the caller decides how they enter a project (directly for the workshop's private copy, through
 * commands for the user's project). A scenario cannot own assumptions, so the resettlement intake is a special flow
 * of 0 people a year in the project's assumptions (changing no other scenario) that the child adds people to, as
 * {@code ScenarioTemplates.intake} does.
 *
 * @param scenario    the child scenario, with its overrides
 * @param migration   the overrides multiplying the area's international flows
 * @param intake      the override adding resettled refugees, or null
 * @param newFlow     the 0-a-year intake flow to add to the project's assumptions, or null if the project has one
 * @param newSchedule the intake's age profile to add to the project's schedules, or null if the project has it
 */
record WorkshopLevers(Scenario scenario, List<ScenarioOverride> migration, ScenarioOverride intake, SpecialFlow newFlow,
        MigrationSchedule newSchedule) {
    /** The name the intake flow has in the project, so that later snapshots reuse it. */
    static final String INTAKE_NAME = "Resettlement intake (workshop)";

    /**
     * @param all whether to add every lever even where it leaves the baseline unchanged (for the live scenario, whose
     *            values the sliders then set)
     */
    static WorkshopLevers create(Project project, Scenario baseline, Area area, WorkshopSettings settings,
            WorkshopHorizon horizon, String id, String name, boolean all) {
        CroesoFactory f = CroesoFactory.eINSTANCE;
        Scenario child = f.createScenario();
        child.setId(id);
        child.setName(name);
        child.setParent(baseline);
        List<ScenarioOverride> migration = new ArrayList<>();
        if (all || settings.migrationFactor() != 1) {
            for (MigrationFlow flow : project.getAssumptions().getMigration()) {
                boolean international = flow.getKind() == MigrationKind.INTERNATIONAL_IN
                        || flow.getKind() == MigrationKind.INTERNATIONAL_OUT;
                // flows of every area (no area) are left alone: multiplying them would change the other areas too
                if (international && flow.getArea() == area) {
                    migration.add(override(child, flow, OverrideMode.MULTIPLIER, settings.migrationFactor(), horizon.fromYear()));
                }
            }
        }
        PopulationGroup refugees = group(project, DefaultPopulationGroups.REFUGEES);
        if (refugees == null || !(all || settings.resettlementPerYear() > 0)) {
            return new WorkshopLevers(child, migration, null, null, null);
        }
        MigrationSchedule schedule = schedule(project);
        MigrationSchedule newSchedule = schedule == null ? IntakeProfiles.FAMILY_RESETTLEMENT.toSchedule(
                project.getBasePopulation().getTopAge()) : null;
        SpecialFlow flow = intakeFlow(project, area, refugees, horizon);
        SpecialFlow newFlow = null;
        if (flow == null) {
            newFlow = f.createSpecialFlow();
            newFlow.setName(INTAKE_NAME);
            newFlow.setGroup(refugees);
            newFlow.setArea(area);
            newFlow.setPerYear(0);
            newFlow.setFromYear(horizon.fromYear());
            newFlow.setToYear(horizon.endYear());
            newFlow.setProfile(schedule != null ? schedule : newSchedule);
            flow = newFlow;
        }
        ScenarioOverride intake = override(child, flow, OverrideMode.ADDED_FLOW, settings.resettlementPerYear(),
                horizon.fromYear());
        return new WorkshopLevers(child, migration, intake, newFlow, newSchedule);
    }

    private static ScenarioOverride override(Scenario s, cymru.croeso.model.Assumption target, OverrideMode mode,
            double value, int fromYear) {
        ScenarioOverride o = CroesoFactory.eINSTANCE.createScenarioOverride();
        o.setTarget(target);
        o.setMode(mode);
        o.setValue(value);
        o.setFromYear(fromYear);
        s.getOverrides().add(o);
        return o;
    }

    private static PopulationGroup group(Project project, String id) {
        return project.getGroups().stream().filter(g -> id.equals(g.getId())).findFirst().orElse(null);
    }

    private static MigrationSchedule schedule(Project project) {
        return project.getAssumptions().getSchedules().stream()
                .filter(s -> IntakeProfiles.FAMILY_RESETTLEMENT.id().equals(s.getId())).findFirst().orElse(null);
    }

    private static SpecialFlow intakeFlow(Project project, Area area, PopulationGroup refugees, WorkshopHorizon horizon) {
        return project.getAssumptions().getSpecialFlows().stream()
                .filter(s -> INTAKE_NAME.equals(s.getName()) && s.getArea() == area && s.getGroup() == refugees
                        && s.getPerYear() == 0 && s.getFromYear() <= horizon.fromYear() && s.getToYear() >= horizon.endYear())
                .findFirst().orElse(null);
    }
}
