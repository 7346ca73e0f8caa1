package cymru.croeso.engine.services;

import java.util.List;

/** Households, dwellings needed and available, the shortfall, tenure and crowding by area and year; see {@link Housing}. */
public final class HousingDemand {

    /** The measures, in the order of the CSV's value columns. */
    public enum Measure {
        POPULATION("population"),
        INSTITUTIONAL_POPULATION("institutional_population"),
        HOUSEHOLD_POPULATION("household_population"),
        HOUSEHOLDS("households"),
        DWELLINGS_NEEDED("dwellings_needed"),
        DWELLINGS_AVAILABLE("dwellings_available"),
        SHORTFALL("shortfall"),
        RENTING("households_renting"),
        NOT_RENTING("households_not_renting"),
        PERSONS_PER_DWELLING("persons_per_usable_dwelling"),
        CROWDING_INDEX("crowding_index"),
        CONCEALED_HOUSEHOLDS("concealed_households"),
        CROWDING_FLAG("crowding_flag");

        private final String column;

        Measure(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private final AreaYearValues values;
    private final double[] householdsByGroup;
    private final int areas;
    private final int groups;
    private final double[] rentingShare;

    HousingDemand(AreaYearValues values, double[] householdsByGroup, int areas, int groups, double[] rentingShare) {
        this.values = values;
        this.areas = areas;
        this.householdsByGroup = householdsByGroup;
        this.groups = groups;
        this.rentingShare = rentingShare;
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

    public double households(int year, int area) {
        return get(Measure.HOUSEHOLDS, year, area);
    }

    /** Households whose representative belongs to {@code group}. */
    public double households(int year, int area, int group) {
        values.get(year, area, 0); // checks the year
        return householdsByGroup[((year - firstYear()) * areas + area) * groups + group];
    }

    /** Households of {@code group} renting. */
    public double renting(int year, int area, int group) {
        return households(year, area, group) * rentingShare[group];
    }

    /** Dwellings needed minus dwellings available: positive is a shortfall. */
    public double shortfall(int year, int area) {
        return get(Measure.SHORTFALL, year, area);
    }

    public boolean isCrowded(int year, int area) {
        return get(Measure.CROWDING_FLAG, year, area) > 0;
    }

    /** One row per area and year. */
    public DemandTable table() {
        return values.table();
    }
}
