package cymru.croeso.core.services;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.scenario.ScenarioTemplates;
import cymru.croeso.model.AgeSpecificMortality;
import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.defaults.DefaultServiceAssumptions;

/**
 * A project whose service demand can be worked by hand: one area A, groups uk-born and migrants, ages 0 … 17
 * (17 = 17+), base year 2020, principal to 2025, nobody dies, is born or moves. UK-born: 1,000 adults (age 16:
 * 100 men and 100 women; 17+: 300 men and 500 women); migrants: 500 adults (16: 50 and 50; 17+: 200 and 200).
 * The 16-year-olds turn 17 and nobody turns 16, so there are 1,000 and 500 adults (16+) in every year. With
 * {@code children}, migrants also have 10 boys and 10 girls at every age 3 … 15 in the base year.
 */
final class AdultsProject {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;
    static final int AGES = 18;

    final Project project = F.createProject();
    final Area a = F.createArea();
    final PopulationGroup ukBorn = F.createPopulationGroup();
    final PopulationGroup migrants = F.createPopulationGroup();
    final Scenario principal;
    /** The project's service figures, stated at their defaults; tests change them. */
    final ServiceAssumptions figures = DefaultServiceAssumptions.create();

    AdultsProject(boolean children) {
        project.setName("adults");
        a.setCode("A");
        project.getAreas().add(a);
        ukBorn.setId("uk-born");
        ukBorn.setUkBorn(true);
        migrants.setId("migrants");
        project.getGroups().add(ukBorn);
        project.getGroups().add(migrants);
        BasePopulation base = F.createBasePopulation();
        base.setBaseYear(2020);
        base.setTopAge(AGES - 1);
        base.getAreas().add(a);
        base.getGroups().add(ukBorn);
        base.getGroups().add(migrants);
        double[] values = new double[2 * 2 * AGES]; // group, sex (male first), age
        values[16] = 100;
        values[17] = 300;
        values[AGES + 16] = 100;
        values[AGES + 17] = 500;
        values[2 * AGES + 16] = 50;
        values[2 * AGES + 17] = 200;
        values[3 * AGES + 16] = 50;
        values[3 * AGES + 17] = 200;
        for (int age = 3; children && age <= 15; age++) {
            values[2 * AGES + age] = 10;
            values[3 * AGES + age] = 10;
        }
        base.setValues(values);
        project.setBasePopulation(base);
        project.setAssumptions(F.createAssumptions());
        AgeSpecificMortality immortal = F.createAgeSpecificMortality();
        immortal.setRates(new double[2 * AGES]);
        project.getAssumptions().getMortality().add(immortal);
        project.setServices(F.createServices());
        project.getServices().setAssumptions(figures);
        principal = ScenarioTemplates.principal(project, 2020, 2025);
    }

    /** The services of a scenario's run, worked out as the CLI, the board pack and the workbench do. */
    ScenarioServices services(Scenario scenario) {
        ScenarioRun run = new ScenarioRunner(project).run(scenario);
        return ScenarioServices.of(run, run);
    }

    cymru.croeso.engine.services.ServiceDemand demand(Scenario scenario) {
        ScenarioRun run = new ScenarioRunner(project).run(scenario);
        return ScenarioServices.of(run, run).demand(run);
    }
}
