package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.editor;
import static cymru.croeso.ui.tests.WorkbenchUiTest.explorer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cymru.croeso.core.analysis.ComparedMeasure;
import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.analysis.ComparisonPart;
import cymru.croeso.ui.editors.AssumptionsEditor;
import cymru.croeso.ui.editors.ElementTable;
import cymru.croeso.ui.editors.ListPanel;
import cymru.croeso.ui.editors.NumberTableView;
import cymru.croeso.ui.editors.ScenarioEditor;
import cymru.croeso.ui.editors.ServicesEditor;
import cymru.croeso.ui.parts.AreaSummaryPart;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.parts.PyramidPart;
import cymru.croeso.ui.problems.ProblemsPart;
import cymru.croeso.ui.strategy.PlanViews;
import cymru.croeso.ui.strategy.StrategyPart;

/**
 * What a planner reads whole, measured rather than eyed (English run, then Welsh): the explorer's longest label at
 * the start, every table heading of the editors, the strategy and the comparison, the edited or jumped-to row of the
 * Migration tab in view, and the comparison's breakdown by origin group and age band adding up to its total.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LayoutUiTest {
    private static final String CARDIFF = "W06000015";
    private static final String MAIN_SASH = "cymru.croeso.sash.main";
    private static final String EDITOR_STACK = "cymru.croeso.stack.editors";
    /** GTK pads a heading's label by 6 px either side inside its button (Adwaita): less than this and it is cut. */
    private static final int HEADING_PADDING = 12;
    private static final List<String> EDITORS = List.of(AssumptionsEditor.DESCRIPTOR, ServicesEditor.DESCRIPTOR,
            ScenarioEditor.DESCRIPTOR);
    private final Map<MUIElement, String> weights = new HashMap<>();

    private static ProjectSession session() {
        return WorkbenchUiTest.session();
    }

    private static EPartService parts() {
        return WorkbenchUiTest.application().getContext().get(EPartService.class);
    }

    private static MUIElement element(String id) {
        MApplication app = WorkbenchUiTest.application();
        return app.getContext().get(EModelService.class).find(id, app);
    }

    @SuppressWarnings("unchecked")
    @BeforeEach
    void rememberTheLayout() throws Exception {
        WorkbenchUiTest.spin(200);
        assertFalse(session().isDirty(), "another test left unsaved changes");
        for (MUIElement child : ((org.eclipse.e4.ui.model.application.ui.MElementContainer<MUIElement>) element(MAIN_SASH))
                .getChildren()) {
            weights.put(child, child.getContainerData());
        }
    }

    /** Undoes this test's edits, closes what it opened and puts the sash weights back as they were. */
    @AfterEach
    void putEverythingBack() throws Exception {
        for (int i = 0; i < 20 && session().isDirty() && session().canUndo(); i++) {
            session().undo();
        }
        WorkbenchUiTest.spin(300);
        MApplication app = WorkbenchUiTest.application();
        for (String descriptor : EDITORS) {
            for (MPart part : app.getContext().get(EModelService.class).findElements(app, descriptor, MPart.class)) {
                if (part.getObject() != null) {
                    parts().hidePart(part, true);
                }
            }
        }
        for (String id : List.of(StrategyPart.ID, ComparisonPart.ID)) {
            MPart part = parts().findPart(id);
            if (part == null) {
                continue;
            }
            if (part.getObject() instanceof ComparisonPart comparison && comparison.getJob() != null) {
                comparison.getJob().cancel();
                comparison.getJob().join();
            }
            if (part.isToBeRendered()) {
                parts().hidePart(part, id.equals(StrategyPart.ID));
            }
        }
        weights.forEach(MUIElement::setContainerData);
        parts().showPart(AreaSummaryPart.ID, EPartService.PartState.VISIBLE);
        parts().showPart(PyramidPart.ID, EPartService.PartState.VISIBLE);
        WorkbenchUiTest.spin(300);
        assertFalse(session().isDirty(), "the test's edits were not all undone");
    }

    /** Every label the explorer shows: its items, and the items of those expanded, with their text's start. */
    private static List<TreeItem> shown(TreeItem[] items) {
        List<TreeItem> out = new ArrayList<>();
        for (TreeItem item : items) {
            out.add(item);
            if (item.getExpanded()) {
                out.addAll(shown(item.getItems()));
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void theExplorersLongestLabelIsWholeAtTheStartBesideAUsableEditorArea() throws Exception {
        Tree tree = explorer().getViewer().getTree();
        WorkbenchUiTest.spin(300);
        int room = tree.getClientArea().width;
        GC gc = new GC(tree);
        List<String> names = new ArrayList<>();
        try {
            for (TreeItem item : shown(tree.getItems())) {
                int end = item.getBounds().x + gc.textExtent(item.getText()).x;
                assertTrue(end <= room, "\u201c" + item.getText() + "\u201d ends at " + end + " px in an explorer "
                        + room + " px wide");
                names.add(item.getText());
            }
        } finally {
            gc.dispose();
        }
        String longWelsh = WorkbenchUiTest.welsh() ? "Castell-nedd Port Talbot" : "Neath Port Talbot";
        assertTrue(names.contains(longWelsh), "the areas are shown: " + names);
        // the editor area keeps its share of the window (34 of 110 parts of the width at the start: 31 %)
        Control editors = (Control) element(EDITOR_STACK).getWidget();
        int window = WorkbenchUiTest.shell().getClientArea().width;
        assertTrue(editors.getSize().x >= 0.28 * window, "the editor area is " + editors.getSize().x + " px of " + window);
        System.out.printf(Locale.ROOT, "%s explorer %d px (client %d) of a %d px window; editor area %d px%n",
                WorkbenchUiTest.lang(), tree.getSize().x, room, window, editors.getSize().x);
        WorkbenchUiTest.screenshot("layout-explorer");
    }

    /** Asserts that every heading of {@code table} is whole: its column at least as wide as its text and padding. */
    static void headingsWhole(Table table, String where) {
        GC gc = new GC(table);
        // GTK draws headings in bold: measured in the table's regular font, a cut Welsh heading passed
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        Font bold = new Font(table.getDisplay(), data);
        try {
            gc.setFont(bold);
            for (TableColumn column : table.getColumns()) {
                int text = gc.textExtent(column.getText()).x;
                assertTrue(column.getWidth() >= text + HEADING_PADDING, where + ": the heading \u201c" + column.getText()
                        + "\u201d needs " + (text + HEADING_PADDING) + " px; its column is " + column.getWidth());
            }
        } finally {
            gc.dispose();
            bold.dispose();
        }
    }

    /** The tables inside {@code control} that are on screen. */
    static List<Table> tables(Control control) {
        List<Table> out = new ArrayList<>();
        if (control instanceof Table table && table.isVisible() && table.getColumnCount() > 0) {
            out.add(table);
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                out.addAll(tables(child));
            }
        }
        return out;
    }

    /** Brings forward each tab of a list editor, with its first element chosen, and checks every table shown. */
    private static int everyTab(java.util.function.Function<EReference, ListPanel> tab, List<EReference> lists, Control body,
            String where) throws Exception {
        int tables = 0;
        for (EReference list : lists) {
            ListPanel panel = tab.apply(list);
            ElementTable elements = panel.table();
            if (elements.viewer().getTable().getItemCount() > 0) {
                elements.viewer().setSelection(new StructuredSelection(elements.viewer().getElementAt(0)), true);
            }
            WorkbenchUiTest.spin(250);
            for (Table table : tables(body)) {
                headingsWhole(table, where + " \u203a " + list.getName());
                tables++;
            }
        }
        return tables;
    }

    @Test
    @Order(2)
    void everyHeadingOfTheEditorsTheStrategyAndTheComparisonIsWhole() throws Exception {
        Scenario high = session().project().getScenarios().get(1);
        explorer().open(high);
        WorkbenchUiTest.spin(500);
        ScenarioEditor scenario = editor(ScenarioEditor.DESCRIPTOR);
        Table overrides = scenario.overrides().getTable();
        assertEquals(7, overrides.getColumnCount());
        headingsWhole(overrides, "scenario editor");
        // narrower than its columns: the table scrolls sideways rather than cutting them
        WorkbenchUiTest.screenshot("layout-scenario-editor");

        WorkbenchUiTest.run("cymru.croeso.command.assumptions");
        WorkbenchUiTest.spin(400);
        AssumptionsEditor assumptions = editor(AssumptionsEditor.DESCRIPTOR);
        List<EReference> assumptionLists = Literals.ASSUMPTIONS.getEAllContainments().stream().filter(r -> r.isMany()).toList();
        int checked = everyTab(assumptions::tab, assumptionLists, widgetOf(assumptions), "assumptions");
        assertTrue(checked >= assumptionLists.size(), checked + " tables");
        assumptions.tab(Literals.ASSUMPTIONS__MIGRATION);
        WorkbenchUiTest.spin(200);
        WorkbenchUiTest.screenshot("layout-assumptions-migration");

        WorkbenchUiTest.run("cymru.croeso.command.services");
        WorkbenchUiTest.spin(400);
        ServicesEditor services = editor(ServicesEditor.DESCRIPTOR);
        List<EReference> serviceLists = Literals.SERVICES.getEAllContainments().stream().filter(r -> r.isMany()).toList();
        everyTab(services::tab, serviceLists, widgetOf(services), "services");
        services.tab(Literals.SERVICES__ESOL_PROVIDERS);
        WorkbenchUiTest.spin(200);
        WorkbenchUiTest.screenshot("layout-services-esol");

        MPart strategy = PlanViews.show(parts(), StrategyPart.ID);
        WorkbenchUiTest.spin(500);
        List<Table> strategyTables = tables((Control) strategy.getWidget());
        assertFalse(strategyTables.isEmpty(), "the strategy shows its actions table");
        for (Table table : strategyTables) {
            headingsWhole(table, "strategy");
        }
        WorkbenchUiTest.screenshot("layout-strategy");
    }

    /** The widget of the part whose object {@code editor} is. */
    private static Control widgetOf(Object editor) {
        MApplication app = WorkbenchUiTest.application();
        return (Control) app.getContext().get(EModelService.class).findElements(app, null, MPart.class).stream()
                .filter(p -> p.getObject() == editor).findFirst().orElseThrow().getWidget();
    }

    /** Whether the whole of row {@code row} lies inside the table's client area (below its headings). */
    private static boolean inView(Table table, int row) {
        Rectangle bounds = table.getItem(row).getBounds();
        Rectangle area = table.getClientArea();
        int top = area.y + table.getHeaderHeight();
        return bounds.y >= top - 1 && bounds.y + bounds.height <= area.y + area.height + 1;
    }

    @Test
    @Order(3)
    void anEditedOrJumpedToMigrationRowIsScrolledIntoView() throws Exception {
        WorkbenchUiTest.run("cymru.croeso.command.assumptions");
        WorkbenchUiTest.spin(400);
        AssumptionsEditor assumptions = editor(AssumptionsEditor.DESCRIPTOR);
        ListPanel migration = assumptions.tab(Literals.ASSUMPTIONS__MIGRATION);
        WorkbenchUiTest.spin(300);
        ElementTable flows = migration.table();
        Table table = flows.viewer().getTable();
        List<?> all = session().project().getAssumptions().getMigration();
        assertTrue(table.getItemCount() > 20, "the sample has more flows than the tab shows at once");
        // the students' leaving rate, near the bottom of the list: it has rates by age under the table
        MigrationRate leaving = (MigrationRate) all.stream().filter(f -> f instanceof MigrationRate).reduce((a, b) -> b)
                .orElseThrow();
        int row = all.indexOf(leaving);
        assertTrue(row > 20, "the rate is row " + row);

        // a planner scrolls down, clicks the rate, and types a new rate at age 70 of its males
        table.setTopIndex(row);
        WorkbenchUiTest.spin(200);
        flows.viewer().setSelection(new StructuredSelection(leaving));
        WorkbenchUiTest.spin(400);
        NumberTableView rates = migration.numbers(Literals.MIGRATION_RATE__RATES);
        EditorsUiTest.typeInto(rates.viewer(), 70, 1, "0.25");
        WorkbenchUiTest.spin(400);
        assertEquals(0.25, leaving.getRates()[70], 1e-12);
        assertInView(table, row, "the flow whose rate was typed");
        assertInView(migration.numbers(Literals.MIGRATION_RATE__RATES).viewer().getTable(), 70, "the typed rate");
        WorkbenchUiTest.screenshot("layout-migration-edited");
        WorkbenchUiTest.run("org.eclipse.ui.edit.undo");
        WorkbenchUiTest.spin(300);

        // a rate above 1 is a problem; from the top of the list, a double-click in Problems brings its flow and cell
        // into view: females aged 25
        flows.viewer().setSelection(new StructuredSelection(all.get(0)), true);
        table.setTopIndex(0);
        WorkbenchUiTest.spin(300);
        double[] wrong = leaving.getRates().clone();
        int cell = 91 + 25;
        wrong[cell] = 1.5;
        session().execute(SetCommand.create(session().editingDomain(), leaving, Literals.MIGRATION_RATE__RATES, wrong));
        WorkbenchUiTest.spin(500);
        ProblemsPart problems = (ProblemsPart) WorkbenchUiTest.part(ProblemsPart.ID).getObject();
        int problem = -1;
        for (int i = 0; i < problems.problems().size(); i++) {
            if (problems.problems().get(i).element() == leaving) {
                problem = i;
            }
        }
        assertTrue(problem >= 0, "no problem names the rate above 1: " + problems.problems());
        problems.openRow(problem);
        WorkbenchUiTest.spin(800);
        assertEquals(leaving, flows.selected(), "the jump selects the flow");
        assertInView(table, row, "the flow jumped to");
        NumberTableView jumped = migration.numbers(Literals.MIGRATION_RATE__RATES);
        assertEquals(25, jumped.anchor()[0], "the cell of females aged 25");
        assertInView(jumped.viewer().getTable(), 25, "the cell jumped to");
        WorkbenchUiTest.screenshot("layout-migration-jumped");
    }

    private static void assertInView(Table table, int row, String what) {
        assertTrue(inView(table, row), what + ": row " + row + " is out of view: top row " + table.getTopIndex() + ", "
                + table.getItem(row).getBounds() + " in " + table.getClientArea() + " under a "
                + table.getHeaderHeight() + " px heading");
    }

    private static double number(String text) throws ParseException {
        return NumberFormat.getIntegerInstance(Messages.locale()).parse(text.replace("+", "")).doubleValue();
    }

    @Test
    @Order(4)
    void theComparisonBreaksThePopulationDownByGroupAndAgeBandAndTheyAddUp() throws Exception {
        MPart part = parts().showPart(ComparisonPart.ID, EPartService.PartState.ACTIVATE);
        WorkbenchUiTest.spin(300);
        ComparisonPart comparison = (ComparisonPart) part.getObject();
        List<Scenario> scenarios = session().project().getScenarios();
        comparison.show(null, WorkbenchUiTest.area(CARDIFF));
        comparison.compare(List.of(scenarios.get(0), scenarios.get(1)), ComparedMeasure.POPULATION);
        Table table = comparison.getBreakdown();
        ChartTesting.waitUntil("the comparison's breakdown", () -> comparison.getJob() != null
                && comparison.getJob().getState() == Job.NONE && table.getItemCount() > 0);
        WorkbenchUiTest.spin(300);
        int groups = session().project().getGroups().size();
        // six groups, three age bands (0–15, 16–64, 65+) and everyone; the reference, the other and its difference
        assertEquals(groups + 3 + 1, table.getItemCount());
        assertEquals(4, table.getColumnCount());
        assertEquals(WorkbenchUiTest.welsh() ? "Pawb" : "Everyone", table.getItem(groups + 3).getText(0));
        headingsWhole(table, "comparison breakdown");
        ScenarioRunner runner = new ScenarioRunner(session().project());
        GroupTrend principal = GroupTrend.of(runner.run(scenarios.get(0)).result(), CARDIFF);
        GroupTrend high = GroupTrend.of(runner.run(scenarios.get(1)).result(), CARDIFF);
        for (int year : new int[] { comparison.getBreakdownYear(), 2030 }) {
            comparison.showBreakdownYear(year);
            WorkbenchUiTest.spin(100);
            assertEquals(year, comparison.getBreakdownYear());
            int y = year - principal.firstYear();
            for (int column = 1; column <= 3; column++) {
                double groupSum = 0;
                for (int g = 0; g < groups; g++) {
                    groupSum += number(table.getItem(g).getText(column));
                }
                double bandSum = 0;
                for (int b = 0; b < 3; b++) {
                    bandSum += number(table.getItem(groups + b).getText(column));
                }
                double total = number(table.getItem(groups + 3).getText(column));
                // each cell is rounded to a person: six rounded groups differ from the rounded total by at most 3.5
                assertEquals(total, groupSum, 3.5, "groups, column " + column + ", " + year);
                assertEquals(total, bandSum, 2.0, "bands, column " + column + ", " + year);
            }
            for (int g = 0; g < groups; g++) {
                assertEquals(principal.totals()[g][y], number(table.getItem(g).getText(1)), 0.5, "group " + g);
                assertEquals(high.totals()[g][y], number(table.getItem(g).getText(2)), 0.5, "group " + g);
                assertEquals(high.totals()[g][y] - principal.totals()[g][y], number(table.getItem(g).getText(3)), 0.5,
                        "group " + g + " difference");
            }
            assertEquals(principal.total(year), number(table.getItem(groups + 3).getText(1)), 0.5);
            assertEquals(high.total(year) - principal.total(year), number(table.getItem(groups + 3).getText(3)), 0.5);
        }
        WorkbenchUiTest.screenshot("layout-comparison");
    }
}
