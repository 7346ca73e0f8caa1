package cymru.croeso.data.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The catalogue against the framework's text (seed 003, Welsh Government "Migrant Integration Framework"); the quoted
 * lines are copied from that text.
 */
class IndicatorCatalogueTest {
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();

    @Test
    void sevenDomainsWithTheFrameworksTitles() {
        // "The Home Office 'Indicators of Integration' uses 14 domains of integration which we have summarised into 7 domains below."
        // Headings: "Domain 1: work", "Domain 2: housing", "Domain 3: health and social care",
        // "Domain 4: social connections (bonds, bridges and links)",
        // "Domain 5: education and skills (including language, communication and digital)",
        // "Domain 6: safety and stability", "Domain 7: rights and responsibilities".
        assertEquals(List.of("work", "housing", "health and social care", "social connections (bonds, bridges and links)",
                "education and skills (including language, communication and digital)", "safety and stability",
                "rights and responsibilities"), CATALOGUE.domains().stream().map(IntegrationDomain::title).toList());
    }

    @Test
    void indicatorCountsPerDomain() {
        // Counted from the "Indicator n:" headings under each domain: work 1–5, housing 1–4, health 1–5,
        // social connections 1–5, education 1–5, safety 1–4, rights 1–3.
        int[] expected = {5, 4, 5, 5, 5, 4, 3};
        for (int d = 1; d <= 7; d++) {
            List<IntegrationIndicator> in = CATALOGUE.indicatorsIn(d);
            assertEquals(expected[d - 1], in.size(), "domain " + d);
            for (int n = 0; n < in.size(); n++) {
                assertEquals(n + 1, in.get(n).number());
            }
        }
        assertEquals(31, CATALOGUE.indicators().size());
    }

    @Test
    void wordingIsTheFrameworks() {
        // "Indicator 2: percentage of people in employment, who are on permanent contracts (or on temporary contracts,
        //  and not seeking permanent employment) and who earn at least the real Living Wage"
        assertEquals("percentage of people in employment, who are on permanent contracts (or on temporary contracts, and not seeking "
                + "permanent employment) and who earn at least the real Living Wage", CATALOGUE.indicator("1.2").wording());
        // "Indicator 3: percentage homeless (number of households successfully prevented from becoming homeless per 10,000 households)"
        assertEquals("percentage homeless (number of households successfully prevented from becoming homeless per 10,000 households)",
                CATALOGUE.indicator("2.3").wording());
        // "Indicator 4: mean mental well-being score for people"
        assertEquals("mean mental well-being score for people", CATALOGUE.indicator("3.4").wording());
        // "Indicator 1: percentage reporting sense of 'belonging' to neighbourhood and local area"
        assertEquals("percentage reporting sense of 'belonging' to neighbourhood and local area", CATALOGUE.indicator("4.1").wording());
        // "Indicator 5: what is the highest level of your education?"
        assertEquals("what is the highest level of your education?", CATALOGUE.indicator("5.5").wording());
        // "Indicator 3: percentage reporting to be a target of a hate crime or incident."
        assertEquals("percentage reporting to be a target of a hate crime or incident.", CATALOGUE.indicator("6.3").wording());
        // "Indicator 1: percent registering to vote"
        assertEquals("percent registering to vote", CATALOGUE.indicator("7.1").wording());
    }

    @Test
    void linkedNationalIndicatorsWhereTheFrameworkNamesThem() {
        // "(Links to Wellbeing of Wales National Indicator 16)." under work indicator 2;
        // "(links to Wellbeing of Wales National Indicator 3)." under health indicator 3;
        // "(Links to Wellbeing of Wales National Indicator 50)." under education indicator 3;
        // "(Links to Wellbeing of Wales National Indicator 47)." under safety indicator 1; work indicator 1 names none.
        assertEquals(OptionalInt.of(16), CATALOGUE.indicator("1.2").nationalIndicator());
        assertEquals(OptionalInt.of(3), CATALOGUE.indicator("3.3").nationalIndicator());
        assertEquals(OptionalInt.of(50), CATALOGUE.indicator("5.3").nationalIndicator());
        assertEquals(OptionalInt.of(47), CATALOGUE.indicator("6.1").nationalIndicator());
        assertEquals(OptionalInt.empty(), CATALOGUE.indicator("1.1").nationalIndicator());
        // Counted in the text: 15 "Links to Wellbeing of Wales National Indicator" lines (4.1 and 4.2 both link to 27).
        assertEquals(15, CATALOGUE.indicators().stream().filter(i -> i.nationalIndicator().isPresent()).count());
    }

