package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.MigrationFlow;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The multipliers of one draw: one per migration flow (1 where the flow is not uncertain) and one on fertility.
 * Each draw has its own random stream, derived from the run's seed and the draw's index alone, so a draw's levels
 * do not depend on which thread runs it or in what order.
 */
public record DrawnLevels(double[] flowMultipliers, double fertilityMultiplier) {

    public DrawnLevels {
        flowMultipliers = flowMultipliers.clone();
    }

    /** The levels of draw {@code index} of a run seeded with {@code seed}. */
    public static DrawnLevels draw(UncertainLevels levels, long seed, int index) {
        SplittableRandom random = randomFor(seed, index);
        double[] flows = new double[MigrationFlow.values().length];
        Arrays.fill(flows, 1);
        // Levels are sampled in their list order, then fertility: a fixed order keeps a draw reproducible.
        for (FlowLevel level : levels.migration()) {
            double k = level.multiplier().sample(random);
            for (MigrationFlow flow : level.flows()) {
                flows[flow.ordinal()] = k;
            }
        }
        return new DrawnLevels(flows, levels.fertility().sample(random));
    }

    public double multiplier(MigrationFlow flow) {
        return flowMultipliers[flow.ordinal()];
    }

    /**
     * A generator for one draw. The seed and index are mixed by the SplitMix64 finaliser (Steele, Lea and Flood 2014,
     * the mixer SplittableRandom itself uses), so neighbouring indices get unrelated streams instead of streams
     * shifted by one value, as seeding with {@code seed + index} would give.
     */
    static SplittableRandom randomFor(long seed, int index) {
        long z = seed + (index + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }
}
