package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.editor;
import static cymru.croeso.ui.tests.WorkbenchUiTest.editorPart;
import static cymru.croeso.ui.tests.WorkbenchUiTest.editorParts;
import static cymru.croeso.ui.tests.WorkbenchUiTest.explorer;
import static cymru.croeso.ui.tests.WorkbenchUiTest.openInExplorer;
import static cymru.croeso.ui.tests.ChartTesting.waitUntil;
import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.area;
import static cymru.croeso.ui.tests.WorkbenchUiTest.keyOf;
import static cymru.croeso.ui.tests.WorkbenchUiTest.lang;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.run;
import static cymru.croeso.ui.tests.WorkbenchUiTest.screenshot;
import static cymru.croeso.ui.tests.WorkbenchUiTest.session;
import static cymru.croeso.ui.tests.WorkbenchUiTest.shell;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static cymru.croeso.ui.tests.WorkbenchUiTest.welsh;
import static cymru.croeso.ui.tests.WorkbenchUiTest.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cymru.croeso.core.analysis.ComparedMeasure;
import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.export.chart.ComparisonChart;
import cymru.croeso.export.chart.PopulationTrendChart;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.ui.analysis.AnalysisHandler;
import cymru.croeso.ui.analysis.AnalysisPart;
import cymru.croeso.ui.analysis.ComparisonPart;
import cymru.croeso.ui.editors.AssumptionsEditor;
import cymru.croeso.ui.editors.ElementTable;
import cymru.croeso.ui.editors.ScenarioEditor;
import cymru.croeso.ui.handlers.WorkshopHandler;
import cymru.croeso.ui.parts.AreaSummaryPart;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.parts.PyramidPart;
import cymru.croeso.ui.parts.ScenarioPart;
import cymru.croeso.ui.prefs.SettingsAddon;
import cymru.croeso.ui.workshop.WorkshopPart;

