package cymru.croeso.core.scenario;

import cymru.croeso.engine.AgeBand;

/**
 * One line of a scenario comparison.
 *
 * @param scenario   the scenario's id
 * @param area       the area's code
 * @param group      the population group's id
 * @param band       the age band
 * @param year       the year (mid-year)
 * @param value      people of that area, group and band in that year, both sexes
 * @param difference {@code value} minus the first scenario's value for the same area, group, band and year
 */
public record ComparisonRow(String scenario, String area, String group, AgeBand band, int year, double value,
        double difference) {
}
