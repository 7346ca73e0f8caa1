package cymru.croeso.core.workbench;

import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;

/**
 * One area's total population by origin group for every year of a projection, base year first: the scenario
 * chart's data.
 *
 * @param areaCode the area
 * @param firstYear the base year of the run
 * @param totals   persons [group][year − firstYear], both sexes and all ages
 */
public record GroupTrend(String areaCode, int firstYear, double[][] totals) {

    public static GroupTrend of(ProjectionResult result, String areaCode) {
        int a = result.shape().areaCodes().indexOf(areaCode);
        if (a < 0) {
            throw new IllegalArgumentException("area " + areaCode + " is not in the projection");
        }
        int years = result.endYear() - result.baseYear() + 1;
        double[][] totals = new double[result.shape().groups()][years];
        for (int y = 0; y < years; y++) {
            int year = result.baseYear() + y;
            for (int g = 0; g < totals.length; g++) {
                double s = 0;
                for (Sex sex : Sex.values()) {
                    for (int age = 0; age < result.shape().ages(); age++) {
                        s += result.population(year, a, g, sex, age);
                    }
                }
                totals[g][y] = s;
            }
        }
        return new GroupTrend(areaCode, result.baseYear(), totals);
    }

    public int lastYear() {
        return firstYear + years() - 1;
    }

    public int years() {
        return totals.length == 0 ? 0 : totals[0].length;
    }

    /** All groups' persons in one year. */
    public double total(int year) {
        double s = 0;
        for (double[] group : totals) {
            s += group[year - firstYear];
        }
        return s;
    }
}
