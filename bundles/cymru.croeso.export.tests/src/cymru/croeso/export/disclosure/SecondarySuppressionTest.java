package cymru.croeso.export.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import cymru.croeso.export.disclosure.ProtectedTable.Status;

class SecondarySuppressionTest {
    private final DisclosureControl control = new DisclosureControl(DisclosureRule.DEFAULT);

    /**
     * Worked by hand. Counts (A, B, C | total):
     * <pre>
     * g1  20  3 15 | 38
     * g2  12 18 25 | 55
     * g3   9 30  2 | 41
     *     41 51 42 | 134
     * </pre>
     * Primary: g1B = 3 and g3C = 2. Row g1 has one suppressed cell: add its smallest other, g1C = 15. Row g3: add
     * g3A = 9. Column A now has one (g3A): add g2A = 12 (smaller than 20). Column B has one (g1B): add g2B = 18.
     * Every line now has two, and the six cells form the cycle g1B-g2B-g2A-g3A-g3C-g1C, so no bridge. Published:
     * row sums give B1 + C1 = 18, A2 + B2 = 30, A3 + C3 = 11; column sums A2 + A3 = 21, B1 + B2 = 21, C1 + C3 = 17.
     * With B1 = t every other unknown follows (C1 = 18 - t, C3 = t - 1, A3 = 12 - t, A2 = 9 + t, B2 = 21 - t) and
     * every t from 1 to 12 fits: the 3 cannot be recovered.
     */
    @Test
    void handWorkedThreeByThree() {
        ProtectedTable t = control.protect(new long[][] { { 20, 3, 15 }, { 12, 18, 25 }, { 9, 30, 2 } });
        String[] expected = { ".PS.", "SS..", "S.P.", "...." };
        for (int r = 0; r <= 3; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c <= 3; c++) {
                row.append(switch (t.status(r, c)) {
                    case SHOWN -> '.';
                    case PRIMARY -> 'P';
                    case SECONDARY -> 'S';
                });
            }
            assertEquals(expected[r], row.toString(), "row " + r);
        }
        assertEquals(2, t.count(Status.PRIMARY));
        assertEquals(4, t.count(Status.SECONDARY));
        assertEquals(134, t.value(3, 3));
        assertEquals(38, t.value(0, 3));
        assertEquals(20, t.value(0, 0));
        assertNothingRecoverable(t);
    }

    @Test
    void randomTablesWithTotalsRevealNoSuppressedCell() {
        Random random = new Random(20_240_611);
        int suppressedSeen = 0;
        for (int trial = 0; trial < 400; trial++) {
            int rows = 1 + random.nextInt(7);
            int columns = 1 + random.nextInt(9);
            long[][] cells = new long[rows][columns];
            for (long[] row : cells) {
                for (int c = 0; c < columns; c++) {
                    // many small counts and zeros, as in newcomer groups by age band in a small area
                    row[c] = switch (random.nextInt(4)) {
                        case 0 -> random.nextInt(7);
                        case 1 -> 0;
                        default -> random.nextInt(120);
                    };
                }
            }
            ProtectedTable t = control.protect(cells);
            suppressedSeen += t.count(Status.PRIMARY);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    long v = t.value(r, c);
                    if (t.status(r, c) == Status.SHOWN) {
                        assertFalse(v > 0 && v < 5, "a small count is shown at " + r + "," + c);
                    } else if (t.status(r, c) == Status.PRIMARY) {
                        assertTrue(v > 0 && v < 5);
                    }
                }
            }
            assertNothingRecoverable(t);
        }
        assertTrue(suppressedSeen > 300, "the random tables exercise suppression: " + suppressedSeen);
    }

    @Test
    void aTableWithNoSmallCountsIsPublishedWhole() {
        ProtectedTable t = control.protect(new long[][] { { 10, 0 }, { 7, 12 } });
        assertEquals(0, t.count(Status.PRIMARY) + t.count(Status.SECONDARY));
        assertEquals(29, t.value(2, 2));
    }

    @Test
    void aSmallTotalIsSuppressedAndProtectedToo() {
        // row totals 3 (primary) with cells 1 and 2 (primary): the row's own total must not give them away
        ProtectedTable t = control.protect(new long[][] { { 1, 2 }, { 40, 50 } });
        assertEquals(Status.PRIMARY, t.status(0, 2));
        assertNothingRecoverable(t);
    }

    static void assertNothingRecoverable(ProtectedTable t) {
        long[][] peeled = TotalsAttack.peel(t);
        boolean[][] determined = TotalsAttack.determined(t);
        for (int r = 0; r <= t.rows(); r++) {
            for (int c = 0; c <= t.columns(); c++) {
                if (t.suppressed(r, c)) {
                    assertEquals(Long.MIN_VALUE, peeled[r][c], "peeling recovers cell " + r + "," + c);
                    assertFalse(determined[r][c], "the totals determine cell " + r + "," + c);
                }
            }
        }
    }
}
