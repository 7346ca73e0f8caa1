package cymru.croeso.engine.services;

/**
 * A phase of a planning area whose places do not fit its pupils in a year: a deficit (fewer places than pupils) or
 * a surplus above the flag level.
 */
public record CapacityFlag(int year, String planningArea, SchoolPhase phase, Kind kind, double surplusPlaces,
        double percentSurplus) {

    /** What is wrong with the phase's places. */
    public enum Kind {
        DEFICIT,
        HIGH_SURPLUS
    }
}
