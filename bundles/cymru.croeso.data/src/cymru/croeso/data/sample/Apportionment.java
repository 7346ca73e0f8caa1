package cymru.croeso.data.sample;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number of people over cells in proportion to capacity × intensity, never giving a cell more than
 * its capacity, and rounds to whole persons by largest remainders so the parts add up to the total exactly.
 */
final class Apportionment {

    private Apportionment() {
    }

    /** {@code total} split in proportion to {@code weights}, with no capacity limit. */
    static int[] split(int total, double[] weights) {
        int[] unlimited = new int[weights.length];
        Arrays.fill(unlimited, total);
        return take(total, unlimited, weights);
    }

    /**
     * Takes {@code total} people out of {@code capacity} (people available per cell), in proportion to
     * capacity × intensity; cells that would receive more than they hold are filled and the rest shared again.
     *
     * @throws IllegalArgumentException when the cells with a positive intensity cannot hold {@code total}
     */
    static int[] take(int total, int[] capacity, double[] intensity) {
        int n = capacity.length;
        long room = 0;
        for (int i = 0; i < n; i++) {
            room += intensity[i] > 0 ? capacity[i] : 0;
        }
        if (total < 0 || total > room) {
            throw new IllegalArgumentException("cannot place " + total + " people in cells holding " + room);
        }
        double[] quota = new double[n];
        boolean[] full = new boolean[n];
        boolean filledMore = true;
        while (filledMore) {
            filledMore = false;
            double left = total;
            double weightSum = 0;
            for (int i = 0; i < n; i++) {
                if (full[i]) {
                    left -= capacity[i];
                } else {
                    weightSum += capacity[i] * Math.max(0, intensity[i]);
                }
            }
            for (int i = 0; i < n; i++) {
                if (!full[i]) {
                    double w = capacity[i] * Math.max(0, intensity[i]);
                    quota[i] = weightSum > 0 ? left * w / weightSum : 0;
                    if (w > 0 && quota[i] >= capacity[i]) {
                        full[i] = true;
                        quota[i] = capacity[i];
                        filledMore = true;
                    }
                }
            }
        }
        return round(total, quota, capacity, intensity);
    }

    private static int[] round(int total, double[] quota, int[] capacity, double[] intensity) {
        int[] whole = new int[quota.length];
        int placed = 0;
        for (int i = 0; i < quota.length; i++) {
            whole[i] = (int) Math.min(capacity[i], Math.floor(quota[i] + 1e-9));
            placed += whole[i];
        }
        // Ties go to the earlier cell, so the result never depends on anything but the inputs.
        int[] order = IntStream.range(0, quota.length).boxed()
                .filter(i -> whole[i] < capacity[i] && intensity[i] > 0)
                .sorted(Comparator.comparingDouble((Integer i) -> whole[i] - quota[i]))
                .mapToInt(Integer::intValue).toArray();
        int missing = total - placed;
        if (missing < 0 || missing > order.length) {
            throw new IllegalStateException("rounding cannot place " + missing + " people in " + order.length
                    + " cells");
        }
        for (int k = 0; k < missing; k++) {
            whole[order[k]]++;
        }
        return whole;
    }
}
