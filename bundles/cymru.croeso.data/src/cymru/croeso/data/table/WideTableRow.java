package cymru.croeso.data.table;

/**
 * One value of a wide table, unpivoted: an area, a category (such as a household type) and a year.
 *
 * @param category the row's category as written in the file, trimmed, e.g. {@code 1 person} or {@code All}
 */
public record WideTableRow(String areaCode, String category, int year, double value) {
}
