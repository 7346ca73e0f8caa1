package cymru.croeso.engine.services;

import java.util.List;

/** GP registrations, the unregistered and list capacity by area and year; see {@link GpRegistration}. */
public final class GpRegistrationDemand extends AreaYearDemand<GpRegistrationDemand.Measure> {

    /** The measures, in the order of the CSV's value columns. */
    public enum Measure implements DemandColumn {
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

        @Override
        public String column() {
            return column;
        }
    }

    GpRegistrationDemand(AreaYearValues values) {
        super(values);
    }

    static AreaYearValues emptyValues(List<String> areaCodes, int firstYear, int years) {
        return AreaYearValues.of(Measure.class, areaCodes, firstYear, years);
    }

    public boolean isOverCapacity(int year, int area) {
        return get(Measure.OVER_CAPACITY_FLAG, year, area) > 0;
    }
}
