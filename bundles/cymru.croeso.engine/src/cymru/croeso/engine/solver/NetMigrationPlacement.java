package cymru.croeso.engine.solver;

import cymru.croeso.engine.AgeSexSchedule;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.Sex;

/**
 * Where the solver's net international migration goes: the origin group it joins (or leaves), how it is spread
 * over sex and age, and how it is shared between areas.
 *
 * @param group      the origin group of the migrants
 * @param schedule   shares by sex and age at the end of the year of arrival (or departure), e.g. a Rogers–Castro curve
 * @param areaShares each area's share of the national figure, summing to one
 */
public record NetMigrationPlacement(int group, AgeSexSchedule schedule, double[] areaShares) {

    public NetMigrationPlacement {
        areaShares = areaShares.clone();
        double sum = 0;
        for (double s : areaShares) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("an area's share of net migration is " + s + "; shares must be finite and ≥ 0");
            }
            sum += s;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("the areas' shares of net migration add up to " + sum + ", not 1");
        }
    }

    /** Shares proportional to each area's base-year population, the neutral choice when nothing better is known. */
    public static NetMigrationPlacement proportionalToBase(ProjectionInputs scenario, int group, AgeSexSchedule schedule) {
        PopulationShape shape = scenario.shape();
        double[] shares = new double[shape.areas()];
        double total = 0;
        for (int area = 0; area < shape.areas(); area++) {
            for (int g = 0; g < shape.groups(); g++) {
                for (Sex sex : Sex.values()) {
                    for (int a = 0; a < shape.ages(); a++) {
                        shares[area] += scenario.base().get(area, g, sex, a);
                    }
                }
            }
            total += shares[area];
        }
        for (int area = 0; area < shares.length; area++) {
            shares[area] = total > 0 ? shares[area] / total : 1.0 / shares.length;
        }
        return new NetMigrationPlacement(group, schedule, shares);
    }

    /** Migrants by [area][sex][age] for a net figure of {@code perYear} people (its size; the sign picks the flow). */
    double[] counts(PopulationShape shape, double perYear) {
        int ages = shape.ages();
        double[] counts = new double[shape.areas() * PopulationShape.SEXES * ages];
        for (int area = 0; area < shape.areas(); area++) {
            for (Sex sex : Sex.values()) {
                for (int a = 0; a < ages; a++) {
                    counts[(area * PopulationShape.SEXES + sex.ordinal()) * ages + a] = Math.abs(perYear) * areaShares[area] * schedule.share(sex, a);
                }
            }
        }
        return counts;
    }
}
