package cymru.croeso.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.data.indicators.IndicatorCatalogue;
import cymru.croeso.data.indicators.Polarity;
import cymru.croeso.data.indicators.RagStatus;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Measurement;

/**
 * The dashboard's rows against values worked by hand with the RAG rule (shortfall ≤ target: green; ≤ target + 5
 * points: amber; beyond: red; the shortfall is UK-born − migrants when higher is better, migrants − UK-born when lower
 * is better).
 */
class IndicatorDashboardTest {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();

    @TempDir
    Path folder;

    /**
     * 1.1 (employed at skill level; higher is better), whole project: 2022 migrants 60, UK-born 70, baseline 10,
     * target 5; 2024 migrants 62, UK-born 71.5, nothing else entered. Shown: 2024, gap 62 − 71.5 = −9.5, baseline 10
     * and target 5 carried from 2022; shortfall 9.5 > 5 but ≤ 10: amber. In Cardiff alone, 2025: 50 against 75, no
     * target, so against parity: shortfall 25 > 0 + 5: red.
     * 1.3 (income poverty; lower is better), 2024: migrants 22, UK-born 21, target 2: shortfall 1 ≤ 2: green.
     * 1.4 has only a UK-born value (80 in 2023): no gap, "no data". An indicator of the project's own (social
     * connections) with no measurement: no data, and higher is better since the framework does not know it.
     */
    @Test
    void eachDomainListsItsIndicatorsWithTheLatestMeasurementGapAndStatus() {
        Fixture f = new Fixture();
        List<IndicatorDashboard.Section> sections = IndicatorDashboard.of(f.project, CATALOGUE, null, Locale.UK);
        assertEquals(7, sections.size());
        assertEquals("Domain 1: Work", sections.get(0).title());
        assertEquals("Domain 7: Rights and responsibilities", sections.get(6).title());
        assertTrue(sections.get(1).rows().isEmpty(), "housing has no indicators in this project");
        List<DashboardRow> work = sections.get(0).rows();
        assertEquals(List.of("1.1", "1.3", "1.4"), work.stream().map(DashboardRow::id).toList());

        DashboardRow skills = work.get(0);
        assertEquals(2024, skills.year());
        assertEquals(62, skills.migrants(), 1e-9);
        assertEquals(71.5, skills.ukBorn(), 1e-9);
        assertEquals(-9.5, skills.gap(), 1e-9);
        assertEquals(10, skills.baseline(), 1e-9);
        assertEquals(5, skills.target(), 1e-9);
        assertEquals(Polarity.HIGHER_IS_BETTER, skills.better());
        assertEquals(RagStatus.AMBER, skills.status());
        assertTrue(skills.wording().startsWith("Percentage employed at a level appropriate"), skills.wording());

        DashboardRow poverty = work.get(1);
        assertEquals(Polarity.LOWER_IS_BETTER, poverty.better());
        assertEquals(1, poverty.gap(), 1e-9);
        assertEquals(RagStatus.GREEN, poverty.status());

        DashboardRow satisfaction = work.get(2);
        assertEquals(2023, satisfaction.year());
        assertTrue(Double.isNaN(satisfaction.migrants()));
        assertFalse(satisfaction.measured());
        assertEquals(RagStatus.NO_DATA, satisfaction.status());

        DashboardRow own = sections.get(3).rows().get(0);
        assertEquals("Our own measure", own.wording());
        assertEquals(0, own.year());
        assertNull(own.known());
        assertEquals(Polarity.HIGHER_IS_BETTER, own.better());
        assertEquals(RagStatus.NO_DATA, own.status());

        DashboardRow cardiff = IndicatorDashboard.of(f.project, CATALOGUE, f.cardiff, Locale.UK).get(0).rows().get(0);
        assertEquals(2025, cardiff.year());
        assertEquals(-25, cardiff.gap(), 1e-9);
        assertTrue(Double.isNaN(cardiff.target()));
        assertEquals(RagStatus.RED, cardiff.status());

        assertEquals("Parth 1: Gwaith", IndicatorDashboard.of(f.project, CATALOGUE, null, Locale.forLanguageTag("cy")).get(0).title());
    }

    /**
     * In Welsh a framework indicator reads in Croeso's Welsh wording, whether the project left its wording blank or
     * still holds the framework's English (as adding the framework copies it); a wording of the planner's own is
     * theirs and stays as written in either language.
     */
    @Test
    void frameworkIndicatorsReadInTheLanguageAskedForAndOwnWordingsStayAsWritten() {
        Fixture f = new Fixture();
        Locale cy = Locale.forLanguageTag("cy");
        DashboardRow skills = IndicatorDashboard.of(f.project, CATALOGUE, null, cy).get(0).rows().get(0);
        // migrant-integration-cy.properties, indicator.1.1, with the capital a row starts with
        assertEquals("Canran mewn cyflogaeth ar lefel sy'n briodol i'w sgiliau, eu cymwysterau a'u profiad",
                skills.wording());
        f.skills.setWording(CATALOGUE.indicator("1.1").wording());
        assertEquals(skills.wording(), IndicatorDashboard.of(f.project, CATALOGUE, null, cy).get(0).rows().get(0).wording());
        assertTrue(IndicatorDashboard.of(f.project, CATALOGUE, null, Locale.UK).get(0).rows().get(0).wording()
                .startsWith("Percentage employed at a level appropriate"), "and back in English");
        assertEquals("Our own measure", IndicatorDashboard.of(f.project, CATALOGUE, null, cy).get(3).rows().get(0).wording());
        f.skills.setWording("Cyflogaeth yn ôl ein mesur ni");
        assertEquals("Cyflogaeth yn ôl ein mesur ni", IndicatorDashboard.of(f.project, CATALOGUE, null, Locale.UK).get(0)
                .rows().get(0).wording());
    }

