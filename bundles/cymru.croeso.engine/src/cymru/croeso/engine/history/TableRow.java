package cymru.croeso.engine.history;

import cymru.croeso.engine.Sex;

/**
 * One value of a long historic table as ONS and Nomis publish them: an area, a sex, a single year of age
 * (the top age standing for the open group), a year and a count.
 *
 * @param areaCode e.g. {@code E06000023}
 * @param sex      the sex
 * @param age      age at mid-year (for births, 0; for births by age of mother, the mother's age)
 * @param year     the mid-year the value belongs to (a component: the year to that mid-year)
 * @param value    the count
 */
public record TableRow(String areaCode, Sex sex, int age, int year, double value) {
}
