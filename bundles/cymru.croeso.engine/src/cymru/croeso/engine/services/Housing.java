package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;

/**
 * Works out households, dwellings needed and the shortfall against stock by area and year, with tenure and crowding.
 *
 * <pre>
 *   household population = population − institutional (rate × population, or a count shared among groups pro rata)
 *   households           = Σ household population × headship rate (by group, sex, age)
 *   dwellings needed     = households ÷ (1 − vacancy − second homes)
 *   available            = stock + completions to date;      shortfall = needed − available (negative: spare)
 *   renting              = Σ_groups households × renting share;   not renting = households − renting
 *   usable dwellings     = available × (1 − vacancy − second homes)
 *   persons per dwelling = household population ÷ usable dwellings
 *   crowding index       = persons per dwelling ÷ the base year's;   flagged above the threshold
 *   concealed households = max(0, households − usable dwellings)
 * </pre>
 */
public final class Housing {

    private Housing() {
    }

    public static HousingDemand project(ProjectedPopulation population, HousingAssumptions assumptions) {
        PopulationShape shape = population.shape();
        int areas = shape.areas();
        int groups = shape.groups();
        int ages = shape.ages();
        int years = population.years();
        check(shape, assumptions);
        double[] available = StepChange.capacities(assumptions.stock(), assumptions.pipeline(), population.firstYear(), years);
        AreaYearValues out = HousingDemand.emptyValues(shape.areaCodes(), population.firstYear(), years);
        double[] byGroup = new double[years * areas * groups];
        double[] rent = assumptions.rentingShare();
        double[] inst = assumptions.institutional();
        double[] headship = assumptions.headship();
        double[] vacancy = assumptions.vacancyRate();
        double[] secondHomes = assumptions.secondHomesRate();
        boolean counts = assumptions.institutionalAsCounts();
        double[] baseCrowding = new double[areas];
        for (int y = 0; y < years; y++) {
            double[] cells = population.cellsAt(y);
            for (int a = 0; a < areas; a++) {
                double total = 0;
                double institutional = 0;
                double households = 0;
                double renting = 0;
                for (int s = 0; s < PopulationShape.SEXES; s++) {
                    int instRow = (a * PopulationShape.SEXES + s) * ages;
                    for (int age = 0; age < ages; age++) {
                        double all = 0;
                        if (counts) {
                            for (int g = 0; g < groups; g++) {
                                all += cells[shape.cell(a, g, s, age)];
                            }
                        }
                        for (int g = 0; g < groups; g++) {
                            int cell = shape.cell(a, g, s, age);
                            double p = cells[cell];
                            double i = counts
                                    ? (all > 0 ? Math.min(inst[instRow + age], all) * p / all : 0)
                                    : Math.min(1, inst[instRow + age]) * p;
                            double hh = (p - i) * headship[cell];
                            total += p;
                            institutional += i;
                            households += hh;
                            renting += hh * rent[g];
                            byGroup[(y * areas + a) * groups + g] += hh;
                        }
                    }
                }
                double occupiable = 1 - vacancy[a] - secondHomes[a];
                double dwellings = available[y * areas + a];
                double usable = dwellings * occupiable;
                double personsPerDwelling = usable > 0 ? (total - institutional) / usable : 0;
                if (y == 0) {
                    baseCrowding[a] = personsPerDwelling;
                }
                double crowding = baseCrowding[a] > 0 ? personsPerDwelling / baseCrowding[a] : 0;
                double needed = households / occupiable;
                double[] measures = {total, institutional, total - institutional, households, needed, dwellings,
                    needed - dwellings, renting, households - renting, personsPerDwelling, crowding,
                    Math.max(0, households - usable), crowding > assumptions.crowdingThreshold() ? 1 : 0};
                for (int m = 0; m < measures.length; m++) {
                    out.set(y, a, m, measures[m]);
                }
            }
        }
        return new HousingDemand(out, byGroup, areas, groups, rent);
    }

    private static void check(PopulationShape shape, HousingAssumptions assumptions) {
        int areas = shape.areas();
        if (assumptions.headship().length != shape.cells()
                || assumptions.institutional().length != areas * PopulationShape.SEXES * shape.ages()
                || assumptions.vacancyRate().length != areas || assumptions.secondHomesRate().length != areas
                || assumptions.stock().length != areas || assumptions.rentingShare().length != shape.groups()) {
            throw new IllegalArgumentException("housing assumptions do not fit the projection's " + areas + " areas, "
                    + shape.groups() + " groups and " + shape.ages() + " ages");
        }
    }
}
