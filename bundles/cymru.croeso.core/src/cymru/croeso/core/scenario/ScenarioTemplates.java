package cymru.croeso.core.scenario;

import java.util.Map;

import cymru.croeso.model.Area;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.Assumptions;
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
import cymru.croeso.model.files.AssumptionIds;

/**
 * The standard variants a planner starts from, each created as a child of a given scenario and added to the
 * project. A child keeps its parent's horizon (its own years are left at 0) and differs only by its overrides.
 *
 * <p>There is no ten-year-average template that reads the history itself: the model holds only assumptions for the
 * future, and past flows live in imported tables (the H2 store, {@code cymru.croeso.engine.history}).
 * {@link #averageMigration} takes the averages worked out from those tables and sets the flows to them.
 */
public final class ScenarioTemplates {

    /** High migration: international in-migration × 1.5, in the spirit of the ONS high-migration variant. */
    public static final double HIGH_MIGRATION = 1.5;
    /** Low migration: international in-migration × 0.5, mirroring the high variant. */
    public static final double LOW_MIGRATION = 0.5;

    private ScenarioTemplates() {
    }

    /** A root scenario over a horizon: the principal projection every variant starts from. */
    public static Scenario principal(Project project, int baseYear, int endYear) {
        Scenario s = scenario(project, null, "principal", "Principal projection");
        s.setBaseYear(baseYear);
        s.setEndYear(endYear);
        return s;
    }

    public static Scenario highMigration(Project project, Scenario parent, int fromYear) {
        Scenario s = scenario(project, parent, "high-migration", "High migration");
        multiplyFlows(project, s, fromYear, HIGH_MIGRATION, MigrationKind.INTERNATIONAL_IN);
        return s;
    }

    public static Scenario lowMigration(Project project, Scenario parent, int fromYear) {
        Scenario s = scenario(project, parent, "low-migration", "Low migration");
        multiplyFlows(project, s, fromYear, LOW_MIGRATION, MigrationKind.INTERNATIONAL_IN);
        return s;
    }

    /** No international migration in either direction from the year on, so net international migration is zero at every age. */
    public static Scenario zeroNetInternationalMigration(Project project, Scenario parent, int fromYear) {
        Scenario s = scenario(project, parent, "zero-net-international", "Zero net international migration");
        multiplyFlows(project, s, fromYear, 0, MigrationKind.INTERNATIONAL_IN, MigrationKind.INTERNATIONAL_OUT);
        return s;
    }

    /**
     * Migration flows set to averages of past years (e.g. the last ten) from the year on.
     *
     * @param averages people a year for each flow, worked out from the imported history
     */
    public static Scenario averageMigration(Project project, Scenario parent, String id, Map<MigrationFlow, Double> averages,
            int fromYear) {
        Scenario s = scenario(project, parent, id, "Average migration");
        averages.forEach((flow, level) -> override(s, flow, OverrideMode.ABSOLUTE, level, fromYear));
        return s;
    }

    /** A resettlement programme: {@code perYear} refugees a year into one area with the illustrative family profile. */
    public static Scenario resettlementProgramme(Project project, Scenario parent, Area area, double perYear,
            int firstYear, int lastYear) {
        return intake(project, parent, "resettlement", "Resettlement programme", DefaultPopulationGroups.REFUGEES, area,
                perYear, firstYear, lastYear, IntakeProfiles.FAMILY_RESETTLEMENT);
    }

    /** More asylum dispersal bed-spaces: {@code perYear} more asylum seekers a year housed in the area. */
    public static Scenario asylumDispersalExpansion(Project project, Scenario parent, Area area, double perYear,
            int firstYear, int lastYear) {
        return intake(project, parent, "asylum-dispersal", "Asylum dispersal expansion",
                DefaultPopulationGroups.ASYLUM_SEEKERS, area, perYear, firstYear, lastYear, IntakeProfiles.ASYLUM_DISPERSAL);
    }

    /** A university's larger international intake: {@code perYear} more international students a year. */
    public static Scenario universityExpansion(Project project, Scenario parent, Area area, double perYear,
            int firstYear, int lastYear) {
        return intake(project, parent, "university-expansion", "University expansion",
                DefaultPopulationGroups.INTERNATIONAL_STUDENTS, area, perYear, firstYear, lastYear,
                IntakeProfiles.INTERNATIONAL_STUDENTS);
    }

    /**
     * A planned intake. A scenario cannot hold assumptions of its own, so the intake is added to the project's
     * assumptions at 0 people a year (changing no other scenario) and this child adds {@code perYear} to it.
     */
    public static Scenario intake(Project project, Scenario parent, String id, String name, String groupId, Area area,
            double perYear, int firstYear, int lastYear, IntakeProfiles.Profile profile) {
        Assumptions assumptions = project.getAssumptions();
        SpecialFlow flow = CroesoFactory.eINSTANCE.createSpecialFlow();
        flow.setName(name);
        flow.setGroup(group(project, groupId));
        flow.setArea(area);
        flow.setPerYear(0);
        flow.setFromYear(firstYear);
        flow.setToYear(lastYear);
        flow.setProfile(schedule(project, profile));
        assumptions.getSpecialFlows().add(flow);
        AssumptionIds.assignMissing(project);
        Scenario s = scenario(project, parent, id, name);
        override(s, flow, OverrideMode.ADDED_FLOW, perYear, firstYear);
        return s;
    }

    private static Scenario scenario(Project project, Scenario parent, String id, String name) {
        for (Scenario existing : project.getScenarios()) {
            if (id.equals(existing.getId())) {
                throw new ScenarioProblem("project \"" + project.getName() + "\" already has a scenario \"" + id
                        + "\"; rename or delete it first");
            }
        }
        Scenario s = CroesoFactory.eINSTANCE.createScenario();
        s.setId(id);
        s.setName(name);
        s.setParent(parent);
        project.getScenarios().add(s);
        return s;
    }

    private static void multiplyFlows(Project project, Scenario s, int fromYear, double factor, MigrationKind... kinds) {
        for (MigrationFlow flow : project.getAssumptions().getMigration()) {
            for (MigrationKind kind : kinds) {
                if (flow.getKind() == kind) {
                    override(s, flow, OverrideMode.MULTIPLIER, factor, fromYear);
                }
            }
        }
    }

    private static void override(Scenario s, Assumption target, OverrideMode mode, double value, int fromYear) {
        ScenarioOverride o = CroesoFactory.eINSTANCE.createScenarioOverride();
        o.setTarget(target);
        o.setMode(mode);
        o.setValue(value);
        o.setFromYear(fromYear);
        s.getOverrides().add(o);
    }

    private static PopulationGroup group(Project project, String id) {
        for (PopulationGroup g : project.getGroups()) {
            if (id.equals(g.getId())) {
                return g;
            }
        }
        throw new ScenarioProblem("project \"" + project.getName() + "\" has no group \"" + id
                + "\" for this template; add the group or use intake(...) with one of its groups");
    }

    private static MigrationSchedule schedule(Project project, IntakeProfiles.Profile profile) {
        for (MigrationSchedule s : project.getAssumptions().getSchedules()) {
            if (profile.id().equals(s.getId())) {
                return s;
            }
        }
        MigrationSchedule s = profile.toSchedule(project.getBasePopulation().getTopAge());
        project.getAssumptions().getSchedules().add(s);
        return s;
    }
}
