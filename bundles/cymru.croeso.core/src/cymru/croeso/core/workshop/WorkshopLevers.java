package cymru.croeso.core.workshop;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cymru.croeso.core.scenario.IntakeProfiles;
import cymru.croeso.model.Area;
import cymru.croeso.model.Assumption;
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
 * The model objects that express the population levers as a child scenario of a baseline, built uncontained so the
 * caller decides how they enter a project (directly for the workshop's private copy, through commands for the user's
 * project). A scenario cannot own assumptions, so an intake (resettlement, asylum dispersal) is a special flow of 0
 * people a year in the project's assumptions (changing no other scenario) that the child adds people to, as
 * {@code ScenarioTemplates.intake} does; migration multiplies the area's own international flows only.
 *
 * @param scenario     the child scenario, with its overrides
 * @param overrides    each lever's overrides (a lever the area cannot move has none)
 * @param newFlows     the 0-a-year intake flows to add to the project's assumptions
 * @param newSchedules the intakes' age profiles to add to the project's schedules
 */
record WorkshopLevers(Scenario scenario, Map<WorkshopLever, List<ScenarioOverride>> overrides, List<SpecialFlow> newFlows,
        List<MigrationSchedule> newSchedules) {
    /** The name the resettlement intake flow has in the project, so that later snapshots reuse it. */
    static final String INTAKE_NAME = "Resettlement intake (workshop)";
    /** The name of the asylum dispersal intake flow. */
    static final String DISPERSAL_NAME = "Asylum dispersal (workshop)";

    /**
     * @param all whether to add every lever even where it leaves the baseline unchanged (for the live scenario, whose
     *            values the sliders then set)
     */
    static WorkshopLevers create(Project project, Scenario baseline, Area area, WorkshopSettings settings,
            WorkshopHorizon horizon, String id, String name, boolean all) {
        Scenario child = CroesoFactory.eINSTANCE.createScenario();
        child.setId(id);
        child.setName(name);
        child.setParent(baseline);
        WorkshopLevers levers = new WorkshopLevers(child, new EnumMap<>(WorkshopLever.class), new ArrayList<>(),
                new ArrayList<>());
        for (WorkshopLever lever : WorkshopLever.values()) {
            if (lever.changesPopulation() && (all || settings.value(lever) != lever.baseline())) {
                levers.add(project, area, lever, settings.value(lever), horizon);
            }
        }
        return levers;
    }

    private void add(Project project, Area area, WorkshopLever lever, double value, WorkshopHorizon horizon) {
        List<ScenarioOverride> list = new ArrayList<>();
        switch (lever) {
            case MIGRATION -> {
                // flows of every area (no area) are left alone: multiplying them would change the other areas too
                for (MigrationFlow flow : project.getAssumptions().getMigration()) {
                    if ((flow.getKind() == MigrationKind.INTERNATIONAL_IN || flow.getKind() == MigrationKind.INTERNATIONAL_OUT)
                            && flow.getArea() == area) {
                        list.add(override(flow, OverrideMode.MULTIPLIER, value, horizon.fromYear()));
                    }
                }
            }
            case RESETTLEMENT -> intake(project, area, DefaultPopulationGroups.REFUGEES, IntakeProfiles.FAMILY_RESETTLEMENT,
                    INTAKE_NAME, value, horizon, list);
            case ASYLUM_DISPERSAL -> intake(project, area, DefaultPopulationGroups.ASYLUM_SEEKERS,
                    IntakeProfiles.ASYLUM_DISPERSAL, DISPERSAL_NAME, value, horizon, list);
            case ESOL_PLACES -> throw new IllegalArgumentException("ESOL places change no one's age or home");
        }
        if (!list.isEmpty()) {
            overrides.put(lever, list);
        }
    }

    /** People added each year through a 0-a-year flow of the group into the area (made, with its profile, if missing). */
    private void intake(Project project, Area area, String groupId, IntakeProfiles.Profile profile, String flowName,
            double value, WorkshopHorizon horizon, List<ScenarioOverride> list) {
        PopulationGroup group = group(project, groupId);
        if (group == null) {
            return;
        }
        SpecialFlow flow = project.getAssumptions().getSpecialFlows().stream()
                .filter(s -> flowName.equals(s.getName()) && s.getArea() == area && s.getGroup() == group
                        && s.getPerYear() == 0 && s.getFromYear() <= horizon.fromYear() && s.getToYear() >= horizon.endYear())
                .findFirst().orElse(null);
        if (flow == null) {
            MigrationSchedule schedule = project.getAssumptions().getSchedules().stream()
                    .filter(s -> profile.id().equals(s.getId())).findFirst().orElse(null);
            if (schedule == null) {
                schedule = profile.toSchedule(project.getBasePopulation().getTopAge());
                newSchedules.add(schedule);
            }
            flow = CroesoFactory.eINSTANCE.createSpecialFlow();
            flow.setName(flowName);
            flow.setGroup(group);
            flow.setArea(area);
            flow.setPerYear(0);
            flow.setFromYear(horizon.fromYear());
            flow.setToYear(horizon.endYear());
            flow.setProfile(schedule);
            newFlows.add(flow);
        }
        list.add(override(flow, OverrideMode.ADDED_FLOW, value, horizon.fromYear()));
    }

    private ScenarioOverride override(Assumption target, OverrideMode mode, double value, int fromYear) {
        ScenarioOverride o = CroesoFactory.eINSTANCE.createScenarioOverride();
        o.setTarget(target);
        o.setMode(mode);
        o.setValue(value);
        o.setFromYear(fromYear);
        scenario.getOverrides().add(o);
        return o;
    }

    private static PopulationGroup group(Project project, String id) {
        return project.getGroups().stream().filter(g -> id.equals(g.getId())).findFirst().orElse(null);
    }
}
