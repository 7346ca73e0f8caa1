package cymru.croeso.engine.services;

import java.util.List;
import java.util.Map;

/**
 * The cohort-progression method of forecasting rolls: from the base year's rolls, each year group is last year's
 * previous year group times a progression ratio (the mean over chosen historic years of
 * roll(t, g) ÷ roll(t − 1, g − 1)); Year 7 is last year's Year 6 times the primary→secondary transfer rate;
 * nursery and reception, which have no earlier year group, come from population × participation.
 *
 * @param baseRolls    rolls of the base year, {@code [planningArea * 15 + yearGroup]}
 * @param ratios       progression ratios, same layout (entries for nursery, reception and Year 7 are not used)
 * @param transferRate primary→secondary transfer rate per planning area
 */
public record CohortProgression(double[] baseRolls, double[] ratios, double[] transferRate) {

    public CohortProgression {
        baseRolls = baseRolls.clone();
        ratios = ratios.clone();
        transferRate = transferRate.clone();
        if (baseRolls.length != ratios.length || ratios.length != transferRate.length * SchoolYearGroup.COUNT) {
            throw new IllegalArgumentException("cohort progression: " + baseRolls.length + " rolls, " + ratios.length
                    + " ratios and " + transferRate.length + " transfer rates do not describe the same planning areas");
        }
    }

    /**
     * Ratios averaged over {@code years} (each year t uses the rolls of t and t − 1, both of which must be given).
     *
     * @param rollsByYear  historic rolls by year, {@code [planningArea * 15 + yearGroup]}
     * @param baseRolls    rolls of the projection's base year
     * @param transferRate primary→secondary transfer rate per planning area
     */
    public static CohortProgression averaged(Map<Integer, double[]> rollsByYear, List<Integer> years, double[] baseRolls,
            double[] transferRate) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("cohort progression needs at least one year to average over");
        }
        double[] ratios = new double[baseRolls.length];
        for (int year : years) {
            double[] now = rollsByYear.get(year);
            double[] before = rollsByYear.get(year - 1);
            if (now == null || before == null) {
                throw new IllegalArgumentException("progression ratios for " + year + " need the rolls of " + (year - 1)
                        + " and " + year);
            }
            for (int i = 0; i < ratios.length; i++) {
                if (i % SchoolYearGroup.COUNT == 0) {
                    continue;
                }
                ratios[i] += before[i - 1] > 0 ? now[i] / before[i - 1] / years.size() : 0;
            }
        }
        return new CohortProgression(baseRolls, ratios, transferRate);
    }

    int planningAreas() {
        return transferRate.length;
    }

    // Accessors copy, so that the assumptions stay immutable; calculators read each array once.
    @Override
    public double[] baseRolls() {
        return baseRolls.clone();
    }

    @Override
    public double[] ratios() {
        return ratios.clone();
    }

    @Override
    public double[] transferRate() {
        return transferRate.clone();
    }
}
