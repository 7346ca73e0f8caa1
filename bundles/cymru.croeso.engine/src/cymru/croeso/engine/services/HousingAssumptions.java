package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;

import java.util.ArrayList;
import java.util.List;

/**
 * What the housing calculation assumes: who lives outside households, headship rates, the allowance for vacant
 * dwellings and second homes, the dwelling stock and its pipeline, tenure by group and the crowding threshold.
 *
 * @param institutional          population in communal establishments by area, sex and age,
 *                               {@code [(area * 2 + sex) * ages + age]}: a rate of the population, or a count
 * @param institutionalAsCounts  whether {@code institutional} holds counts (shared among groups pro rata) or rates
 * @param headship               household-representative rates in {@link PopulationShape#cell} order
 * @param vacancyRate            share of dwellings vacant, per area
 * @param secondHomesRate        share of dwellings that are second homes, per area
 * @param stock                  dwellings in the base year, per area
 * @param pipeline               dwellings added (completions) from a year, indexed by area
 * @param rentingShare           share of households renting, per group of the household representative
 * @param crowdingThreshold      crowding index above which an area is flagged
 */
public record HousingAssumptions(double[] institutional, boolean institutionalAsCounts, double[] headship,
        double[] vacancyRate, double[] secondHomesRate, double[] stock, List<StepChange> pipeline, double[] rentingShare,
        double crowdingThreshold) {

    public HousingAssumptions {
        institutional = institutional.clone();
        headship = headship.clone();
        vacancyRate = vacancyRate.clone();
        secondHomesRate = secondHomesRate.clone();
        stock = stock.clone();
        pipeline = List.copyOf(pipeline);
        rentingShare = rentingShare.clone();
        for (int a = 0; a < vacancyRate.length; a++) {
            if (!(vacancyRate[a] >= 0 && secondHomesRate[a] >= 0 && vacancyRate[a] + secondHomesRate[a] < 1)) {
                throw new IllegalArgumentException("area " + a + ": vacancy " + vacancyRate[a] + " and second homes "
                        + secondHomesRate[a] + " must be non-negative and add up to less than 1");
            }
        }
    }

    /** Defaults for a shape (group 0 UK-born): see {@link ServiceDefaults}; headship rates then need calibrating. */
    public static HousingAssumptions withDefaults(PopulationShape shape, double[] stock) {
        int areas = shape.areas();
        double[] headship = new double[shape.cells()];
        for (int i = 0; i < headship.length; i++) {
            headship[i] = i % shape.ages() >= 16 ? ServiceDefaults.HEADSHIP_RATE_ADULT : 0;
        }
        return new HousingAssumptions(
                ServiceDefaults.filled(areas * PopulationShape.SEXES * shape.ages(), ServiceDefaults.INSTITUTIONAL_RATE),
                false, headship, ServiceDefaults.filled(areas, ServiceDefaults.VACANCY_RATE),
                ServiceDefaults.filled(areas, ServiceDefaults.SECOND_HOMES_RATE), stock, List.of(),
                ServiceDefaults.byBirthplace(ServiceDefaults.groupZeroUkBorn(shape.groups()),
                        ServiceDefaults.UK_BORN_RENTING_SHARE, ServiceDefaults.NON_UK_BORN_RENTING_SHARE),
                ServiceDefaults.CROWDING_INDEX_THRESHOLD);
    }

    /** The same assumptions with headship rates replaced. */
    public HousingAssumptions withHeadship(double[] rates) {
        return new HousingAssumptions(institutional, institutionalAsCounts, rates, vacancyRate, secondHomesRate, stock,
                pipeline, rentingShare, crowdingThreshold);
    }

    /** The same assumptions with {@code dwellings} more completed in an area from {@code fromYear} (a strategy action). */
    public HousingAssumptions withCompletions(int area, int fromYear, double dwellings) {
        List<StepChange> changes = new ArrayList<>(pipeline);
        changes.add(new StepChange(area, fromYear, dwellings));
        return new HousingAssumptions(institutional, institutionalAsCounts, headship, vacancyRate, secondHomesRate, stock,
                changes, rentingShare, crowdingThreshold);
    }

    // Accessors copy, so that the assumptions stay immutable; calculators read each array once.
    @Override
    public double[] institutional() {
        return institutional.clone();
    }

    @Override
    public double[] headship() {
        return headship.clone();
    }

    @Override
    public double[] vacancyRate() {
        return vacancyRate.clone();
    }

    @Override
    public double[] secondHomesRate() {
        return secondHomesRate.clone();
    }

    @Override
    public double[] stock() {
        return stock.clone();
    }

    @Override
    public double[] rentingShare() {
        return rentingShare.clone();
    }
}
