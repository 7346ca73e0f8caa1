package cymru.croeso.core.analysis;

/**
 * What a scenario comparison draws for an area: its population, or a service's gap — capacity minus demand, so that
 * a negative gap is a shortfall the scenario would have to meet.
 */
public enum ComparedMeasure {
    /** People of every group and age. */
    POPULATION,
    /** School places minus pupils, every phase. */
    SCHOOL_PLACES_GAP,
    /** ESOL places minus adults seeking a place. */
    ESOL_GAP,
    /** Dwellings available minus dwellings needed (the housing shortfall with its sign turned). */
    HOUSING_GAP,
    /** GP list capacity minus registered patients (the headroom). */
    GP_GAP;

    /** Whether the measure needs the service calculators (all but population). */
    public boolean isService() {
        return this != POPULATION;
    }
}
