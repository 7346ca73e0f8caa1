package cymru.croeso.data.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntegrationGapTest {

    @Test
    void gapIsMigrantsMinusUkBornAndShortfallFollowsPolarity() {
        // Employment-like (higher is better): migrants 62%, UK-born 71% → gap −9 points, migrants 9 points behind.
        assertEquals(-9, IntegrationGap.gap(62, 71), 1e-12);
        assertEquals(9, IntegrationGap.shortfall(62, 71, Polarity.HIGHER_IS_BETTER), 1e-12);
        // Overcrowding-like (lower is better): migrants 14%, UK-born 4% → 10 points behind.
        assertEquals(10, IntegrationGap.shortfall(14, 4, Polarity.LOWER_IS_BETTER), 1e-12);
        // Migrants ahead: negative shortfall.
        assertEquals(-3, IntegrationGap.shortfall(74, 71, Polarity.HIGHER_IS_BETTER), 1e-12);
    }

    @Test
    void ragRuleGreenAtOrBelowTargetAmberWithinMarginRedBeyond() {
        // Target: a shortfall of at most 2 points; margin 5 → green ≤ 2, amber (2, 7], red > 7.
        assertEquals(RagStatus.GREEN, IntegrationGap.status(69, 71, Polarity.HIGHER_IS_BETTER, 2, 5)); // shortfall 2
        assertEquals(RagStatus.GREEN, IntegrationGap.status(75, 71, Polarity.HIGHER_IS_BETTER, 2, 5)); // ahead
        assertEquals(RagStatus.AMBER, IntegrationGap.status(64, 71, Polarity.HIGHER_IS_BETTER, 2, 5)); // 7
        assertEquals(RagStatus.RED, IntegrationGap.status(63.9, 71, Polarity.HIGHER_IS_BETTER, 2, 5)); // 7.1
        assertEquals(RagStatus.RED, IntegrationGap.status(14, 4, Polarity.LOWER_IS_BETTER, 0, 5)); // 10
        assertEquals(RagStatus.AMBER, IntegrationGap.status(8, 4, Polarity.LOWER_IS_BETTER, 0)); // 4 ≤ default margin 5
    }

    @Test
    void missingMeasurementHasNoRating() {
        assertEquals(RagStatus.NO_DATA, IntegrationGap.status(Double.NaN, 71, Polarity.HIGHER_IS_BETTER, 2));
        assertThrows(IllegalArgumentException.class, () -> IntegrationGap.status(1, 2, Polarity.HIGHER_IS_BETTER, 0, -1));
    }
}
