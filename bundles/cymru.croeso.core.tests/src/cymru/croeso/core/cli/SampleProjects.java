package cymru.croeso.core.cli;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.model.Area;
import cymru.croeso.model.Aim;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.PlanningArea;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.SchoolCapacity;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.SchoolPhase;
import cymru.croeso.model.Services;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;
import cymru.croeso.model.YearGroup;

/** The sample project with services planted for the demand tests: a school deficit and an ESOL action. */
final class SampleProjects {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;
    static final String CARDIFF = "W06000015";
    static final String NEWPORT = "W06000022";
    static final String MORE_ESOL = "more-esol";

    private SampleProjects() {
    }

    /**
     * The sample plus: Cardiff's estate with 100 places per year group (Cardiff has about 4,000 children of each
     * school age, so every phase is in deficit); Newport's with 100,000 per year group (far above 10 % surplus); an
     * ESOL provider in Cardiff with 200 places; and a scenario {@value #MORE_ESOL} (child of principal) that switches
     * on an action adding 120 ESOL places from 2027.
     */
    static Project withServices() {
        Project project = projectable();
        Services services = F.createServices();
        project.setServices(services);
        services.getSchoolEstates().add(estate("Cardiff schools", area(project, CARDIFF), 100));
        services.getSchoolEstates().add(estate("Newport schools", area(project, NEWPORT), 100_000));
        EsolProvider college = F.createEsolProvider();
        college.setName("Cardiff and Vale College");
        college.setArea(area(project, CARDIFF));
        college.setPlaces(200);
        college.setGuidedHours(120);
        college.setCostPerHour(10);
        services.getEsolProviders().add(college);
        Effect effect = F.createEffect();
        effect.setTarget(EffectTarget.ESOL_PLACES);
        effect.setAmount(120);
        effect.setFromYear(2027);
        effect.setEsolProvider(college);
        StrategyAction action = F.createStrategyAction();
        action.setId("esol-120");
        action.getEffects().add(effect);
        Strategy strategy = F.createStrategy();
        Theme theme = F.createTheme();
        Aim aim = F.createAim();
        aim.getActions().add(action);
        theme.getAims().add(aim);
        strategy.getThemes().add(theme);
        project.setStrategy(strategy);
        Scenario more = F.createScenario();
        more.setId(MORE_ESOL);
        more.setName("More ESOL");
        more.setParent(project.getScenarios().get(0));
        more.getEnabledActions().add(action);
        project.getScenarios().add(more);
        return project;
    }

    /** The sample as it ships: it carries its own fertility and mortality, so its scenarios project as they are. */
    static Project projectable() {
        return SampleProject.cymru();
    }

    static Area area(Project project, String code) {
        return project.getAreas().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static SchoolEstate estate(String name, Area area, int placesPerYearGroup) {
        SchoolEstate estate = F.createSchoolEstate();
        estate.setName(name);
        estate.setArea(area);
        PlanningArea unit = F.createPlanningArea();
        unit.setCode(name);
        unit.setArea(area);
        unit.setPhase(SchoolPhase.ALL_THROUGH);
        for (YearGroup yg : YearGroup.VALUES) {
            SchoolCapacity c = F.createSchoolCapacity();
            c.setYearGroup(yg);
            c.setFromYear(2000);
            c.setPlaces(placesPerYearGroup);
            unit.getCapacities().add(c);
        }
        estate.getUnits().add(unit);
        return estate;
    }
}
