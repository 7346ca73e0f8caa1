package cymru.croeso.core.workshop;

/**
 * Where the workshop's levers ({@link WorkshopLever}) stand: net international migration as a multiple of the
 * baseline's, intakes of resettled refugees and dispersed asylum seekers a year, and ESOL class places added in the
 * area.
 *
 * @param migrationFactor     international in- and out-migration of the area × this (so net migration × this), 0 … 3
 * @param resettlementPerYear refugees resettled in the area each projected year, 0 … 500
 * @param esolPlacesAdded     ESOL class places added in the area from the first projected year, 0 … 1000
 * @param asylumPerYear       asylum seekers dispersed to the area each projected year, 0 … 500
 */
public record WorkshopSettings(double migrationFactor, double resettlementPerYear, double esolPlacesAdded,
        double asylumPerYear) {
    /** The settings that reproduce the baseline. */
    public static final WorkshopSettings BASELINE = new WorkshopSettings(1, 0, 0);

    public WorkshopSettings {
        check(WorkshopLever.MIGRATION, migrationFactor);
        check(WorkshopLever.RESETTLEMENT, resettlementPerYear);
        check(WorkshopLever.ESOL_PLACES, esolPlacesAdded);
        check(WorkshopLever.ASYLUM_DISPERSAL, asylumPerYear);
    }

    /** The first three levers moved, the others at the baseline. */
    public WorkshopSettings(double migrationFactor, double resettlementPerYear, double esolPlacesAdded) {
        this(migrationFactor, resettlementPerYear, esolPlacesAdded, 0);
    }

    private static void check(WorkshopLever lever, double value) {
        if (!(value >= 0 && value <= lever.max())) {
            throw new IllegalArgumentException(lever + " " + value + " is outside 0 … " + lever.max());
        }
    }

    public double value(WorkshopLever lever) {
        return switch (lever) {
            case MIGRATION -> migrationFactor;
            case RESETTLEMENT -> resettlementPerYear;
            case ASYLUM_DISPERSAL -> asylumPerYear;
            case ESOL_PLACES -> esolPlacesAdded;
        };
    }

    /** These settings with one lever moved. */
    public WorkshopSettings with(WorkshopLever lever, double value) {
        return new WorkshopSettings(lever == WorkshopLever.MIGRATION ? value : migrationFactor,
                lever == WorkshopLever.RESETTLEMENT ? value : resettlementPerYear,
                lever == WorkshopLever.ESOL_PLACES ? value : esolPlacesAdded,
                lever == WorkshopLever.ASYLUM_DISPERSAL ? value : asylumPerYear);
    }

    /** Whether the two settings give the same population: they differ at most in levers that change no one's age or home. */
    public boolean samePopulationAs(WorkshopSettings other) {
        if (other == null) {
            return false;
        }
        for (WorkshopLever lever : WorkshopLever.values()) {
            if (lever.changesPopulation() && value(lever) != other.value(lever)) {
                return false;
            }
        }
        return true;
    }

    /** Every lever that moves the population at its largest (the charts' axes are fixed at what it gives). */
    public static WorkshopSettings largestPopulation() {
        WorkshopSettings most = BASELINE;
        for (WorkshopLever lever : WorkshopLever.values()) {
            if (lever.changesPopulation()) {
                most = most.with(lever, lever.max());
            }
        }
        return most;
    }

    public boolean isBaseline() {
        return equals(BASELINE);
    }
}
