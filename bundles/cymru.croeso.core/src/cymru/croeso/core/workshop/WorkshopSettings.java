package cymru.croeso.core.workshop;

/**
 * The three levers a facilitator moves in workshop mode, with their ranges: net international migration as a multiple
 * of the baseline's, a resettlement intake of refugees a year, and ESOL class places added in the area.
 *
 * @param migrationFactor     international in- and out-migration of the area × this (so net migration × this), 0 … 3
 * @param resettlementPerYear refugees resettled in the area each projected year, 0 … 500
 * @param esolPlacesAdded     ESOL class places added in the area from the first projected year, 0 … 1000
 */
public record WorkshopSettings(double migrationFactor, double resettlementPerYear, double esolPlacesAdded) {
    /** The slider ranges the workshop brief (issue 8) set; × 3 is twice the sample's high-migration variant (× 1.5). */
    public static final double MAX_MIGRATION_FACTOR = 3;
    public static final double MIGRATION_STEP = 0.1;
    public static final double MAX_RESETTLEMENT = 500;
    public static final double MAX_ESOL_PLACES = 1000;

    /** The settings that reproduce the baseline. */
    public static final WorkshopSettings BASELINE = new WorkshopSettings(1, 0, 0);

    public WorkshopSettings {
        check("migration factor", migrationFactor, MAX_MIGRATION_FACTOR);
        check("resettlement intake", resettlementPerYear, MAX_RESETTLEMENT);
        check("ESOL places added", esolPlacesAdded, MAX_ESOL_PLACES);
    }

    private static void check(String what, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(what + " " + value + " is outside 0 … " + max);
        }
    }

    /** The migration factor of a slider position counted in steps of {@link #MIGRATION_STEP}. */
    public static double migrationFactorAt(int steps) {
        return Math.round(steps * MIGRATION_STEP * 10) / 10.0;
    }

    public WorkshopSettings withMigrationFactor(double value) {
        return new WorkshopSettings(value, resettlementPerYear, esolPlacesAdded);
    }

    public WorkshopSettings withResettlementPerYear(double value) {
        return new WorkshopSettings(migrationFactor, value, esolPlacesAdded);
    }

    public WorkshopSettings withEsolPlacesAdded(double value) {
        return new WorkshopSettings(migrationFactor, resettlementPerYear, value);
    }

    public boolean isBaseline() {
        return equals(BASELINE);
    }
}
