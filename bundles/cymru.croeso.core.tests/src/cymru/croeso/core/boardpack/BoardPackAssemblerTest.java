package cymru.croeso.core.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.export.pack.BoardPackContent;
import cymru.croeso.export.pack.BoardPackContent.Action;
import cymru.croeso.export.pack.BoardPackContent.Comparison;
import cymru.croeso.export.pack.BoardPackContent.Indicator;
import cymru.croeso.export.pack.BoardPackContent.PopulationBlock;
import cymru.croeso.export.pack.BoardPackContent.Rag;
import cymru.croeso.export.pack.BoardPackContent.Service;
import cymru.croeso.model.Aim;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.Project;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/** The assembler on the 22-area sample, with an action and two framework indicators added. */
class BoardPackAssemblerTest {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;
    static final LocalDate DATE = LocalDate.of(2026, 5, 1);
    static Project project;
    static BoardPackContent english;
    static ProjectionResult principal;

    @BeforeAll
    static void assemble() {
        project = SampleProject.cymru();
        addStrategy(project);
        // 2.1 overcrowding (lower is better): migrants 12 %, UK-born 5 %: shortfall 7; target 2, amber up to 2 + 5 = 7
        addIndicator(project, "2.1", 12.0, 5.0, 2.0);
        // 3.2 registered with a GP (higher is better): 85 against 95: shortfall 10 > 0 + 5, red
        addIndicator(project, "3.2", 85.0, 95.0, null);
        english = new BoardPackAssembler(project, "en").assemble(List.of("principal", "high-migration"), DATE);
        principal = new ScenarioRunner(project).run("principal").result();
    }

    @Test
    void populationBlocksAddUpToTheEnginesAreaTotals() {
        List<PopulationBlock> blocks = english.population().blocks();
        // 2011, 2016, 2021, 2026, 2031, 2036 and 2040 for each of the 22 areas
        assertEquals(22 * 7, blocks.size());
        assertEquals(19, english.population().bands().size());
        ProjectionSummary summary = new ProjectionSummary(principal);
        for (PopulationBlock block : blocks) {
            int area = english.areas().indexOf(block.area());
            double sum = 0;
            for (double[] group : block.persons()) {
                for (double p : group) {
                    sum += p;
                }
            }
            double engine = summary.total(block.year(), area, ProjectionSummary.ALL, AgeBand.ALL_AGES);
            assertEquals(engine, sum, 1e-9 * engine, block.area() + " " + block.year());
        }
        assertEquals("Isle of Anglesey", blocks.get(0).area());
        assertEquals("UK-born", blocks.get(0).groups().get(0));
    }

    @Test
    void thePyramidHoldsEveryoneInTheLastYear() {
        double sum = 0;
        for (double m : english.pyramid().males()) {
            sum += m;
        }
        for (double f : english.pyramid().females()) {
            sum += f;
        }
        assertEquals(principal.total(2040), sum, 1e-6);
        assertEquals("Cymru, 2040, scenario Principal", english.pyramid().caption());
    }

    @Test
    void headlinesStartFromTheBaseAndServicesCoverEveryYear() {
        assertEquals("Residents", english.headlines().get(0).measure());
        // the sum of every W06 row of the shipped Nomis file (SampleProjectTest)
        assertEquals(3_063_758, english.headlines().get(0).base(), 1e-6);
        assertEquals(principal.total(2040), english.headlines().get(0).horizon(), 1e-6);
        assertEquals(List.of(Service.values()), english.services().stream().map(s -> s.service()).toList());
        for (var table : english.services()) {
            assertEquals(2011, table.years().get(0).year());
            assertEquals(2040, table.years().get(table.years().size() - 1).year());
        }
        assertEquals(List.of("Principal", "High migration"), english.scenarios());
        assertEquals("Cymru: board pack", english.title());
    }

    @Test
    void comparisonSetsEachMeasureSideBySide() {
        assertEquals(english.headlines().size(), english.comparison().size());
        Comparison residents = english.comparison().get(0);
        assertEquals("Residents, 2040", residents.measure());
        assertEquals(principal.total(2040), residents.values()[0], 1e-6);
        assertTrue(residents.values()[1] > residents.values()[0] + 100_000);
    }