    /**
     * Recording 2025 (migrants 67, UK-born 71) makes it the row shown: gap −4, shortfall 4 ≤ target 5 (carried):
     * green. Recording 2025 again with only UK-born 72 keeps the 67: gap −5, shortfall exactly 5 ≤ 5: still green.
     * Two undos give back the 2024 row.
     */
    @Test
    void recordingAMeasurementAddsOrUpdatesTheYearAndUndoTakesItBack() throws Exception {
        Fixture f = new Fixture();
        try (ProjectSession s = ProjectSession.create(folder.resolve("i.croeso"), f.project,
                cymru.croeso.core.project.SessionSettings.autosaveOnDemand())) {
            s.execute(MeasurementEdits.record(s.editingDomain(), f.skills, null, 2025, 67.0, 71.0, null, null, Locale.UK));
            DashboardRow row = IndicatorDashboard.row(f.skills, CATALOGUE.indicator("1.1"), null, Locale.UK);
            assertEquals(2025, row.year());
            assertEquals(-4, row.gap(), 1e-9);
            assertEquals(RagStatus.GREEN, row.status());
            assertEquals(4, f.skills.getMeasurements().size());
            s.execute(MeasurementEdits.record(s.editingDomain(), f.skills, null, 2025, null, 72.0, null, null, Locale.UK));
            assertEquals(4, f.skills.getMeasurements().size(), "the same year and area is updated, not added");
            row = IndicatorDashboard.row(f.skills, CATALOGUE.indicator("1.1"), null, Locale.UK);
            assertEquals(67, row.migrants(), 1e-9);
            assertEquals(-5, row.gap(), 1e-9);
            assertEquals(RagStatus.GREEN, row.status());
            s.undo();
            s.undo();
            row = IndicatorDashboard.row(f.skills, CATALOGUE.indicator("1.1"), null, Locale.UK);
            assertEquals(2024, row.year());
            assertEquals(RagStatus.AMBER, row.status());
        }
    }

    @Test
    void theFrameworksIndicatorsAreAddedOnceWithTheirLinksAndData() throws Exception {
        Fixture f = new Fixture();
        try (ProjectSession s = ProjectSession.create(folder.resolve("f.croeso"), f.project,
                cymru.croeso.core.project.SessionSettings.autosaveOnDemand())) {
            assertEquals(31 - 3, MeasurementEdits.missing(f.project, CATALOGUE).size());
            s.execute(MeasurementEdits.addFramework(s.editingDomain(), f.project, CATALOGUE));
            assertEquals(4 + 28, f.project.getIndicators().size());
            Indicator living = f.project.getIndicators().stream().filter(i -> "1.2".equals(i.getId())).findFirst().orElseThrow();
            assertEquals(IntegrationDomain.WORK, living.getDomain());
            assertEquals(16, living.getWellBeingIndicator(), "the framework links 1.2 to national indicator 16");
            Indicator last = f.project.getIndicators().get(f.project.getIndicators().size() - 1);
            assertEquals("7.3", last.getId());
            assertEquals(IntegrationDomain.RIGHTS_AND_RESPONSIBILITIES, last.getDomain());
            assertNull(MeasurementEdits.addFramework(s.editingDomain(), f.project, CATALOGUE));
            s.undo();
            assertEquals(4, f.project.getIndicators().size());
        }
    }

    /** Indicators 1.1, 1.3, 1.4 and one of the project's own, measured as the first test's comment says. */
    static final class Fixture {
        final cymru.croeso.model.Project project = F.createProject();
        final Area cardiff = F.createArea();
        final Indicator skills = indicator("1.1", IntegrationDomain.WORK, null);
        final Indicator poverty = indicator("1.3", IntegrationDomain.WORK, null);
        final Indicator satisfaction = indicator("1.4", IntegrationDomain.WORK, null);
        final Indicator own = indicator("own", IntegrationDomain.SOCIAL_CONNECTIONS, "Our own measure");

        Fixture() {
            project.setName("Indicators");
            cardiff.setCode("W06000015");
            project.getAreas().add(cardiff);
            measure(skills, null, 2022, 60.0, 70.0, 10.0, 5.0);
            measure(skills, null, 2024, 62.0, 71.5, null, null);
            measure(skills, cardiff, 2025, 50.0, 75.0, null, null);
            measure(poverty, null, 2024, 22.0, 21.0, null, 2.0);
            measure(satisfaction, null, 2023, null, 80.0, null, null);
        }

        private Indicator indicator(String id, IntegrationDomain domain, String wording) {
            Indicator i = F.createIndicator();
            i.setId(id);
            i.setDomain(domain);
            i.setWording(wording);
            project.getIndicators().add(i);
            return i;
        }

        private static void measure(Indicator i, Area area, int year, Double migrants, Double ukBorn, Double baseline,
                Double target) {
            Measurement m = F.createMeasurement();
            m.setArea(area);
            m.setYear(year);
            m.setMigrants(migrants);
            m.setUkBorn(ukBorn);
            m.setBaseline(baseline);
            m.setTarget(target);
            i.getMeasurements().add(m);
        }
    }
}
