package cymru.croeso.data.indicators;

/**
 * The gap between migrants and the UK-born on an indicator, and its RAG status against a planner's target.
 *
 * <p>The <em>gap</em> is migrants − UK-born, in the indicator's own units (percentage points for a percentage).
 * The <em>shortfall</em> is how far migrants are behind: the gap itself when lower is better, its negative when higher
 * is better, so a positive shortfall always means migrants fare worse.
 *
 * <p>The RAG rule: <b>green</b> when the shortfall is at or below the target (the largest shortfall the plan accepts;
 * 0 means parity or better); <b>amber</b> when it is above the target by no more than the amber margin; <b>red</b>
 * beyond that; <b>no data</b> when either measurement is missing (NaN), as it is for many indicators today.
 */
public final class IntegrationGap {

    /**
     * 5 percentage points: the default amber margin. It is a planning convention, not a figure from the framework: about
     * the width of a 95% confidence interval for a percentage near 50% from a survey of some 400 migrants
     * (1.96·√(0.25/400) ≈ 4.9 points), so a gap within the margin may not differ from the target beyond sampling error.
     */
    public static final double DEFAULT_AMBER_MARGIN = 5;

    private IntegrationGap() {
    }

    /** Migrants − UK-born. */
    public static double gap(double migrants, double ukBorn) {
        return migrants - ukBorn;
    }

    /** How far migrants are behind the UK-born (negative when they are ahead). */
    public static double shortfall(double migrants, double ukBorn, Polarity better) {
        double gap = gap(migrants, ukBorn);
        return better == Polarity.HIGHER_IS_BETTER ? -gap : gap;
    }

    /** The status with the {@link #DEFAULT_AMBER_MARGIN}. */
    public static RagStatus status(double migrants, double ukBorn, Polarity better, double target) {
        return status(migrants, ukBorn, better, target, DEFAULT_AMBER_MARGIN);
    }

    /**
     * @param target      the largest shortfall accepted, in the indicator's units
     * @param amberMargin how far above the target is still amber, ≥ 0
     */
    public static RagStatus status(double migrants, double ukBorn, Polarity better, double target, double amberMargin) {
        if (!(amberMargin >= 0) || Double.isNaN(target)) {
            throw new IllegalArgumentException("a RAG rule needs a target and an amber margin ≥ 0, not " + target + " and " + amberMargin);
        }
        if (Double.isNaN(migrants) || Double.isNaN(ukBorn)) {
            return RagStatus.NO_DATA;
        }
        double shortfall = shortfall(migrants, ukBorn, better);
        if (shortfall <= target) {
            return RagStatus.GREEN;
        }
        return shortfall <= target + amberMargin ? RagStatus.AMBER : RagStatus.RED;
    }
}
