package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Life expectancy from the engine's life table against closed forms and a table worked by hand. */
class LifeTableTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.01, 0.05, 0.3})
    void constantHazardGivesTheExponentialMean(double q) {
        // A constant hazard μ = −ln(1 − q) at every age gives an exponential lifetime: e(0) = 1/μ whatever the top age.
        double[] rates = new double[91];
        Arrays.fill(rates, q);
        double mu = -Math.log(1 - q);
        assertEquals(1 / mu, new LifeTable(rates).lifeExpectancyAtBirth(), 1e-9 / mu);
        assertEquals(1 / mu, new LifeTable(rates).lifeExpectancy(40), 1e-9 / mu);
    }

    @Test
    void smallTableByHand() {
        // q = [0.5, 0.5, 1]: μ0 = μ1 = ln 2; L0 = 1·0.5/ln 2 = 0.721348; l1 = 0.5, L1 = 0.360674; top: l2 = 0.25, L2 = 0.25/∞ = 0.
        // e0 = 0.721348 + 0.360674 = 1.082021
        LifeTable t = new LifeTable(new double[] {0.5, 0.5, 1});
        assertEquals(0.75 / Math.log(2), t.lifeExpectancyAtBirth(), 1e-12);
        assertEquals(0.25, t.survivors(2), 0);
    }

    @Test
    void nobodyDyingBelowTheTopLivesEveryYear() {
        // q = 0 for ages 0 … 9 (10 full years), then a top-group hazard of ln 2 gives 1/ln 2 more years.
        double[] rates = new double[11];
        rates[10] = 0.5;
        assertEquals(10 + 1 / Math.log(2), new LifeTable(rates).lifeExpectancyAtBirth(), 1e-12);
    }
}