    @Test
    void provenanceNamesEachSourceOnceAndWhatIsIllustrative() {
        List<String> lines = english.provenance();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("ONS mid-year population estimates, mid-2011")
                && l.endsWith("Open Government Licence")).count(), lines.toString());
        assertEquals(lines.size(), lines.stream().distinct().count());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("Illustrative") && last.contains("the base population")
                && last.contains("scenario High migration"), last);
    }

    /** The sample's high-migration scenario multiplies 22 areas × 2 groups = 44 international in-flows by 1.5. */
    @Test
    void assumptionsInBriefSumUpAlikeChanges() {
        assertTrue(english.assumptions().contains("High migration: international in-migration \u00d7 1.5 from 2011"
                + " (set by high-migration) (assumptions changed: 44)."), english.assumptions().toString());
        assertTrue(english.assumptions().contains("Scenario High migration: projected from 2011 to 2040; builds on"
                + " scenario Principal."), english.assumptions().toString());
    }

    @Test
    void actionsAndIndicatorsCarryTheirStatus() {
        Action a = english.actions().get(0);
        assertEquals("Open a second ESOL hub", a.action());
        assertEquals("Cardiff and Vale College", a.lead());
        assertEquals("Refugee Council; Health board", a.partners());
        assertEquals(LocalDate.of(2026, 1, 1), a.start());
        assertEquals(LocalDate.of(2027, 12, 31), a.due());
        assertEquals(Rag.GREEN, a.status());
        List<Indicator> indicators = english.indicators();
        assertEquals(2, indicators.size(), "the household projections have no migrants' value and are left out");
        assertEquals(Rag.AMBER, indicators.get(0).status());
        assertEquals(7, indicators.get(0).gap(), 1e-12);
        assertEquals(Rag.RED, indicators.get(1).status());
        assertEquals(0, indicators.get(1).target());
        assertTrue(indicators.get(0).indicator().startsWith("2.1 "), indicators.get(0).indicator());
    }

    @Test
    void aWelshPackNamesAreasAndGroupsInWelsh() {
        BoardPackContent welsh = new BoardPackAssembler(project, "cy").assemble(List.of("principal"), DATE);
        assertEquals("Cymru: pecyn y bwrdd", welsh.title());
        assertTrue(welsh.areas().contains("Caerdydd"));
        assertEquals("Wedi'u geni yn y DU", welsh.population().blocks().get(0).groups().get(0));
        assertEquals("Trigolion", welsh.headlines().get(0).measure());
        assertTrue(welsh.comparison().isEmpty());
        assertTrue(welsh.assumptions().stream().anyMatch(l -> l.startsWith("Poblogaeth sylfaen: canol 2011, 22 ardal")),
                welsh.assumptions().toString());
    }

    @Test
    void anUnknownScenarioOrLanguageIsRefused() {
        ScenarioProblem e = assertThrows(ScenarioProblem.class,
                () -> new BoardPackAssembler(project, "en").assemble(List.of("low"), DATE));
        assertTrue(e.getMessage().contains("principal") && e.getMessage().contains("high-migration"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BoardPackAssembler(project, "fr"));
    }

    private static void addStrategy(Project p) {
        Organisation college = organisation(p, "college", "Cardiff and Vale College");
        StrategyAction action = F.createStrategyAction();
        action.setId("esol-hub");
        action.setTitle("Open a second ESOL hub");
        action.setLead(college);
        action.getPartners().add(organisation(p, "wrc", "Refugee Council"));
        action.getPartners().add(organisation(p, "hb", "Health board"));
        action.setStartYear(2026);
        action.setEndYear(2027);
        action.setCost(85_000);
        action.setStatus(RagStatus.GREEN);
        Strategy strategy = F.createStrategy();
        Theme theme = F.createTheme();
        Aim aim = F.createAim();
        aim.getActions().add(action);
        theme.getAims().add(aim);
        strategy.getThemes().add(theme);
        p.setStrategy(strategy);
    }

    private static Organisation organisation(Project p, String id, String name) {
        Organisation o = F.createOrganisation();
        o.setId(id);
        o.setName(name);
        p.getOrganisations().add(o);
        return o;
    }

    private static void addIndicator(Project p, String id, Double migrants, Double ukBorn, Double target) {
        cymru.croeso.model.Indicator indicator = F.createIndicator();
        indicator.setId(id);
        Measurement older = F.createMeasurement();
        older.setYear(2019);
        older.setMigrants(1.0);
        older.setUkBorn(1.0);
        Measurement m = F.createMeasurement();
        m.setYear(2023);
        m.setMigrants(migrants);
        m.setUkBorn(ukBorn);
        m.setTarget(target);
        indicator.getMeasurements().add(older);
        indicator.getMeasurements().add(m);
        p.getIndicators().add(indicator);
    }
}