/**
 * Issue 8's acceptance tour, as a new user takes it on the sample: open a scenario from the explorer, change an
 * assumption in its editor, undo it, run a comparison, enter workshop mode and move a slider, switch the language
 * through the preferences; a screenshot of each step ({@code tour-N-…-en|cy.png}). In the Welsh run the language step
 * goes to English and back. The steps build on each other; {@link #putEverythingBack()} leaves the workbench as it was.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TourUiTest {
    private static final String CARDIFF = "W06000015";
    private static final String UNDO = "org.eclipse.ui.edit.undo";
    private static final String REDO = "org.eclipse.ui.edit.redo";
    private static final String WORKSHOP = "cymru.croeso.command.workshop";
    private static final String PREFERENCES = "org.eclipse.ui.window.preferences";
    private static final List<String> EDITORS = List.of(AssumptionsEditor.DESCRIPTOR, ScenarioEditor.DESCRIPTOR);
    /** Arrivals from abroad a year the planner adds to Cardiff's flow in step 2. */
    private static final double ADDED = 2_000;
    private static final int YEAR = 2030;

    /** What step 2 changes, and what the project and the scenario chart held before it. */
    private static MigrationTotal changed;
    private static double totalBefore;
    private static double[] trendBefore;

    private static Scenario principal() {
        return session().project().getScenarios().get(0);
    }

    private static Scenario high() {
        return session().project().getScenarios().get(1);
    }

    private static ScenarioPart scenarioPart() {
        return (ScenarioPart) part(ScenarioPart.ID).getObject();
    }

    /** Cardiff's international arrivals, the flow high migration multiplies. */
    private static MigrationTotal cardiffArrivals() {
        return session().project().getAssumptions().getMigration().stream()
                .filter(f -> f instanceof MigrationTotal t && t.getArea().getCode().equals(CARDIFF)
                        && t.getKind() == MigrationKind.INTERNATIONAL_IN)
                .map(MigrationTotal.class::cast).findFirst().orElseThrow();
    }

    /** The scenario part's chart: each year's total, read from the chart itself. */
    private static double[] shownTrend() {
        ScenarioPart scenario = scenarioPart();
        JFreeChart chart = scenario.getTrendCanvas().getChart();
        return java.util.stream.IntStream.rangeClosed(scenario.getTrend().firstYear(), scenario.getTrend().lastYear())
                .mapToDouble(y -> PopulationTrendChart.totalIn(chart, y)).toArray();
    }

    /** A scenario's Cardiff totals worked out by core without any part. */
    private static GroupTrend independently(Scenario scenario) {
        return GroupTrend.of(new ScenarioRunner(session().project()).run(scenario).result(), CARDIFF);
    }

    private static String perYear(double value) {
        return String.format(Locale.UK, "%,.0f", value) + (welsh() ? " y flwyddyn" : " a year");
    }

    @Test
    @Order(1)
    void oneTheUserOpensHighMigrationFromTheExplorerAndSeesWhatItChangesAndItsChart() throws Exception {
        spin(300);
        assertFalse(session().isDirty(), "another test left unsaved changes");
        explorer().select(area(CARDIFF));
        spin(300);
        Scenario high = high();
        openInExplorer(high);
        ScenarioEditor editor = editor(ScenarioEditor.DESCRIPTOR);
        assertSame(high, editor.input());
        assertEquals((welsh() ? "Senario: " : "Scenario: ") + high.getName(), editorPart(ScenarioEditor.DESCRIPTOR).getLabel());
        Table overrides = editor.overrides().getTable();
        assertEquals(high.getOverrides().size(), overrides.getItemCount());
        assertEquals(44, overrides.getItemCount(), "high migration changes each area's two flows of arrivals");
        MigrationTotal arrivals = cardiffArrivals();
        int row = rowOf(high, arrivals);
        // the sample's principal uses the flow as stated; high migration multiplies it by 1.5 from 2011
        assertEquals(perYear(arrivals.getTotal()), overrides.getItem(row).getText(1));
        assertEquals(perYear(arrivals.getTotal() * 1.5), overrides.getItem(row).getText(2));
        assertEquals("2011", overrides.getItem(row).getText(3));
        // choosing the scenario brought its chart forward, for Cardiff, starting from the published mid-2011 total
        assertTrue(application().getContext().get(EPartService.class).isPartVisible(part(ScenarioPart.ID)));
        ScenarioPart scenario = scenarioPart();
        assertSame(high, scenario.getScenario());
        assertEquals(CARDIFF, scenario.getTrend().areaCode());
        double[] shown = shownTrend();
        assertEquals(345_442, shown[0], 1e-6, "ONS mid-2011 estimate for Cardiff");
        GroupTrend worked = independently(high);
        assertEquals(worked.total(2040), shown[shown.length - 1], 1e-6);
        assertTrue(worked.total(2040) > independently(principal()).total(2040), "more arrivals, more people");
        assertTrue(scenario.getTrendCanvas().getPaintCount() > 0 && scenario.getPyramidCanvas().getPaintCount() > 0);
        screenshot("tour-1-scenario");
    }

    @Test
    @Order(2)
    void twoTheUserAddsArrivalsToCardiffInTheAssumptionsAndTheScenarioFollows() throws Exception {
        changed = cardiffArrivals();
        totalBefore = changed.getTotal();
        trendBefore = shownTrend();
        openInExplorer(session().project().getAssumptions());
        AssumptionsEditor assumptions = editor(AssumptionsEditor.DESCRIPTOR);
        ElementTable flows = assumptions.tab(Literals.ASSUMPTIONS__MIGRATION).table();
        flows.select(changed, Literals.MIGRATION_TOTAL__TOTAL);
        spin(200);
        double typed = Math.round(totalBefore) + ADDED;
        int column = EditorsUiTest.columnIndex(flows.viewer().getTable(), welsh() ? "Cyfanswm" : "Total");
        EditorsUiTest.typeInto(flows.viewer(), changed, column, String.format(Locale.UK, "%,.0f", typed));
        spin(100);
        assertEquals(typed, changed.getTotal(), 1e-9, "the model holds what was typed");
        assertEquals("", assumptions.context().messages().text(), "a good number is taken without a complaint");
        assertTrue(session().isDirty());
        assertTrue(shell().getText().startsWith("*Croeso"), shell().getText());
        // the scenario chart, still on screen beside the editor, was worked out again: same start, more people later
        double[] after = shownTrend();
        assertEquals(trendBefore[0], after[0], 1e-6, "the base year is data, which arrivals do not change");
        assertTrue(after[after.length - 1] > trendBefore[trendBefore.length - 1] + ADDED,
                "2,000 more arrivals a year (× 1.5 in high migration) add more than 2,000 people by 2040: "
                        + trendBefore[trendBefore.length - 1] + " -> " + after[after.length - 1]);
        assertEquals(independently(high()).total(2040), after[after.length - 1], 1e-6);
        // and the scenario editor shows the new level against it
        Table overrides = ((ScenarioEditor) editor(ScenarioEditor.DESCRIPTOR)).overrides().getTable();
        int row = rowOf(high(), changed);
        assertEquals(perYear(typed), overrides.getItem(row).getText(1));
        assertEquals(perYear(typed * 1.5), overrides.getItem(row).getText(2));
        screenshot("tour-2-changed");
    }

    @Test
    @Order(3)
    void threeCtrlZPutsTheExactValueAndTheNumbersBack() throws Exception {
        assertNotNull(changed, "step 2 did not run");
        run(UNDO);
        spin(400);
        assertEquals(totalBefore, changed.getTotal(), 0.0, "undo restores the exact value");
        assertArrayEquals(trendBefore, shownTrend(), 0.0, "and the scenario chart's exact numbers");
        assertFalse(session().isDirty(), "undoing to the saved state leaves nothing to save");
        assertEquals("Croeso \u2014 Cymru", shell().getText());
        Table overrides = ((ScenarioEditor) editor(ScenarioEditor.DESCRIPTOR)).overrides().getTable();
        assertEquals(perYear(totalBefore), overrides.getItem(rowOf(high(), changed)).getText(1));
        screenshot("tour-3-undone");
    }

    @Test
    @Order(4)
    void fourTheComparisonShowsBothScenariosAndHighMinusPrincipal() throws Exception {
        ComparisonPart comparison = openAnalysis(ComparisonPart.ID, ComparisonPart.class);
        comparison.compare(List.of(principal(), high()), ComparedMeasure.POPULATION);
        waitUntil("the comparison's job", () -> comparison.getJob() != null
                && comparison.getJob().getState() == org.eclipse.core.runtime.jobs.Job.NONE);
        spin(300);
        assertNotNull(comparison.getShown(), comparison.getStatus());
        assertEquals(CARDIFF, comparison.getArea().getCode(), "the area chosen in the explorer");
        List<String> both = List.of(principal().getName(), high().getName());
        assertEquals(both, ticked((Control) part(ComparisonPart.ID).getWidget()), "the scenarios ticked beside the chart");
        JFreeChart chart = comparison.getCanvas().getChart();
        assertEquals(both, keyOf(chart).names().subList(0, 2));
        int y = YEAR - comparison.getShown().firstYear();
        double a = ComparisonChart.valuesOf(chart, 1)[y];
        double b = ComparisonChart.valuesOf(chart, 0)[y];
        double difference = ComparisonChart.differencesOf(chart, 1)[y];
        assertEquals(a - b, difference, 1e-6, "the difference is high migration minus principal");
        assertEquals(independently(high()).total(YEAR), a, 1e-6);
        assertEquals(independently(principal()).total(YEAR), b, 1e-6);
        assertTrue(difference > 1000, "high migration adds people to Cardiff by " + YEAR + ": " + difference);
        System.out.printf(Locale.ROOT, "%s tour: Cardiff %d high %.0f - principal %.0f = %.0f%n", lang(), YEAR, a, b, difference);
        screenshot("tour-4-comparison");
    }

    @Test
    @Order(5)
    void fiveWorkshopModeFillsTheScreenInLargeTypeAndASliderMovesTheChart() throws Exception {
        run(WORKSHOP);
        spin(800);
        MWindow window = WorkshopHandler.find(application());
        assertNotNull(window, "Workshop mode opened no window");
        Shell workshopShell = (Shell) window.getWidget();
        try {
            // the whole screen; without a window manager (Xvfb) GTK never confirms the full-screen request and SWT
            // takes off the frame it guesses a window manager would draw (6 x 29 px), so that much is allowed for
            Rectangle screen = workshopShell.getMonitor().getBounds();
            Rectangle bounds = workshopShell.getBounds();
            assertTrue(workshopShell.getFullScreen() || (bounds.x == screen.x && bounds.y == screen.y
                    && bounds.width >= screen.width - 6 && bounds.height >= screen.height - 29),
                    "workshop mode fills the screen " + screen + ": " + bounds);
            WorkshopPart workshop = (WorkshopPart) part(WorkshopPart.ID).getObject();
            for (Control c : new Control[] { workshop.getAreaChooser(), workshop.getSaveButton() }) {
                assertTrue(c.getFont().getFontData()[0].getHeight() >= 20, "type for a room is 20 pt or more: " + c);
            }
            assertEquals(CARDIFF, workshop.getWorkshop().area().getCode());
            JFreeChart population = workshop.getCanvases().get(0).getChart();
            double before = lastYearStack(population);
            assertEquals(workshop.getShown().bornAbroad(workshop.getShown().years() - 1), before, 1e-6,
                    "the chart stacks the people born abroad");
            Scale migration = workshop.getSliders().get(0);
            int painted = workshop.getCanvases().get(0).getPaintCount();
            // × 1.5 net international migration: the slider counts tenths
            migration.setSelection(15);
            migration.notifyListeners(SWT.Selection, new Event());
            waitUntil("the population chart painted", () -> workshop.getCanvases().get(0).getPaintCount() > painted);
            assertEquals(1.5, workshop.getSettings().migrationFactor(), 1e-9);
            double after = lastYearStack(population);
            assertEquals(workshop.getShown().bornAbroad(workshop.getShown().years() - 1), after, 1e-6);
            assertTrue(after > before, "half as many arrivals again: more people born abroad " + before + " -> " + after);
            System.out.printf(Locale.ROOT, "%s tour: workshop born abroad in the last year %.0f -> %.0f%n", lang(), before, after);
            screenshot("tour-5-workshop", workshopShell);
        } finally {
            run(WORKSHOP);
            spin(300);
        }
        assertNull(WorkshopHandler.find(application()), "the command closes workshop mode again");
        assertFalse(session().isDirty(), "moving a slider edits nothing");
    }

    @Test
    @Order(6)
    void sixSwitchingLanguageRelabelsTheWorkbenchAndKeepsTheUnsavedChange() throws Exception {
        assertNotNull(changed, "step 2 did not run");
        assertNull(WorkshopHandler.find(application()), "workshop mode is still open");
        String original = lang();
        String other = welsh() ? "en" : "cy";
        Path file = SettingsAddon.settingsFile(application().getContext());
        String fileBefore = Files.exists(file) ? Files.readString(file) : null;
        UserSettings settingsBefore = application().getContext().get(UserSettings.class);
        ProjectSession session = session();
        // the change of step 2 again, not saved
        run(REDO);
        spin(300);
        double typed = changed.getTotal();
        assertEquals(Math.round(totalBefore) + ADDED, typed, 1e-9);
        try {
            chooseLanguage(other);
            assertLanguage(other, session, typed);
            if (original.equals("en")) {
                // in Welsh now, so the helper names it tour-6-welsh-cy
                screenshot("tour-6-welsh");
            } else {
                screenshot("tour-6-english-from-welsh");
                chooseLanguage(original);
                assertLanguage(original, session, typed);
                screenshot("tour-6-welsh-again");
            }
        } finally {
            if (!lang().equals(original)) {
                chooseLanguage(original);
            }
            application().getContext().set(UserSettings.class, settingsBefore);
            if (fileBefore == null) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, fileBefore);
            }
        }
        assertLanguage(original, session, typed);
        run(UNDO);
        spin(300);
        assertEquals(totalBefore, changed.getTotal(), 0.0);
        assertFalse(session.isDirty());
    }

    /** What a user sees after a switch: menus and part labels in {@code language}, the edit still there and unsaved. */
    private static void assertLanguage(String language, ProjectSession session, double typed) throws Exception {
        spin(300);
        boolean cy = language.equals("cy");
        assertEquals(language, lang());
        Menu bar = (Menu) window().getMainMenu().getWidget();
        List<String> menus = Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toList();
        assertEquals(cy ? List.of("Ffeil", "Golygu") : List.of("File", "Edit"), menus.subList(0, 2));
        assertTrue(menus.contains(cy ? "Ffenestr" : "Window"), menus.toString());
        assertEquals(cy ? "Porwr prosiect" : "Project explorer", part(ProjectExplorerPart.ID).getLocalizedLabel());
        assertEquals(cy ? "Senario" : "Scenario", part(ScenarioPart.ID).getLocalizedLabel());
        assertEquals((cy ? "Senario: " : "Scenario: ") + high().getName(), editorPart(ScenarioEditor.DESCRIPTOR).getLabel());
        String title = scenarioPart().getTrendCanvas().getChart().getTitle().getText();
        assertTrue(title.endsWith(cy ? "poblogaeth yn ôl grŵp tarddiad" : "population by origin group"), title);
        assertSame(session, session(), "the project session was replaced");
        assertSame(changed, cardiffArrivals(), "the project was reloaded");
        assertEquals(typed, changed.getTotal(), 0.0, "the unsaved change is kept");
        assertTrue(session.isDirty() && session.canUndo(), "the change is still unsaved and undoable");
        assertTrue(shell().getText().startsWith("*Croeso"), shell().getText());
    }

    /** Undoes what the tour left, leaves workshop mode, closes its editors and analysis part, and the language back. */
    @AfterAll
    static void putEverythingBack() throws Exception {
        if (WorkshopHandler.find(application()) != null) {
            run(WORKSHOP);
        }
        for (int i = 0; i < 20 && session().isDirty() && session().canUndo(); i++) {
            session().undo();
        }
        spin(300);
        EPartService parts = application().getContext().get(EPartService.class);
        MPart comparison = part(ComparisonPart.ID);
        if (comparison.getObject() instanceof AnalysisPart analysis && analysis.getJob() != null) {
            analysis.getJob().cancel();
            analysis.getJob().join();
        }
        if (comparison.isToBeRendered()) {
            parts.hidePart(comparison);
        }
        for (String descriptor : EDITORS) {
            for (MPart part : editorParts(descriptor)) {
                parts.hidePart(part, true);
            }
        }
        parts.showPart(AreaSummaryPart.ID, EPartService.PartState.VISIBLE);
        parts.showPart(PyramidPart.ID, EPartService.PartState.VISIBLE);
        spin(300);
        assertFalse(session().isDirty(), "the tour's edits were not all undone");
    }

    // --- driving the UI as a user does (as EditorsUiTest, ChartsUiTest and PreferencesUiTest do) ---------------------

    private static int rowOf(Scenario scenario, MigrationTotal flow) {
        List<ScenarioOverride> overrides = scenario.getOverrides();
        for (int i = 0; i < overrides.size(); i++) {
            if (overrides.get(i).getTarget() == flow) {
                return i;
            }
        }
        throw new AssertionError(scenario.getId() + " does not change " + flow.getId());
    }
    /** Runs Analysis › the item that opens {@code partId}, as the menu does. */
    private static <T> T openAnalysis(String partId, Class<T> type) throws Exception {
        IEclipseContext context = window().getContext();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand("cymru.croeso.command.analysis",
                Map.of(AnalysisHandler.PART, partId));
        EHandlerService handlers = context.get(EHandlerService.class);
        assertTrue(handlers.canExecute(command), "Analysis cannot open " + partId + " now");
        handlers.executeHandler(command);
        spin(300);
        MPart part = part(partId);
        assertTrue(application().getContext().get(EPartService.class).isPartVisible(part), partId + " is not in front");
        return type.cast(part.getObject());
    }

    /** The sum of the stacked series at the last year: the people born abroad the workshop chart shows. */
    private static double lastYearStack(JFreeChart chart) {
        XYDataset stacked = chart.getXYPlot().getDataset(0);
        double sum = 0;
        for (int s = 0; s < stacked.getSeriesCount(); s++) {
            sum += stacked.getYValue(s, stacked.getItemCount(s) - 1);
        }
        return sum;
    }

    /** Window › Preferences, the language chosen, OK: the preferences' own code path for the live switch. */
    private static void chooseLanguage(String language) throws Exception {
        PreferencesUiTest.chooseLanguage(language);
        spin(100);
    }

    /** The names ticked in the first check table under {@code control}: the comparison's list of scenarios. */
    private static List<String> ticked(Control control) {
        if (control instanceof Table table && (table.getStyle() & SWT.CHECK) != 0) {
            return Arrays.stream(table.getItems()).filter(TableItem::getChecked).map(TableItem::getText).toList();
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                List<String> found = ticked(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