    @Test
    void dataAvailabilityForMigrantsAndTheUkBorn() {
        // Housing 1: "Does data exist for UK-born individuals in Wales? Yes: 2021 Census." and the same for migrants.
        IntegrationIndicator overcrowding = CATALOGUE.indicator("2.1");
        assertEquals(new DataAvailability(true, "2021 Census."), overcrowding.ukBorn());
        assertEquals(new DataAvailability(true, "2021 Census."), overcrowding.migrants());
        assertTrue(overcrowding.gapMeasurable());
        // Health 2: "Does data exist for UK-born individuals in Wales? Yes: Welsh / Demographic Service Dataset. Data
        // available in SAIL (need to request access)." (broken over two lines) — "Does data exist for migrants in Wales? No"
        IntegrationIndicator gp = CATALOGUE.indicator("3.2");
        assertEquals("Welsh Demographic Service Dataset. Data available in SAIL (need to request access).", gp.ukBorn().source());
        assertFalse(gp.migrants().exists());
        // Social connections 5 and rights 3: "No." for both populations.
        assertFalse(CATALOGUE.indicator("4.5").ukBorn().exists());
        assertFalse(CATALOGUE.indicator("7.3").migrants().exists());
        // Rights 1: migrants "Yes: Overseas, anonymous, optedout, EU citizens and Parliamentary electors by local authority."
        assertEquals("Overseas, anonymous, optedout, EU citizens and Parliamentary electors by local authority.",
                CATALOGUE.indicator("7.1").migrants().source());
        // Indicators with Wales-level data for both groups, counted in the text: 1.1–1.3, 2.1, 2.2, 3.1, 5.1, 5.2, 5.4, 5.5, 6.1–6.3, 7.1.
        assertEquals(14, CATALOGUE.indicators().stream().filter(IntegrationIndicator::gapMeasurable).count());
    }

    @Test
    void suggestedSurveyQuestions() {
        // Health 2: "Are you registered with a GP in Wales?" — "Yes", "No", "Don't know".
        assertEquals(List.of(new SurveyQuestion("Are you registered with a GP in Wales?", List.of("Yes", "No", "Don't know"))),
                CATALOGUE.indicator("3.2").questions());
        // Housing 1 asks two open questions: "How many people usually live in your household?" and
        // "How many rooms are available for use only by this household?"
        List<SurveyQuestion> rooms = CATALOGUE.indicator("2.1").questions();
        assertEquals(2, rooms.size());
        assertEquals("How many rooms are available for use only by this household?", rooms.get(1).text());
        assertTrue(rooms.get(1).options().isEmpty());
        // Safety 2: "How safe do/would you feel walking alone in this area after dark? By this area I" /
        // "mean within 15 minutes walk from here:" (a page break) — "Very safe", "Fairly safe", "A bit unsafe", "Very unsafe".
        SurveyQuestion dark = CATALOGUE.indicator("6.2").questions().get(0);
        assertEquals("How safe do/would you feel walking alone in this area after dark? By this area I mean within 15 minutes walk from here:", dark.text());
        assertEquals(List.of("Very safe", "Fairly safe", "A bit unsafe", "Very unsafe"), dark.options());
        // Work 5 lists six answers, one after a page break; mental well-being lists 14 statements.
        assertEquals(6, CATALOGUE.indicator("1.5").questions().get(0).options().size());
        assertEquals(14, CATALOGUE.indicator("3.4").questions().get(1).options().size());
        // Work 3, education 4 and rights 1 have no questions in the framework.
        assertTrue(CATALOGUE.indicator("1.3").questions().isEmpty());
        assertTrue(CATALOGUE.indicator("5.4").questions().isEmpty());
        assertTrue(CATALOGUE.indicator("7.1").questions().isEmpty());
    }

    @Test
    void unknownIdNamesTheValidForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CATALOGUE.indicator("8.1"));
        assertTrue(e.getMessage().contains("domain.number"));
    }

    @Test
    void everyDomainAndIndicatorHasAWelshWordingOfItsOwnThatKeepsTheFiguresAndTheQuestions() {
        Locale cy = Locale.forLanguageTag("cy");
        assertEquals(7, CATALOGUE.domains().size());
        for (IntegrationDomain d : CATALOGUE.domains()) {
            assertFalse(d.titleCy().isBlank(), "domain " + d.number());
            assertFalse(d.titleCy().equalsIgnoreCase(d.title()), "domain " + d.number() + " is not translated");
            assertEquals(d.titleCy(), d.title(cy));
            assertEquals(d.title(), d.title(Locale.UK));
        }
        assertEquals(31, CATALOGUE.indicators().size());
        Pattern figure = Pattern.compile("[0-9][0-9,]*|A\\*");
        for (IntegrationIndicator i : CATALOGUE.indicators()) {
            String welsh = i.wording(cy);
            assertEquals(i.wordingCy(), welsh);
            assertEquals(i.wording(), i.wording(Locale.UK));
            assertFalse(welsh.isBlank(), i.id());
            assertFalse(welsh.equalsIgnoreCase(i.wording()), i.id() + " is not translated: " + welsh);
            // a translation says the same of the same figures (5 GCSEs, A* to C, 10,000 households, 3 times a year)
            assertEquals(figures(figure, i.wording()), figures(figure, welsh), i.id() + ": " + welsh);
            // and a question stays a question
            assertEquals(i.wording().endsWith("?"), welsh.endsWith("?"), i.id());
        }
        // Welsh Government terms: a GP is a meddyg teulu, a GCSE a TGAU
        assertEquals("canran sydd wedi cofrestru gyda meddyg teulu", CATALOGUE.indicator("3.2").wording(cy));
        assertTrue(CATALOGUE.indicator("5.2").wording(cy).contains("5 TGAU"));
        assertEquals("gwaith", CATALOGUE.domains().get(0).title(cy));
    }

    private static List<String> figures(Pattern figure, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = figure.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
