package cymru.croeso.core.scenario;

import cymru.croeso.engine.LifeTable;
import cymru.croeso.model.LifeExpectancyMortality;
import cymru.croeso.model.values.PopulationCube;

/**
 * Fits mortality to a life expectancy: the standard rates of each sex times the one factor that gives the stated
 * life expectancy at birth in the engine's {@link LifeTable}, found by bisection.
 */
final class LifeExpectancyFit {
    /** The factor is found to a relative 1e-12, far finer than any life expectancy is known. */
    private static final int STEPS = 200;

    private LifeExpectancyFit() {
    }

    /** Engine-ordered rates [female ages, male ages]. */
    static double[] rates(LifeExpectancyMortality m, int ages) {
        double[] standard = SexOrder.toEngine(m.getStandardRates(), ages, AssumptionLabel.of(m) + " standard rates");
        double[] out = new double[2 * ages];
        for (int sex = 0; sex < 2; sex++) {
            boolean female = SexOrder.modelSex(sex) == PopulationCube.FEMALE;
            double target = female ? m.getFemaleLifeExpectancy() : m.getMaleLifeExpectancy();
            double[] q = new double[ages];
            System.arraycopy(standard, sex * ages, q, 0, ages);
            double k = factor(q, target, m);
            for (int a = 0; a < ages; a++) {
                out[sex * ages + a] = Math.min(1, k * q[a]);
            }
        }
        return out;
    }

    private static double factor(double[] q, double target, LifeExpectancyMortality m) {
        if (q[q.length - 1] <= 0) {
            throw new ScenarioProblem(AssumptionLabel.of(m)
                    + ": the standard rate of the top age is zero, so nobody would ever die; give it a rate above zero");
        }
        double low = 0;
        double high = 1;
        while (e0(q, high) > target) {
            high *= 2;
            if (high > 1e12) {
                throw new ScenarioProblem(AssumptionLabel.of(m) + ": life expectancy " + target
                        + " cannot be reached from the standard rates; lower it or check the rates");
            }
        }
        for (int i = 0; i < STEPS && high - low > 1e-12 * high; i++) {
            double mid = (low + high) / 2;
            if (e0(q, mid) > target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double e0(double[] q, double k) {
        double[] scaled = new double[q.length];
        for (int a = 0; a < q.length; a++) {
            scaled[a] = Math.min(1, k * q[a]);
        }
        return new LifeTable(scaled).lifeExpectancyAtBirth();
    }
}
