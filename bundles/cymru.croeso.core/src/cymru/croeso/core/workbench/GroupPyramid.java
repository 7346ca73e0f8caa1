package cymru.croeso.core.workbench;

import java.util.List;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;
import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.values.PopulationCube;

/**
 * One area's population in one year by origin group, sex and single year of age: what a pyramid stacked by group
 * shows, taken from the base population or from a projection.
 *
 * @param areaCode the area
 * @param year     the (mid-)year
 * @param groups   the groups in the population's order
 * @param males    persons [group][age], the last age the open top group
 * @param females  the same for females
 */
public record GroupPyramid(String areaCode, int year, List<PopulationGroup> groups, double[][] males, double[][] females) {

    /** The base population of {@code area}; empty pyramid arrays if the area is not in it. */
    public static GroupPyramid ofBase(BasePopulation base, Area area) {
        PopulationCube cube = PopulationCube.of(base);
        int a = base.getAreas().indexOf(area);
        if (a < 0) {
            throw new IllegalArgumentException("area " + area.getCode() + " has no base population");
        }
        double[] values = base.getValues();
        double[][] m = new double[cube.groups()][cube.ages()];
        double[][] f = new double[cube.groups()][cube.ages()];
        for (int g = 0; g < cube.groups(); g++) {
            for (int age = 0; age < cube.ages(); age++) {
                m[g][age] = values[cube.index(a, g, PopulationCube.MALE, age)];
                f[g][age] = values[cube.index(a, g, PopulationCube.FEMALE, age)];
            }
        }
        return new GroupPyramid(area.getCode(), base.getBaseYear(), List.copyOf(base.getGroups()), m, f);
    }

    /** The projected population of {@code area} in {@code year} of a run. */
    public static GroupPyramid ofRun(ScenarioRun run, BasePopulation base, Area area, int year) {
        ProjectionResult result = run.result();
        int a = result.shape().areaCodes().indexOf(area.getCode());
        if (a < 0) {
            throw new IllegalArgumentException("area " + area.getCode() + " is not in scenario " + run.id());
        }
        int groups = result.shape().groups();
        int ages = result.shape().ages();
        double[][] m = new double[groups][ages];
        double[][] f = new double[groups][ages];
        for (int g = 0; g < groups; g++) {
            for (int age = 0; age < ages; age++) {
                m[g][age] = result.population(year, a, g, Sex.MALE, age);
                f[g][age] = result.population(year, a, g, Sex.FEMALE, age);
            }
        }
        return new GroupPyramid(area.getCode(), year, List.copyOf(base.getGroups()), m, f);
    }

    /** Persons of one sex's array, all groups and ages. */
    private static double sum(double[][] bySexGroupAge) {
        double s = 0;
        for (double[] group : bySexGroupAge) {
            for (double v : group) {
                s += v;
            }
        }
        return s;
    }

    public double maleTotal() {
        return sum(males);
    }

    public double femaleTotal() {
        return sum(females);
    }

    public double total() {
        return maleTotal() + femaleTotal();
    }

    /** Persons of one group, both sexes and all ages. */
    public double groupTotal(int group) {
        double s = 0;
        for (int age = 0; age < males[group].length; age++) {
            s += males[group][age] + females[group][age];
        }
        return s;
    }

    /** Persons of both sexes and all groups aged {@code from} to {@code to} inclusive. */
    public double persons(int from, int to) {
        double s = 0;
        for (int g = 0; g < males.length; g++) {
            for (int age = from; age <= to && age < males[g].length; age++) {
                s += males[g][age] + females[g][age];
            }
        }
        return s;
    }

    public int topAge() {
        return males.length == 0 ? 0 : males[0].length - 1;
    }
}
