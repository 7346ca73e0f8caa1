package cymru.croeso.model.tests;

import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.FigureSource;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.OrganisationKind;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Provenance;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.Services;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;
import cymru.croeso.model.Aim;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.defaults.DefaultPopulationGroups;
import cymru.croeso.model.defaults.DefaultServiceAssumptions;
import cymru.croeso.model.files.ProjectFormat;
import cymru.croeso.model.values.PopulationCube;

/** Small but complete projects built in code for the tests: every kind of element, all references set. */
final class SampleProjects {

    static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private SampleProjects() {
    }

    static Area area(String code, String nameEn, String nameCy) {
        Area area = F.createArea();
        area.setCode(code);
        area.setNameEn(nameEn);
        area.setNameCy(nameCy);
        return area;
    }

    /** A valid project: two areas, the six default groups, a population, assumptions, scenarios, services, strategy. */
    static Project small() {
        Project project = F.createProject();
        project.setName("Test project");
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        project.setDescription("Built by SampleProjects");
        Area cardiff = area("W06000015", "Cardiff", "Caerdydd");
        Area newport = area("W06000022", "Newport", "Casnewydd");
        project.getAreas().add(cardiff);
        project.getAreas().add(newport);
        project.getGroups().addAll(DefaultPopulationGroups.create());
        PopulationGroup asylum = project.getGroups().get(3);
        PopulationGroup refugees = project.getGroups().get(4);

        BasePopulation population = F.createBasePopulation();
        population.setBaseYear(2011);
        population.setTopAge(2);
        population.getAreas().addAll(project.getAreas());
        population.getGroups().addAll(project.getGroups());
        double[] values = new double[new PopulationCube(2, 6, 3).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 10.5;
        }
        population.setValues(values);
        Provenance provenance = F.createProvenance();
        provenance.setSource("Nomis, mid-2011 estimates");
        provenance.setIllustrative(true);
        population.setProvenance(provenance);
        project.setBasePopulation(population);

        project.setAssumptions(F.createAssumptions());
        MigrationSchedule schedule = F.createMigrationSchedule();
        schedule.setId("family");
        schedule.setShares(new double[] {0.25, 0.25, 0.1, 0.2, 0.1, 0.1});
        project.getAssumptions().getSchedules().add(schedule);
        MigrationTotal inflow = F.createMigrationTotal();
        inflow.setKind(MigrationKind.INTERNATIONAL_IN);
        inflow.setGroup(refugees);
        inflow.setArea(cardiff);
        inflow.setTotal(120);
        inflow.setSchedule(schedule);
        project.getAssumptions().getMigration().add(inflow);
        GroupTransition granted = F.createGroupTransition();
        granted.setFrom(asylum);
        granted.setTo(refugees);
        granted.setShare(0.4);
        project.getAssumptions().getTransitions().add(granted);

        Organisation council = F.createOrganisation();
        council.setId("cardiff-council");
        council.setName("Cardiff Council");
        council.setKind(OrganisationKind.LOCAL_AUTHORITY);
        project.getOrganisations().add(council);

        Services services = F.createServices();
        EsolProvider college = F.createEsolProvider();
        college.setName("Cardiff and Vale College");
        college.setOrganisation(council);
        college.setArea(cardiff);
        college.setPlaces(400);
        college.setGuidedHours(120);
        college.setCostPerHour(6.5);
        services.getEsolProviders().add(college);
        ServiceAssumptions figures = DefaultServiceAssumptions.create();
        figures.setVacancyRate(0.05);
        FigureSource vacancy = F.createFigureSource();
        vacancy.setFigure("vacancyRate");
        vacancy.setSource("Council tax base, 2024");
        figures.getFigureSources().add(vacancy);
        services.setAssumptions(figures);
        project.setServices(services);

        Strategy strategy = F.createStrategy();
        strategy.setName("Welcome strategy");
        Theme theme = F.createTheme();
        theme.setDomain(IntegrationDomain.EDUCATION_AND_SKILLS);
        theme.setNameEn("Education and skills");
        Aim aim = F.createAim();
        aim.setText("Everyone who needs English can learn it");
        StrategyAction action = F.createStrategyAction();
        action.setId("A1");
        action.setTitle("More ESOL places");
        action.setLead(council);
        action.getPartners().add(council);
        action.setStartYear(2026);
        action.setEndYear(2029);
        action.setCost(85000);
        action.setStatus(RagStatus.AMBER);
        Effect effect = F.createEffect();
        effect.setTarget(EffectTarget.ESOL_PLACES);
        effect.setAmount(120);
        effect.setFromYear(2027);
        effect.setToYear(2031);
        effect.setEsolProvider(college);
        action.getEffects().add(effect);
        aim.getActions().add(action);
        theme.getAims().add(aim);
        strategy.getThemes().add(theme);
        project.setStrategy(strategy);

        Scenario baseline = F.createScenario();
        baseline.setId("baseline");
        baseline.setName("Baseline");
        baseline.setBaseYear(2011);
        baseline.setEndYear(2036);
        Scenario higher = F.createScenario();
        higher.setId("higher");
        higher.setName("Higher migration");
        higher.setParent(baseline);
        higher.setBaseYear(2011);
        higher.setEndYear(2036);
        higher.getEnabledActions().add(action);
        ScenarioOverride more = F.createScenarioOverride();
        more.setTarget(inflow);
        more.setFromYear(2020);
        more.setMode(OverrideMode.MULTIPLIER);
        more.setValue(1.5);
        higher.getOverrides().add(more);
        project.getScenarios().add(baseline);
        project.getScenarios().add(higher);
        return project;
    }
}
