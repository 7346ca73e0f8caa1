package cymru.croeso.data.indicators;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A key indicator of integration from the Welsh Government's Migrant Integration Framework (2023, updated 2024),
 * with the framework's own wording.
 *
 * @param domain             the domain it belongs to
 * @param number             its number within the domain (1, 2, …)
 * @param wording            the indicator exactly as the framework words it after "Indicator n: "
 * @param nationalIndicator  the Wellbeing of Wales National Indicator it links to, where the framework names one
 * @param ukBorn             whether data exist for UK-born individuals in Wales
 * @param migrants           whether data exist for migrants in Wales
 * @param questions          the survey questions the framework suggests (or lists as asked), in its order
 * @param better             which direction is the better outcome (Croeso's reading, see {@link Polarity})
 * @param wordingCy          the indicator in Welsh: Croeso's unofficial translation (see migrant-integration-cy.properties)
 */
public record IntegrationIndicator(IntegrationDomain domain, int number, String wording, OptionalInt nationalIndicator,
        DataAvailability ukBorn, DataAvailability migrants, List<SurveyQuestion> questions, Polarity better,
        String wordingCy) {

    public IntegrationIndicator {
        questions = List.copyOf(questions);
    }

    /** The wording in the language of {@code locale}: Welsh for {@code cy}, else the framework's English. */
    public String wording(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? wordingCy : wording;
    }

    /** "domain.number", e.g. "2.3" for the third housing indicator: the id planners and the CLI use. */
    public String id() {
        return domain.number() + "." + number;
    }

    /** Whether the gap between migrants and the UK-born can be measured from existing Wales-level data. */
    public boolean gapMeasurable() {
        return ukBorn.exists() && migrants.exists();
    }
}
