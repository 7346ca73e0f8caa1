package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;

import java.util.List;

/**
 * Forecasts pupils by planning area and year group from a projection and compares them with capacity by phase.
 * Pupils = children of the year group's age × participation rate, or, with {@link CohortProgression}, last year's
 * pupils progressed a year group; EAL/WAL pupils = pupils × the cohort's mix of origin groups × each group's share.
 */
public final class SchoolPlaces {
    private static final int YG = SchoolYearGroup.COUNT;

    private SchoolPlaces() {
    }

    public static SchoolPlacesDemand project(ProjectedPopulation population, SchoolAssumptions assumptions) {
        PopulationShape shape = population.shape();
        List<PlanningArea> areas = assumptions.planningAreas();
        int n = areas.size();
        int years = population.years();
        int groups = shape.groups();
        double[] participation = assumptions.participation();
        double[] eal = assumptions.ealShare();
        if (eal.length != groups) {
            throw new IllegalArgumentException("EAL shares are given for " + eal.length
                    + " groups; the projection has " + groups);
        }
        for (PlanningArea pa : areas) {
            if (pa.area() >= shape.areas()) {
                throw new IllegalArgumentException("planning area " + pa.code() + " lies in area " + pa.area()
                        + "; the projection has " + shape.areas());
            }
        }
        CohortProgression progression = assumptions.progression();
        double[] baseRolls = progression == null ? null : progression.baseRolls();
        double[] ratios = progression == null ? null : progression.ratios();
        double[] transfer = progression == null ? null : progression.transferRate();
        double[] pupils = new double[years * n * YG];
        double[] ealPupils = new double[years * n * YG];
        for (int y = 0; y < years; y++) {
            double[] cells = population.cellsAt(y);
            for (int p = 0; p < n; p++) {
                PlanningArea pa = areas.get(p);
                int row = (y * n + p) * YG;
                for (int yg = 0; yg < YG; yg++) {
                    int age = yg + 3;
                    double children = 0;
                    double childrenTimesEal = 0;
                    for (int g = 0; g < groups; g++) {
                        double c = cells[shape.cell(pa.area(), g, 0, age)] + cells[shape.cell(pa.area(), g, 1, age)];
                        children += c;
                        childrenTimesEal += c * eal[g];
                    }
                    children *= pa.share();
                    childrenTimesEal *= pa.share();
                    double value;
                    if (progression == null || yg <= SchoolYearGroup.RECEPTION.ordinal()) {
                        value = children * participation[p * YG + yg];
                    } else if (y == 0) {
                        value = baseRolls[p * YG + yg];
                    } else {
                        double previous = pupils[((y - 1) * n + p) * YG + yg - 1];
                        value = previous * (yg == SchoolYearGroup.YEAR_7.ordinal()
                                ? transfer[p] : ratios[p * YG + yg]);
                    }
                    pupils[row + yg] = value;
                    ealPupils[row + yg] = children > 0 ? value * childrenTimesEal / children : 0;
                }
            }
        }
        double[] capacity = StepChange.capacities(assumptions.capacity(), assumptions.capacityChanges(),
                population.firstYear(), years);
        return new SchoolPlacesDemand(areas, shapeCodes(shape, areas), population.firstYear(), years, pupils, ealPupils,
                capacity, assumptions.surplusFlagPercent());
    }

    private static String[] shapeCodes(PopulationShape shape, List<PlanningArea> areas) {
        String[] codes = new String[areas.size()];
        for (int p = 0; p < codes.length; p++) {
            codes[p] = shape.areaCodes().get(areas.get(p).area());
        }
        return codes;
    }
}
