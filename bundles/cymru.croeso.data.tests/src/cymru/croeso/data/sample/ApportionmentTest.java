package cymru.croeso.data.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whole-person splits: worked by hand for small cases, invariants for random ones. */
class ApportionmentTest {

    @Test
    void largestRemaindersWorkedByHand() {
        // 10 × 1/3 = 3.33 each: floors 3, 3, 3 leave 1, which goes to the first of the equal remainders
        assertArrayEquals(new int[] {4, 3, 3}, Apportionment.split(10, new double[] {1, 1, 1}));
        // 7 × (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3, 2, 1 leave 1 for the largest remainder (0.5)
        assertArrayEquals(new int[] {4, 2, 1}, Apportionment.split(7, new double[] {0.5, 0.3, 0.2}));
        assertArrayEquals(new int[] {0, 0}, Apportionment.split(0, new double[] {1, 1}));
    }

    @Test
    void fullCellsAreFilledAndTheRestSharedAgain() {
        // weights 3×10 = 30 and 5×1 = 5: the first cell's quota 6 × 30/35 = 5.1 exceeds its 3, so it is filled
        // and the 3 left go to the second cell
        assertArrayEquals(new int[] {3, 3}, Apportionment.take(6, new int[] {3, 5}, new double[] {10, 1}));
        // capacity 2 and 100, equal intensity: 10 × 2/102 = 0.196 and 9.804 → 0 and 10
        assertArrayEquals(new int[] {0, 10}, Apportionment.take(10, new int[] {2, 100}, new double[] {1, 1}));
        // cells with no intensity get no one, whatever their room
        assertArrayEquals(new int[] {0, 4}, Apportionment.take(4, new int[] {50, 4}, new double[] {0, 1}));
    }

    @Test
    void moreThanTheCellsHoldIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Apportionment.take(9, new int[] {3, 5}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Apportionment.take(2, new int[] {50, 1}, new double[] {0, 1}));
    }

    @Test
    void randomSplitsAreExactWholeAndWithinCapacity() {
        Random random = new Random(20160620);
        for (int run = 0; run < 2_000; run++) {
            int n = 1 + random.nextInt(30);
            int[] capacity = new int[n];
            double[] intensity = new double[n];
            long room = 0;
            for (int i = 0; i < n; i++) {
                capacity[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000);
                intensity[i] = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 5;
                room += intensity[i] > 0 ? capacity[i] : 0;
            }
            int total = room == 0 ? 0 : random.nextInt((int) room + 1);
            int[] taken = Apportionment.take(total, capacity, intensity);
            int sum = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(taken[i] >= 0 && taken[i] <= capacity[i], "cell " + i + " of run " + run);
                assertTrue(intensity[i] > 0 || taken[i] == 0, "cell " + i + " of run " + run);
                sum += taken[i];
            }
            assertEquals(total, sum, "run " + run);
        }
    }
}
