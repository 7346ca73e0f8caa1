package cymru.croeso.data.table;

/** The published layouts Croeso recognises in a file, shown to the planner before anything is imported. */
public enum TableLayout {
    /** Nomis API download: {@code GEOGRAPHY_CODE, GENDER, C_AGE, OBS_VALUE [, DATE]}. */
    NOMIS("Nomis API layout"),
    /** Long ONS/GLA layout: {@code GSS.Code, Sex, Age, Year, <value>}. */
    ONS_LONG("long ONS/GLA layout"),
    /** StatsWales-style wide table: one row per area and category, one column per year. */
    STATSWALES_WIDE("wide StatsWales layout (one column per year)");

    private final String description;

    TableLayout(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
