package cymru.croeso.engine;

/**
 * A Rogers–Castro model migration schedule (Rogers and Castro 1981, <i>Model migration schedules</i>, IIASA RR-81-30):
 * <pre>
 *   m(x) = a1·e^(−α1·x)                                   childhood, falling with age
 *        + a2·e^(−α2·(x − μ2) − e^(−λ2·(x − μ2)))          labour-force peak
 *        + a3·e^(−α3·(x − μ3) − e^(−λ3·(x − μ3)))          retirement peak
 *        + a4·e^(λ4·x)                                     post-retirement rise
 *        + c                                               constant
 * </pre>
 * The 7-parameter form has the childhood and labour-force curves and the constant; the 9-parameter form adds the
 * post-retirement rise; the 11-parameter form adds the retirement peak instead. A family left out has its height 0.
 */
public record RogersCastro(double a1, double alpha1, double a2, double alpha2, double mu2, double lambda2, double a3,
        double alpha3, double mu3, double lambda3, double a4, double lambda4, double c) {

    public static RogersCastro sevenParameters(double a1, double alpha1, double a2, double alpha2, double mu2,
            double lambda2, double c) {
        return new RogersCastro(a1, alpha1, a2, alpha2, mu2, lambda2, 0, 0, 0, 0, 0, 0, c);
    }

    public static RogersCastro nineParameters(double a1, double alpha1, double a2, double alpha2, double mu2,
            double lambda2, double a4, double lambda4, double c) {
        return new RogersCastro(a1, alpha1, a2, alpha2, mu2, lambda2, 0, 0, 0, 0, a4, lambda4, c);
    }

    public static RogersCastro elevenParameters(double a1, double alpha1, double a2, double alpha2, double mu2,
            double lambda2, double a3, double alpha3, double mu3, double lambda3, double c) {
        return new RogersCastro(a1, alpha1, a2, alpha2, mu2, lambda2, a3, alpha3, mu3, lambda3, 0, 0, c);
    }

    /** The schedule's value at exact age x. */
    public double rate(double x) {
        double m = a1 * Math.exp(-alpha1 * x) + c;
        m += a2 * Math.exp(-alpha2 * (x - mu2) - Math.exp(-lambda2 * (x - mu2)));
        if (a3 != 0) {
            m += a3 * Math.exp(-alpha3 * (x - mu3) - Math.exp(-lambda3 * (x - mu3)));
        }
        if (a4 != 0) {
            m += a4 * Math.exp(lambda4 * x);
        }
        return m;
    }

    /** Values at ages 0 … topAge. */
    public double[] rates(int topAge) {
        double[] m = new double[topAge + 1];
        for (int x = 0; x <= topAge; x++) {
            m[x] = rate(x);
        }
        return m;
    }

    /** The schedule's age pattern as shares of a total, the same for both sexes, {@code maleShare} of it male. */
    public AgeSexSchedule schedule(int topAge, double maleShare) {
        return AgeSexSchedule.ofAgePattern(rates(topAge), maleShare);
    }
}
