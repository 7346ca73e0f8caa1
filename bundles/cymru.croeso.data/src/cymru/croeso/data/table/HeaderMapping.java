package cymru.croeso.data.table;

/**
 * Which column of a long table's header holds each field, as detected from the header names.
 *
 * @param format what the file was read as, e.g. "tab-separated text"
 * @param year the year column's header name, or {@code null} when the file has none
 * @param valueByElimination true when no header named the value and the one remaining numeric column was taken
 */
public record HeaderMapping(String format, String area, String sex, String age, String year, String value,
        boolean valueByElimination, AgeCoding ageCoding) {

    /** One line for a preview, e.g. {@code area=GEOGRAPHY_CODE, sex=GENDER, age=C_AGE (Nomis codes 101…191), ...}. */
    public String describe() {
        return TableMessages.format("mapping.columns", area, sex, age,
                ageCoding == AgeCoding.NOMIS_C_AGE ? " " + TableMessages.get("mapping.nomis") : "",
                year == null ? TableMessages.get("preview.none") : year, value,
                valueByElimination ? " " + TableMessages.get("mapping.byElimination") : "");
    }

    /** A one-line form for storing beside an imported table; read back with {@link #fromStored}. */
    public String toStored() {
        return String.join("\t", format, area, sex, age, year == null ? "" : year, value,
                Boolean.toString(valueByElimination), ageCoding.name());
    }

    public static HeaderMapping fromStored(String stored) {
        String[] p = stored.split("\t", -1);
        return new HeaderMapping(p[0], p[1], p[2], p[3], p[4].isEmpty() ? null : p[4], p[5],
                Boolean.parseBoolean(p[6]), AgeCoding.valueOf(p[7]));
    }
}
