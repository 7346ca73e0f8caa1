package cymru.croeso.core.workshop;

import java.util.List;

/**
 * The levers a facilitator can put on the workshop panel, with each slider's range and step. The ranges are Croeso's
 * own choice for a room's "what if": up to three times the baseline's international migration (twice the sample's
 * high-migration variant, × 1.5), intakes of up to 500 people a year (Cardiff, Wales' largest dispersal area, housed
 * about 1,100 asylum seekers in 2015, so 500 more a year is a large but thinkable change), and up to 1,000 ESOL places.
 */
public enum WorkshopLever {
    /** International in- and out-migration of the area × this (so net migration × this). */
    MIGRATION(3, 0.1, 1, true),
    /** Refugees resettled in the area each projected year (family profile). */
    RESETTLEMENT(500, 1, 0, true),
    /** Asylum seekers dispersed to the area each projected year (dispersal profile: mostly young adults). */
    ASYLUM_DISPERSAL(500, 1, 0, true),
    /** ESOL class places added in the area from the first projected year. */
    ESOL_PLACES(1000, 1, 0, false);

    /** The panel a workshop opens with. */
    public static final List<WorkshopLever> FIRST_PANEL = List.of(MIGRATION, RESETTLEMENT, ESOL_PLACES);
    /** A panel holds at least this many levers (the brief: 3–6) … */
    public static final int FEWEST = 3;
    /** … and at most this many. */
    public static final int MOST = 6;

    private final double max;
    private final double step;
    private final double baseline;
    private final boolean population;

    WorkshopLever(double max, double step, double baseline, boolean population) {
        this.max = max;
        this.step = step;
        this.baseline = baseline;
        this.population = population;
    }

    /** The largest value; the smallest is 0. */
    public double max() {
        return max;
    }

    /** The value that leaves the baseline as it is. */
    public double baseline() {
        return baseline;
    }

    /** Whether moving it changes the population (ESOL places change no one's age or home). */
    public boolean changesPopulation() {
        return population;
    }

    /** Whether the value is a multiple of the baseline's (shown "× 1.5") rather than a number of people or places. */
    public boolean isFactor() {
        return baseline == 1;
    }

    /** How many steps the slider has from 0 to {@link #max()}. */
    public int positions() {
        return (int) Math.round(max / step);
    }

    /** The value at a slider position, rounded to the step's decimals so that 15 steps of 0.1 give exactly 1.5. */
    public double valueAt(int position) {
        return step < 1 ? Math.round(position * step * 10) / 10.0 : position * step;
    }

    /** The slider position nearest a value. */
    public int positionOf(double value) {
        return (int) Math.round(value / step);
    }
}
