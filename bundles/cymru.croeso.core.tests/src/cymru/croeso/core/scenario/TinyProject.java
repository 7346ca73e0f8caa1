package cymru.croeso.core.scenario;

import cymru.croeso.model.AgeSpecificFertility;
import cymru.croeso.model.AgeSpecificMortality;
import cymru.croeso.model.Area;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;

/**
 * A hand-checkable project: areas A and B, groups uk-born and refugees, ages 0 … 3 (3 = 3+), base year 2020, a
 * principal scenario to 2025. Sex-indexed arrays are male first, as the model stores them; male and female numbers
 * differ everywhere so a swapped sex order shows.
 */
final class TinyProject {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;

    final Project project = F.createProject();
    final Area a = area("A");
    final Area b = area("B");
    final PopulationGroup ukBorn = group("uk-born", true);
    final PopulationGroup refugees = group("refugees", false);
    final Assumptions assumptions = F.createAssumptions();
    final MigrationSchedule schedule = F.createMigrationSchedule();
    /** International in-migration of refugees into A: 10 a year, spread male {0, .1, .2, 0}, female {0, .3, .4, 0}. */
    final MigrationTotal refugeesIn = F.createMigrationTotal();
    /** Internal out-migration of the UK-born everywhere: male 10 % at ages 1–2, female 5 %. */
    final MigrationRate ukBornOut = F.createMigrationRate();
    final AgeSpecificMortality mortality = F.createAgeSpecificMortality();
    final AgeSpecificFertility fertility = F.createAgeSpecificFertility();
    final Scenario principal;

    TinyProject() {
        project.setName("tiny");
        project.getAreas().add(a);
        project.getAreas().add(b);
        project.getGroups().add(ukBorn);
        project.getGroups().add(refugees);
        BasePopulation base = F.createBasePopulation();
        base.setBaseYear(2020);
        base.setTopAge(3);
        base.getAreas().add(a);
        base.getAreas().add(b);
        base.getGroups().add(ukBorn);
        base.getGroups().add(refugees);
        base.setValues(new double[] {
            10, 20, 30, 40, 11, 21, 31, 41, // A uk-born: male, female
            1, 2, 3, 4, 5, 6, 7, 8, // A refugees
            100, 200, 300, 400, 110, 210, 310, 410, // B uk-born
            0, 0, 0, 0, 2, 2, 2, 2}); // B refugees
        project.setBasePopulation(base);
        project.setAssumptions(assumptions);

        fertility.setFirstAge(1);
        fertility.setRates(new double[] {0.1, 0.2});
        assumptions.getFertility().add(fertility);
        mortality.setRates(new double[] {0.01, 0.02, 0.03, 0.5, 0.005, 0.01, 0.02, 0.4});
        assumptions.getMortality().add(mortality);

        schedule.setId("s");
        schedule.setShares(new double[] {0, 0.1, 0.2, 0, 0, 0.3, 0.4, 0});
        assumptions.getSchedules().add(schedule);
        refugeesIn.setKind(MigrationKind.INTERNATIONAL_IN);
        refugeesIn.setGroup(refugees);
        refugeesIn.setArea(a);
        refugeesIn.setTotal(10);
        refugeesIn.setSchedule(schedule);
        assumptions.getMigration().add(refugeesIn);
        ukBornOut.setKind(MigrationKind.INTERNAL_OUT);
        ukBornOut.setGroup(ukBorn);
        ukBornOut.setRates(new double[] {0, 0.1, 0.1, 0, 0, 0.05, 0.05, 0});
        assumptions.getMigration().add(ukBornOut);

        principal = ScenarioTemplates.principal(project, 2020, 2025);
    }

    private Area area(String code) {
        Area area = F.createArea();
        area.setCode(code);
        return area;
    }

    private PopulationGroup group(String id, boolean born) {
        PopulationGroup g = F.createPopulationGroup();
        g.setId(id);
        g.setUkBorn(born);
        return g;
    }

    Scenario child(String id, Scenario parent) {
        Scenario s = F.createScenario();
        s.setId(id);
        s.setParent(parent);
        project.getScenarios().add(s);
        return s;
    }

    static cymru.croeso.model.ScenarioOverride override(Scenario s, cymru.croeso.model.Assumption target,
            cymru.croeso.model.OverrideMode mode, double value, int fromYear) {
        cymru.croeso.model.ScenarioOverride o = F.createScenarioOverride();
        o.setTarget(target);
        o.setMode(mode);
        o.setValue(value);
        o.setFromYear(fromYear);
        s.getOverrides().add(o);
        return o;
    }
}
