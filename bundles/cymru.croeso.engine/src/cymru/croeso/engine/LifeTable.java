package cymru.croeso.engine;

/**
 * A period life table built from the engine's mortality rates, for life expectancy.
 *
 * <p>The rate for age x is read as the probability q(x) of dying within a year of age x, with a constant hazard
 * μ(x) = −ln(1 − q(x)) across the year. Then l(x+1) = l(x)·(1 − q(x)), the person-years lived in the year are
 * L(x) = l(x)·q(x)/μ(x) (l(x) when μ = 0), and the open top group lives L(top) = l(top)/μ(top). With the same
 * hazard μ at every age this gives e(0) = 1/μ exactly, the exponential lifetime's mean.
 */
public final class LifeTable {
    private final double[] survivors;
    private final double[] personYears;

    /** @param rates q(0) … q(top), each in 0 … 1 */
    public LifeTable(double[] rates) {
        int ages = rates.length;
        survivors = new double[ages];
        personYears = new double[ages];
        double l = 1;
        for (int x = 0; x < ages; x++) {
            double q = Math.min(1, rates[x]);
            double hazard = -Math.log1p(-q);
            survivors[x] = l;
            boolean top = x == ages - 1;
            if (top) {
                personYears[x] = hazard == 0 ? Double.POSITIVE_INFINITY : l / hazard;
            } else if (q >= 1) {
                // Everyone dies at once: an infinite hazard, and L = l·q/μ tends to 0.
                personYears[x] = 0;
            } else {
                personYears[x] = hazard == 0 ? l : l * q / hazard;
            }
            l *= 1 - q;
        }
    }

    /** Average years still to live at exact age x (infinite if nobody ever dies in the top group). */
    public double lifeExpectancy(int x) {
        if (survivors[x] == 0) {
            return 0;
        }
        double sum = 0;
        for (int a = x; a < personYears.length; a++) {
            sum += personYears[a];
        }
        return sum / survivors[x];
    }

    public double lifeExpectancyAtBirth() {
        return lifeExpectancy(0);
    }

    /** Survivors to exact age x out of one birth. */
    public double survivors(int x) {
        return survivors[x];
    }
}
