package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;

/**
 * Scales headship rates by one factor per area so that an area's households in a chosen year equal a target, e.g.
 * the Welsh Government 2014-based household projections for 2014: factor = target ÷ modelled households.
 *
 * @param calibrated the assumptions with scaled headship rates
 * @param factors    the factor applied to each area's rates
 */
public record HeadshipCalibration(HousingAssumptions calibrated, double[] factors) {

    public HeadshipCalibration {
        factors = factors.clone();
    }

    @Override
    public double[] factors() {
        return factors.clone();
    }

    /**
     * Calibrates every area to its target households in {@code year}.
     *
     * @param targets households per area; NaN leaves an area's rates as they are
     */
    public static HeadshipCalibration calibrate(ProjectedPopulation population, HousingAssumptions assumptions, int year,
            double[] targets) {
        PopulationShape shape = population.shape();
        if (targets.length != shape.areas()) {
            throw new IllegalArgumentException("calibration needs one target per area: " + targets.length + " for "
                    + shape.areas() + " areas");
        }
        ProjectedPopulation oneYear = ProjectedPopulation.of(shape, year, population.cellsAt(population.index(year)));
        HousingDemand modelled = Housing.project(oneYear, assumptions);
        double[] factors = new double[shape.areas()];
        double[] rates = assumptions.headship();
        for (int a = 0; a < factors.length; a++) {
            double households = modelled.households(year, a);
            if (Double.isNaN(targets[a])) {
                factors[a] = 1;
                continue;
            }
            if (!(households > 0)) {
                throw new IllegalArgumentException("area " + shape.areaCodes().get(a) + " has no households in " + year
                        + " to scale to " + targets[a] + ": give it headship rates above zero first");
            }
            factors[a] = targets[a] / households;
            for (int g = 0; g < shape.groups(); g++) {
                for (int s = 0; s < PopulationShape.SEXES; s++) {
                    int first = shape.firstCell(a, g, s);
                    for (int age = 0; age < shape.ages(); age++) {
                        rates[first + age] *= factors[a];
                    }
                }
            }
        }
        return new HeadshipCalibration(assumptions.withHeadship(rates), factors);
    }
}
