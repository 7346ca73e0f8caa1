package cymru.croeso.core.scenario;

/**
 * One change to an assumption from a year on (up to a last year, for an effect that ends), from a scenario override
 * or a strategy action's effect.
 *
 * @param fromYear the first year the change applies
 * @param toYear   the last year it applies, or 0 when it lasts to the end of the horizon
 * @param kind     how it changes the assumption
 * @param value    the multiplier, the new level, the people a year added or the rate points added
 * @param origin   what made the change, for messages: the scenario's or the action's id
 */
public record AssumptionChange(int fromYear, int toYear, Kind kind, double value, String origin) {

    /** How a change acts on an assumption's level. */
    public enum Kind {
        MULTIPLY, SET_LEVEL, ADD_PEOPLE, ADD_POINTS
    }

    public AssumptionChange {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(origin + ": a change of " + value + " is not a finite number");
        }
    }

    /** A change with no last year. */
    public AssumptionChange(int fromYear, Kind kind, double value, String origin) {
        this(fromYear, 0, kind, value, origin);
    }

    public boolean appliesIn(int year) {
        return year >= fromYear && (toYear == 0 || year <= toYear);
    }
}
