package cymru.croeso.engine.services;

import java.util.List;

/** Households, dwellings needed and available, the shortfall, tenure and crowding by area and year; see {@link Housing}. */
public final class HousingDemand extends AreaYearDemand<HousingDemand.Measure> {

    /** The measures, in the order of the CSV's value columns. */
    public enum Measure implements DemandColumn {
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

        @Override
        public String column() {
            return column;
        }
    }

    private final double[] householdsByGroup;
    private final int areas;
    private final int groups;
    private final double[] rentingShare;

    HousingDemand(AreaYearValues values, double[] householdsByGroup, int areas, int groups, double[] rentingShare) {
        super(values);
        this.areas = areas;
        this.householdsByGroup = householdsByGroup;
        this.groups = groups;
        this.rentingShare = rentingShare;
    }

    static AreaYearValues emptyValues(List<String> areaCodes, int firstYear, int years) {
        return AreaYearValues.of(Measure.class, areaCodes, firstYear, years);
    }

    public double households(int year, int area) {
        return get(Measure.HOUSEHOLDS, year, area);
    }

    /** Households whose representative belongs to {@code group}. */
    public double households(int year, int area, int group) {
        get(Measure.HOUSEHOLDS, year, area); // checks the year
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
}
