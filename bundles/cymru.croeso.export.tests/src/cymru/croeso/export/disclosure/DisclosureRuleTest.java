package cymru.croeso.export.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cymru.croeso.export.disclosure.DisclosureRule.Method;
import cymru.croeso.export.disclosure.ProtectedTable.Status;

class DisclosureRuleTest {
    @Test
    void theDefaultSuppressesOneToFourAndShowsZero() {
        DisclosureRule rule = DisclosureRule.DEFAULT;
        assertEquals(5, rule.threshold());
        assertFalse(rule.suppresses(0));
        assertTrue(rule.suppresses(1));
        assertTrue(rule.suppresses(4));
        assertFalse(rule.suppresses(5));
        assertEquals(4, rule.publish(4));
    }

    @Test
    void theThresholdIsConfigurable() {
        DisclosureRule ten = new DisclosureRule(Method.SUPPRESS, 10);
        assertTrue(ten.suppresses(9));
        assertFalse(ten.suppresses(10));
        assertThrows(IllegalArgumentException.class, () -> new DisclosureRule(Method.SUPPRESS, 1));
    }

    @Test
    void roundingTakesEveryCountAndTotalToTheNearestFiveIndependently() {
        DisclosureControl control = new DisclosureControl(new DisclosureRule(Method.ROUND, 5));
        // cells 1, 2, 3, 4 → 0, 0, 5, 5; true totals: rows 3 and 7 → 5 and 5; columns 4 and 6 → 5 and 5; all 10 → 10
        ProtectedTable t = control.protect(new long[][] { { 1, 2 }, { 3, 4 } });
        long[][] expected = { { 0, 0, 5 }, { 5, 5, 5 }, { 5, 5, 10 } };
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[r][c], t.value(r, c), r + "," + c);
                assertEquals(Status.SHOWN, t.status(r, c));
            }
        }
        assertEquals(10, new DisclosureRule(Method.ROUND, 5).publish(12));
        assertEquals(15, new DisclosureRule(Method.ROUND, 5).publish(13));
    }

    @Test
    void fractionalPersonsAreCountedToTheNearestWhole() {
        ProtectedTable t = new DisclosureControl(DisclosureRule.DEFAULT).protect(new double[][] { { 10.4, 20.6 } });
        assertEquals(10, t.value(0, 0));
        assertEquals(21, t.value(0, 1));
        assertEquals(31, t.value(0, 2));
    }
}
