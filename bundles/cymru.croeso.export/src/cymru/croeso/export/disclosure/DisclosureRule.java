package cymru.croeso.export.disclosure;

/**
 * How the counts in an export are protected: small counts suppressed (with secondary suppression so totals cannot
 * reveal them) or every count rounded to base 5.
 *
 * @param method    suppression or rounding
 * @param threshold counts from 1 up to (not including) this value are suppressed; ignored when rounding
 */
public record DisclosureRule(Method method, int threshold) {
    /** The two ways of protecting counts offered to officers. */
    public enum Method {
        /** Small counts shown as {@code c}, with further cells suppressed so that totals cannot reveal them. */
        SUPPRESS,
        /** Every count (cells and totals alike) rounded to the nearest multiple of {@link #ROUNDING_BASE}. */
        ROUND
    }

    /**
     * Suppress counts below 5. Source: common Welsh Government (StatsWales) and ONS practice for small-area
     * tables, which treats counts of 1 to 4 as potentially disclosive (ONS, "Review of the Dissemination of Health
     * Statistics: Confidentiality Guidance", 2006). Officers may raise it (10 is also used) but not lower it below 2.
     */
    public static final int DEFAULT_THRESHOLD = 5;

    /** Base of the rounding alternative: the nearest 5, as in ONS's rounded census commissioned tables. */
    public static final int ROUNDING_BASE = 5;

    /** The rule the board pack uses unless the officer chooses otherwise. */
    public static final DisclosureRule DEFAULT = new DisclosureRule(Method.SUPPRESS, DEFAULT_THRESHOLD);

    public DisclosureRule {
        if (method == null) {
            throw new IllegalArgumentException("a disclosure rule needs a method (SUPPRESS or ROUND)");
        }
        if (threshold < 2) {
            throw new IllegalArgumentException("disclosure threshold " + threshold + " is too low: use 2 or more (default "
                    + DEFAULT_THRESHOLD + ")");
        }
    }

    /** Whether a count standing alone (no totals published with it) is withheld. Zero is shown: it names nobody. */
    public boolean suppresses(long count) {
        return method == Method.SUPPRESS && count > 0 && count < threshold;
    }

    /** The value published for a count that is not suppressed. */
    public long publish(long count) {
        if (method == Method.ROUND) {
            return Math.round(count / (double) ROUNDING_BASE) * ROUNDING_BASE;
        }
        return count;
    }

    /** Persons as the engine computes them (fractional) to the whole count the rule works on. */
    public static long count(double persons) {
        return Math.round(persons);
    }
}
