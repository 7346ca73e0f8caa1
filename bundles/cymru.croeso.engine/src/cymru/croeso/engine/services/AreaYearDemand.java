package cymru.croeso.engine.services;

/**
 * A service result held by area and year, one value per measure {@code M} (ESOL, housing, GP registration).
 *
 * @param <M> the measures, in the order of the CSV's value columns
 */
public abstract class AreaYearDemand<M extends Enum<M> & DemandColumn> {
    private final AreaYearValues values;

    AreaYearDemand(AreaYearValues values) {
        this.values = values;
    }

    public int firstYear() {
        return values.firstYear();
    }

    public int lastYear() {
        return values.lastYear();
    }

    public double get(M measure, int year, int area) {
        return values.get(year, area, measure.ordinal());
    }

    /** One row per area and year. */
    public DemandTable table() {
        return values.table();
    }
}
