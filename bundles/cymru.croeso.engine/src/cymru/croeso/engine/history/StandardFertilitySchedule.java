package cymru.croeso.engine.history;

/**
 * The shape of fertility by age used when a history gives only total births: Hadwiger's function (an inverse
 * Gaussian density) over mothers' ages 15–49. Only its shape matters, as it is scaled to the base year's births.
 */
public final class StandardFertilitySchedule {

    /** 30.0 years: mean age of mothers at childbirth in England and Wales in 2013 (ONS, Births in England and Wales: 2013). */
    public static final double MEAN_AGE = 30.0;

    /**
     * Hadwiger's b, a chosen spread: the schedule's standard deviation is MEAN_AGE / (b·√2), about 6 years, close to
     * that of the single-year schedules ONS publishes for England and Wales.
     */
    public static final double SPREAD = 3.5;

    public static final int FIRST_AGE = 15;
    public static final int LAST_AGE = 49;

    private StandardFertilitySchedule() {
    }

    /** Relative fertility by age 0 … topAge, summing to one, zero outside 15–49 (all zero if the top age is below 15). */
    public static double[] shape(int topAge) {
        double[] f = new double[topAge + 1];
        double sum = 0;
        for (int x = FIRST_AGE; x <= Math.min(LAST_AGE, topAge); x++) {
            double ratio = MEAN_AGE / x;
            f[x] = Math.pow(ratio, 1.5) * Math.exp(-SPREAD * SPREAD * (ratio + 1 / ratio - 2));
            sum += f[x];
        }
        for (int x = 0; x <= topAge && sum > 0; x++) {
            f[x] /= sum;
        }
        return f;
    }
}
