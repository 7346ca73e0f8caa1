package cymru.croeso.data.indicators;

import java.util.Locale;

/**
 * One of the seven areas of Welsh life in which the Migrant Integration Framework measures integration.
 *
 * @param number  1 … 7, in the framework's order (which it says implies no order of importance)
 * @param title   the framework's heading after "Domain n: ", e.g. "work" or "social connections (bonds, bridges and links)"
 * @param titleCy the heading in Welsh: Croeso's unofficial translation (see migrant-integration-cy.properties)
 */
public record IntegrationDomain(int number, String title, String titleCy) {

    /** The heading in the language of {@code locale}: Welsh for {@code cy}, else the framework's English. */
    public String title(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? titleCy : title;
    }
}
