package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;

/**
 * Works out GP registrations against list capacity by area and year:
 * registered = Σ_groups population × registration rate; unregistered = population − registered;
 * headroom = capacity − registered; over capacity = max(0, registered − capacity), flagged when above 0.
 */
public final class GpRegistration {

    private GpRegistration() {
    }

    public static GpRegistrationDemand project(ProjectedPopulation population, GpAssumptions assumptions) {
        PopulationShape shape = population.shape();
        int areas = shape.areas();
        int groups = shape.groups();
        int years = population.years();
        double[] rate = assumptions.registrationRate();
        if (rate.length != groups || assumptions.listCapacity().length != areas) {
            throw new IllegalArgumentException("GP assumptions are for " + rate.length + " groups and "
                    + assumptions.listCapacity().length + " areas; the projection has " + groups + " and " + areas);
        }
        double[] capacity = StepChange.capacities(assumptions.listCapacity(), assumptions.capacityChanges(),
                population.firstYear(), years);
        AreaYearValues out = GpRegistrationDemand.emptyValues(shape.areaCodes(), population.firstYear(), years);
        int run = PopulationShape.SEXES * shape.ages();
        for (int y = 0; y < years; y++) {
            double[] cells = population.cellsAt(y);
            for (int a = 0; a < areas; a++) {
                double total = 0;
                double registered = 0;
                for (int g = 0; g < groups; g++) {
                    // both sexes of a group are adjacent in the cell order
                    int first = shape.firstCell(a, g, 0);
                    double sum = 0;
                    for (int i = first; i < first + run; i++) {
                        sum += cells[i];
                    }
                    total += sum;
                    registered += sum * rate[g];
                }
                double places = capacity[y * areas + a];
                double[] measures = {total, registered, total - registered, places, places - registered,
                    Math.max(0, registered - places), registered > places ? 1 : 0};
                for (int m = 0; m < measures.length; m++) {
                    out.set(y, a, m, measures[m]);
                }
            }
        }
        return new GpRegistrationDemand(out);
    }
}
