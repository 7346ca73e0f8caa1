package cymru.croeso.data.indicators;

/**
 * One of the seven areas of Welsh life in which the Migrant Integration Framework measures integration.
 *
 * @param number 1 … 7, in the framework's order (which it says implies no order of importance)
 * @param title  the framework's heading after "Domain n: ", e.g. "work" or "social connections (bonds, bridges and links)"
 */
public record IntegrationDomain(int number, String title) {
}
