package cymru.croeso.engine;

/** How a total number of people is shared over sex and single year of age: shares that sum to one. */
public final class AgeSexSchedule {
    private final double[] shares;

    private AgeSexSchedule(double[] shares) {
        this.shares = shares;
    }

    /**
     * A schedule proportional to non-negative weights, laid out [sex][age] (female ages first, then male),
     * e.g. the age–sex profile of a resettlement programme's families.
     */
    public static AgeSexSchedule ofWeights(double... weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("schedule weight " + w + " must be finite and ≥ 0");
            }
            sum += w;
        }
        if (weights.length % 2 != 0 || sum <= 0) {
            throw new IllegalArgumentException("a schedule needs weights for both sexes and a positive total");
        }
        double[] s = new double[weights.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = weights[i] / sum;
        }
        return new AgeSexSchedule(s);
    }

    /** A schedule with the age pattern of {@code byAge} for both sexes, {@code maleShare} of the total being male. */
    public static AgeSexSchedule ofAgePattern(double[] byAge, double maleShare) {
        double sum = 0;
        for (double w : byAge) {
            sum += w;
        }
        double[] w = new double[2 * byAge.length];
        for (int a = 0; a < byAge.length; a++) {
            w[a] = (1 - maleShare) * byAge[a] / sum;
            w[byAge.length + a] = maleShare * byAge[a] / sum;
        }
        return ofWeights(w);
    }

    /** Number of ages (0 … top) the schedule covers. */
    public int ages() {
        return shares.length / 2;
    }

    public double share(Sex sex, int age) {
        return shares[sex.ordinal() * ages() + age];
    }

    double[] shares() {
        return shares;
    }
}
