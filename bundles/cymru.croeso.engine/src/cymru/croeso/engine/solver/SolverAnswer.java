package cymru.croeso.engine.solver;

/**
 * The solver's answer: the constant annual net international migration at the edge of the target, and which side
 * of it meets the target.
 *
 * @param netMigrationPerYear people a year, negative for net emigration; within half a person of the exact edge
 * @param bound               whether exactly this level, any level at least this, or any level at most this meets the target
 * @param target              the value aimed at (people aged 16–64, or an old-age dependency ratio)
 * @param achieved            the value a projection with {@code netMigrationPerYear} gives in the target year
 * @param projections         how many projections the search ran
 */
public record SolverAnswer(double netMigrationPerYear, Bound bound, double target, double achieved, int projections) {

    /** Which levels of migration meet the target. */
    public enum Bound {
        /** The target is an equality (working age held at its base-year level). */
        EXACTLY,
        /** This level or more meets the target. */
        AT_LEAST,
        /** This level or less meets the target. */
        AT_MOST
    }
}
