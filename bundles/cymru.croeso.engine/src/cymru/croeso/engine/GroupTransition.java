package cymru.croeso.engine;

/**
 * A share of one origin group's population at risk that moves to another group each year, in every area:
 * asylum seekers granted refugee status, or international students who stay on.
 *
 * @param fromGroup the group people leave
 * @param toGroup   the group they join
 * @param shares    per year, the share moving by age at the end of the year (0 … top), the same for both sexes
 */
public record GroupTransition(int fromGroup, int toGroup, YearSeries shares) {

    public GroupTransition {
        shares.requireNonNegative("group transition shares");
        if (fromGroup == toGroup || fromGroup < 0 || toGroup < 0) {
            throw new IllegalArgumentException("a transition needs two different groups, not " + fromGroup + " → " + toGroup);
        }
    }

    /** The same share at every age and in every year. */
    public static GroupTransition overall(int fromGroup, int toGroup, double share, int topAge) {
        double[] s = new double[topAge + 1];
        java.util.Arrays.fill(s, share);
        return new GroupTransition(fromGroup, toGroup, YearSeries.constant(s));
    }
}
