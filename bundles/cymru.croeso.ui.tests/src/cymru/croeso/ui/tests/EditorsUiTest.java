package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.editor;
import static cymru.croeso.ui.tests.WorkbenchUiTest.editorParts;
import static cymru.croeso.ui.tests.WorkbenchUiTest.explorer;
import static cymru.croeso.ui.tests.WorkbenchUiTest.openInExplorer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.LifeExpectancyMortality;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.School;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.ui.editors.AssumptionsEditor;
import cymru.croeso.ui.editors.ElementTable;
import cymru.croeso.ui.editors.FormEditor;
import cymru.croeso.ui.editors.ListPanel;
import cymru.croeso.ui.editors.NumberTableView;
import cymru.croeso.ui.editors.ScenarioEditor;
import cymru.croeso.ui.editors.ServicesEditor;
import cymru.croeso.ui.parts.AreaSummaryPart;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.parts.PyramidPart;
import cymru.croeso.ui.problems.ProblemsPart;

/**
 * The editors as a planner uses them on the sample, in the one workbench the UI harness starts (English, then
 * Welsh): open from the explorer, paste from Excel and undo, refused pastes and typing, a scenario against its
 * parent, services added to a project without any, problems that lead to the field, and the explorer's context
 * menu. Every test puts the project and the layout back as it found them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorsUiTest {
    private static final String CARDIFF = "W06000015";
    private static final List<String> EDITORS = List.of(AssumptionsEditor.DESCRIPTOR, ServicesEditor.DESCRIPTOR,
            ScenarioEditor.DESCRIPTOR, FormEditor.DESCRIPTOR);

    private static ProjectSession session() {
        return WorkbenchUiTest.session();
    }

    private static Project project() {
        return session().project();
    }

    private static boolean welsh() {
        return WorkbenchUiTest.welsh();
    }

    private static void copy(String text) {
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        clipboard.dispose();
    }

    private static void pressCtrl(Control control, char key) throws Exception {
        Event press = new Event();
        press.keyCode = key;
        press.character = (char) (key - 'a' + 1);
        press.stateMask = SWT.MOD1;
        control.notifyListeners(SWT.KeyDown, press);
        WorkbenchUiTest.spin(200);
    }

    /** Types into a table cell through its cell editor and presses Enter. */
    static void typeInto(TableViewer viewer, Object row, int column, String text) throws Exception {
        viewer.editElement(row, column);
        Text editor = (Text) Arrays.stream(viewer.getTable().getChildren())
                .filter(c -> c instanceof Text && c.isVisible()).findFirst().orElseThrow();
        editor.setText(text);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        WorkbenchUiTest.spin(300);
    }

    private static Table table(NumberTableView view) {
        return view.viewer().getTable();
    }

    @BeforeEach
    void theProjectIsAsSaved() throws Exception {
        WorkbenchUiTest.spin(200);
        assertFalse(session().isDirty(), "another test left unsaved changes");
    }

    /** Undoes this test's edits, closes its editors and brings the first parts forward again. */
    @AfterEach
    void putEverythingBack() throws Exception {
        for (int i = 0; i < 50 && session().isDirty() && session().canUndo(); i++) {
            session().undo();
        }
        WorkbenchUiTest.spin(300);
        EPartService parts = WorkbenchUiTest.application().getContext().get(EPartService.class);
        for (String descriptor : EDITORS) {
            for (MPart part : editorParts(descriptor)) {
                parts.hidePart(part, true);
            }
        }
        parts.showPart(AreaSummaryPart.ID, EPartService.PartState.VISIBLE);
        parts.showPart(PyramidPart.ID, EPartService.PartState.VISIBLE);
        WorkbenchUiTest.spin(300);
        assertFalse(session().isDirty(), "the test's edits were not all undone");
    }

    @Test
    @Order(1)
    void aBlockPastedFromExcelChangesTheRatesAndCtrlZRestoresThem() throws Exception {
        openInExplorer(project().getAssumptions());
        AssumptionsEditor assumptions = editor(AssumptionsEditor.DESCRIPTOR);
        LifeExpectancyMortality mortality = (LifeExpectancyMortality) project().getAssumptions().getMortality().get(0);
        ListPanel tab = assumptions.tab(Literals.ASSUMPTIONS__MORTALITY);
        tab.table().select(mortality, null);
        WorkbenchUiTest.spin(300);
        NumberTableView rates = tab.numbers(Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES);
        assertNotNull(rates, "the standard rates have no table");
        assertEquals(91, table(rates).getItemCount(), "ages 0 … 90+");
        assertEquals("90+", table(rates).getItem(90).getText(0));
        double[] before = mortality.getStandardRates();
        // three ages (30–32) of males and females, as Excel copies them: tabs between sexes, CRLF between ages
        rates.focusCell(30, 0);
        copy("0.0011\t0.0012\r\n0.0013\t0.0014\r\n0.0015\t0.0016\r\n");
        pressCtrl(table(rates), 'v');
        double[] after = mortality.getStandardRates();
        double[] expected = before.clone();
        // males at ages 30, 31, 32 are positions 30–32; females follow the 91 male ages: 91 + 30 = 121 …
        expected[30] = 0.0011;
        expected[31] = 0.0013;
        expected[32] = 0.0015;
        expected[121] = 0.0012;
        expected[122] = 0.0014;
        expected[123] = 0.0016;
        assertArrayEquals(expected, after, "the model holds the block as pasted");
        assertEquals("0.0014", table(rates).getItem(31).getText(2), "the table shows it");
        assertTrue(session().isDirty());
        WorkbenchUiTest.screenshot("editor-assumptions");
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.spin(300);
        assertArrayEquals(before, mortality.getStandardRates(), "Ctrl+Z takes the whole paste back");
        assertFalse(session().isDirty());
        assertEquals(WorkbenchUiTest.welsh() ? "Oed" : "Age", table(rates).getColumn(0).getText());
    }

    @Test
    @Order(2)
    void aPasteWithAWordOrThatDoesNotFitAndAnImpossibleRateAreRefusedAndChangeNothing() throws Exception {
        WorkbenchUiTest.run("cymru.croeso.command.assumptions");
        WorkbenchUiTest.spin(300);
        AssumptionsEditor assumptions = editor(AssumptionsEditor.DESCRIPTOR);
        LifeExpectancyMortality mortality = (LifeExpectancyMortality) project().getAssumptions().getMortality().get(0);
        ListPanel tab = assumptions.tab(Literals.ASSUMPTIONS__MORTALITY);
        tab.table().select(mortality, null);
        WorkbenchUiTest.spin(300);
        NumberTableView rates = tab.numbers(Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES);
        double[] before = mortality.getStandardRates();
        rates.focusCell(40, 0);
        copy("0.1\t0.2\n0.3\tn/a\n");
        pressCtrl(table(rates), 'v');
        assertSame(before, mortality.getStandardRates(), "a refused paste changes nothing");
        assertFalse(session().canUndo(), "and leaves nothing to undo");
        String refusal = assumptions.context().messages().text();
        assertTrue(refusal.startsWith(welsh() ? "Mae rhes 2, colofn 2 a ludwyd yn cynnwys \u201cn/a\u201d"
                : "Pasted row 2, column 2 holds \u201cn/a\u201d"), refusal);
        rates.focusCell(85, 1);
        copy("0.1\n".repeat(10));
        pressCtrl(table(rates), 'v');
        assertSame(before, mortality.getStandardRates());
        assertTrue(assumptions.context().messages().text().contains(welsh() ? "lle yn y tabl i 6 rhes" : "room for 6 rows"),
                "ages 85 … 90+ are 6 rows: " + assumptions.context().messages().text());
        WorkbenchUiTest.screenshot("editor-assumptions-refused");
        // typing an impossible probability into a cell: refused, named, not taken
        typeInto(rates.viewer(), 50, 2, "1.5");
        assertSame(before, mortality.getStandardRates(), "1.5 is not a probability of dying");
        assertTrue(assumptions.context().messages().text().startsWith(welsh() ? "Oed 50, benywod" : "Age 50, females"),
                assumptions.context().messages().text());
        // and an impossible number in a form field of a flow: a negative number of arrivals
        ListPanel migration = assumptions.tab(Literals.ASSUMPTIONS__MIGRATION);
        MigrationTotal cardiff = (MigrationTotal) project().getAssumptions().getMigration().stream()
                .filter(f -> f.getArea().getCode().equals(CARDIFF)).findFirst().orElseThrow();
        double total = cardiff.getTotal();
        ElementTable flows = migration.table();
        flows.select(cardiff, Literals.MIGRATION_TOTAL__TOTAL);
        WorkbenchUiTest.spin(200);
        int totalColumn = columnIndex(flows.viewer().getTable(), welsh() ? "Cyfanswm" : "Total");
        typeInto(flows.viewer(), cardiff, totalColumn, "-500");
        assertEquals(total, cardiff.getTotal());
        assertTrue(assumptions.context().messages().text().contains(welsh() ? "ni all fod yn negatif" : "cannot be negative"),
                assumptions.context().messages().text());
        assertFalse(session().isDirty());
        typeInto(flows.viewer(), cardiff, totalColumn, "1,250");
        assertEquals(1250, cardiff.getTotal(), 1e-9, "a good number is taken, thousands separator and all");
        assertEquals("", assumptions.context().messages().text(), "and the refusal is cleared");
        WorkbenchUiTest.screenshot("editor-assumptions-migration");
        // fertility as the sample states it: a TFR with no schedule of its own, which the editor explains
        ListPanel fertility = assumptions.tab(Literals.ASSUMPTIONS__FERTILITY);
        fertility.table().select(project().getAssumptions().getFertility().get(0), null);
        WorkbenchUiTest.spin(300);
        assertTrue(fertility.numbers(Literals.TOTAL_FERTILITY__SCHEDULE).table().isEmpty());
        WorkbenchUiTest.screenshot("editor-assumptions-fertility");
    }

    static int columnIndex(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    @Order(3)
    void theScenarioEditorShowsHighMigrationAgainstPrincipalAndAddsAChangeUndoably() throws Exception {
        Scenario high = project().getScenarios().get(1);
        openInExplorer(high);
        ScenarioEditor editor = editor(ScenarioEditor.DESCRIPTOR);
        assertSame(high, editor.input());
        Table overrides = editor.overrides().getTable();
        assertEquals(44, overrides.getItemCount(), "one change per flow of arrivals");
        MigrationTotal cardiff = (MigrationTotal) high.getOverrides().stream().map(o -> o.getTarget())
                .filter(t -> t instanceof MigrationTotal f && f.getArea().getCode().equals(CARDIFF)).findFirst().orElseThrow();
        int row = high.getOverrides().indexOf(high.getOverrides().stream().filter(o -> o.getTarget() == cardiff)
                .findFirst().orElseThrow());
        String perYear = welsh() ? " y flwyddyn" : " a year";
        // principal uses the flow as stated; high migration multiplies it by 1.5 from 2011
        assertEquals(String.format(java.util.Locale.UK, "%,.0f", cardiff.getTotal()) + perYear,
                overrides.getItem(row).getText(1));
        assertEquals(String.format(java.util.Locale.UK, "%,.0f", cardiff.getTotal() * 1.5) + perYear,
                overrides.getItem(row).getText(2));
        assertEquals("2011", overrides.getItem(row).getText(3));
        WorkbenchUiTest.screenshot("editor-scenario");
        editor.addChangeTo(cardiff);
        WorkbenchUiTest.spin(300);
        assertEquals(45, high.getOverrides().size());
        assertEquals(45, overrides.getItemCount());
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.spin(300);
        assertEquals(44, high.getOverrides().size());
        assertEquals(44, overrides.getItemCount());
    }

    @Test
    @Order(4)
    void theServicesEditorMakesTheSamplesFirstServicesAndUndoTakesThemAway() throws Exception {
        // the sample states its service figures and illustrative ESOL providers, but has no schools, stock or practices
        assertTrue(project().getServices().getSchoolEstates().isEmpty());
        int providers = project().getServices().getEsolProviders().size();
        WorkbenchUiTest.run("cymru.croeso.command.services");
        WorkbenchUiTest.spin(300);
        ServicesEditor services = editor(ServicesEditor.DESCRIPTOR);
        ListPanel estates = services.tab(Literals.SERVICES__SCHOOL_ESTATES);
        SchoolEstate estate = (SchoolEstate) estates.table().addKind(Literals.SCHOOL_ESTATE);
        WorkbenchUiTest.spin(300);
        assertSame(estate, project().getServices().getSchoolEstates().get(0));
        ListPanel units = estates.lists().get(0);
        School school = (School) units.table().addKind(Literals.SCHOOL);
        WorkbenchUiTest.spin(300);
        assertSame(school, estate.getUnits().get(0));
        ListPanel capacities = units.lists().get(0);
        EObject capacity = capacities.table().addKind(Literals.SCHOOL_CAPACITY);
        WorkbenchUiTest.spin(300);
        int places = columnIndex(capacities.table().viewer().getTable(), welsh() ? "Lleoedd" : "Places");
        typeInto(capacities.table().viewer(), capacity, places, "30");
        assertEquals(30, school.getCapacities().get(0).getPlaces());
        ListPanel esol = services.tab(Literals.SERVICES__ESOL_PROVIDERS);
        EsolProvider provider = (EsolProvider) esol.table().addKind(Literals.ESOL_PROVIDER);
        WorkbenchUiTest.spin(300);
        assertEquals((welsh() ? "Darparwr ESOL " : "ESOL provider ") + (providers + 1), provider.getName());
        services.tab(Literals.SERVICES__SCHOOL_ESTATES);
        WorkbenchUiTest.spin(200);
        WorkbenchUiTest.screenshot("editor-services");
        for (int i = 0; i < 5; i++) {
            WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        }
        WorkbenchUiTest.spin(300);
        assertTrue(project().getServices().getSchoolEstates().isEmpty()
                && project().getServices().getEsolProviders().size() == providers,
                "five undos take back the provider, the places typed, the capacity, the school and the estate");
    }

    @Test
    @Order(5)
    void aPlantedProblemShowsInProblemsAndADoubleClickOpensTheFieldOrCell() throws Exception {
        ProblemsPart problems = (ProblemsPart) WorkbenchUiTest.part(ProblemsPart.ID).getObject();
        assertEquals(List.of(), problems.problems(), "the sample has no problems");
        Scenario principal = project().getScenarios().get(0);
        session().execute(SetCommand.create(session().editingDomain(), principal, Literals.SCENARIO__END_YEAR, 2000));
        WorkbenchUiTest.spin(400);
        assertEquals(1, problems.problems().size(), problems.problems().toString());
        String message = problems.problems().get(0).message();
        assertTrue(message.contains("2000"), message);
        assertEquals(message, problems.viewer().getTable().getItem(0).getText(0));
        assertNotNull(problems.viewer().getTable().getItem(0).getImage(0), "an error has its mark");
        assertTrue(message.startsWith(welsh() ? "Senario principal (Prif senario): mae blwyddyn sylfaen"
                : "Scenario principal (Principal): base year (2011) is after end year (2000)"), message);
        WorkbenchUiTest.screenshot("problems");
        // a dialog closed by an earlier test leaves no window active when no window manager runs: focus needs one
        WorkbenchUiTest.shell().forceActive();
        WorkbenchUiTest.spin(100);
        Table table = problems.viewer().getTable();
        table.setSelection(0);
        Event doubleClick = new Event();
        doubleClick.item = table.getItem(0);
        table.notifyListeners(SWT.DefaultSelection, doubleClick);
        WorkbenchUiTest.spin(400);
        ScenarioEditor editor = editor(ScenarioEditor.DESCRIPTOR);
        assertSame(principal, editor.input());
        Control baseYear = editor.form().control(Literals.SCENARIO__BASE_YEAR);
        assertTrue(baseYear.isFocusControl(), "the base year, which the problem names, has the focus");
        WorkbenchUiTest.screenshot("problems-opened");
        // a rate above 1 at females aged 40 leads to that cell of the mortality table
        LifeExpectancyMortality mortality = (LifeExpectancyMortality) project().getAssumptions().getMortality().get(0);
        double[] rates = mortality.getStandardRates().clone();
        rates[91 + 40] = 1.5;
        session().execute(SetCommand.create(session().editingDomain(), mortality,
                Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, rates));
        WorkbenchUiTest.spin(400);
        assertEquals(2, problems.problems().size());
        int rateRow = problems.problems().get(0).element() == mortality ? 0 : 1;
        problems.openRow(rateRow);
        WorkbenchUiTest.spin(400);
        AssumptionsEditor assumptions = editor(AssumptionsEditor.DESCRIPTOR);
        NumberTableView view = assumptions.tab(Literals.ASSUMPTIONS__MORTALITY)
                .numbers(Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES);
        assertArrayEquals(new int[] { 40, 1 }, view.anchor(), "the cell of females aged 40");
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.spin(400);
        assertEquals(List.of(), problems.problems(), "undoing the edits clears the problems");
    }

    @Test
    @Order(6)
    void theExplorersContextMenuMakesANewScenarioDuplicatesAndDeletesEachUndoably() throws Exception {
        Scenario principal = project().getScenarios().get(0);
        Scenario high = project().getScenarios().get(1);
        ProjectExplorerPart explorer = explorer();
        explorer.select(high);
        WorkbenchUiTest.spin(200);
        choose(explorer, welsh() ? "Senario newydd o'r fan hon" : "New scenario from here");
        assertEquals(3, project().getScenarios().size());
        Scenario variant = project().getScenarios().get(2);
        assertSame(high, variant.getParent());
        ScenarioEditor editor = editor(ScenarioEditor.DESCRIPTOR);
        assertSame(variant, editor.input(), "the new scenario opens in its editor");
        assertEquals(44, editor.overrides().getTable().getItemCount(), "it inherits high migration's changes");
        WorkbenchUiTest.screenshot("editor-new-scenario");
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.spin(400);
        assertEquals(2, project().getScenarios().size());
        assertTrue(editorParts(ScenarioEditor.DESCRIPTOR).isEmpty(), "the editor of an undone scenario closes");
        explorer.select(principal);
        choose(explorer, welsh() ? "Dyblygu" : "Duplicate");
        assertEquals(3, project().getScenarios().size());
        assertEquals(welsh() ? "Prif senario (copi)" : "Principal (copy)", project().getScenarios().get(1).getName());
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.spin(300);
        explorer.select(high);
        Event delete = new Event();
        delete.keyCode = SWT.DEL;
        explorer.getViewer().getControl().notifyListeners(SWT.KeyDown, delete);
        WorkbenchUiTest.spin(300);
        assertEquals(List.of(principal), project().getScenarios());
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.spin(300);
        assertEquals(List.of(principal, high), project().getScenarios());
        assertSame(principal, high.getParent());
        // selecting an area would move the other parts to it; a group is as much part of the base population
        explorer.select(project().getGroups().get(0));
        Menu menu = explorer.getViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        assertFalse(item(menu, welsh() ? "Dileu" : "Delete").getEnabled(), "a group is part of the base population");
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text + " in "
                        + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
    }

    /** Opens the explorer's context menu and chooses an item, as a right click and a click would. */
    private static void choose(ProjectExplorerPart explorer, String text) throws Exception {
        Menu menu = explorer.getViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = item(menu, text);
        assertTrue(item.getEnabled(), text + " is not enabled");
        item.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        WorkbenchUiTest.spin(400);
    }
}
