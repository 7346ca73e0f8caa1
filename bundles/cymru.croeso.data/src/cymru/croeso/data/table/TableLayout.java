package cymru.croeso.data.table;

/** The published layouts Croeso recognises in a file, shown to the planner before anything is imported. */
public enum TableLayout {
    /** Nomis API download: {@code GEOGRAPHY_CODE, GENDER, C_AGE, OBS_VALUE [, DATE]}. */
    NOMIS,
    /** Long ONS/GLA layout: {@code GSS.Code, Sex, Age, Year, <value>}. */
    ONS_LONG,
    /** StatsWales-style wide table: one row per area and category, one column per year. */
    STATSWALES_WIDE;

    /** The layout's name in the user's language, e.g. "Nomis API layout". */
    public String description() {
        return TableMessages.get("layout." + name());
    }
}
