package cymru.croeso.data.table;

/**
 * One cell of a long statistical table: a count for an area, a sex and a single year of age.
 *
 * @param areaCode GSS code of the area, e.g. {@code W06000015} (Cardiff)
 * @param age single year of age; the oldest age in a file is usually an open group ("90+" is stored as 90)
 * @param year the year of the figure, or 0 when the file has no year column
 */
public record TableRow(String areaCode, Sex sex, int age, int year, double value) {
}
