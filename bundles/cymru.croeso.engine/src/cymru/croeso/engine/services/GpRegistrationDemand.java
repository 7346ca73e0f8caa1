package cymru.croeso.engine.services;

import java.util.List;

/** GP registrations, the unregistered and list capacity by area and year; see {@link GpRegistration}. */
public final class GpRegistrationDemand {

    /** The measures, in the order of the CSV's value columns. */
    public enum Measure {
        POPULATION("population"),
        REGISTERED("registered"),
        UNREGISTERED("unregistered"),
        LIST_CAPACITY("list_capacity"),
        HEADROOM("headroom"),
        OVER_CAPACITY("over_capacity"),
        OVER_CAPACITY_FLAG("over_capacity_flag");

        private final String column;

        Measure(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private final AreaYearValues values;

    GpRegistrationDemand(AreaYearValues values) {
        this.values = values;
    }

    static AreaYearValues emptyValues(List<String> areaCodes, int firstYear, int years) {
        return new AreaYearValues(areaCodes, AreaYearValues.columnsOf(Measure.values(), m -> ((Measure) m).column()),
                firstYear, years);
    }

    public int firstYear() {
        return values.firstYear();
    }

    public int lastYear() {
        return values.lastYear();
    }

    public double get(Measure measure, int year, int area) {
        return values.get(year, area, measure.ordinal());
    }

    public boolean isOverCapacity(int year, int area) {
        return get(Measure.OVER_CAPACITY_FLAG, year, area) > 0;
    }

    /** One row per area and year. */
    public DemandTable table() {
        return values.table();
    }
}
