package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.run;
import static cymru.croeso.ui.tests.WorkbenchUiTest.screenshot;
import static cymru.croeso.ui.tests.WorkbenchUiTest.session;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static cymru.croeso.ui.tests.WorkbenchUiTest.welsh;
import static cymru.croeso.ui.tests.WorkbenchUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.strategy.ActionRow;
import cymru.croeso.core.strategy.DashboardRow;
import cymru.croeso.core.strategy.EffectSubjects;
import cymru.croeso.core.strategy.ExamplePlan;
import cymru.croeso.core.strategy.StrategyCosts;
import cymru.croeso.core.strategy.StrategyEdits;
import cymru.croeso.data.indicators.RagStatus;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.defaults.DefaultPopulationGroups;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.ui.indicators.IndicatorsPart;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.strategy.GanttCanvas;
import cymru.croeso.ui.strategy.StrategyPart;

/**
 * The strategy editor and the indicators dashboard on the user's project (the sample), opened from the explorer as a
 * planner would: the example plan, an end year edited in the table moving its bar and Ctrl+Z moving it back, a
 * measurement recorded with its gap and RAG status worked by hand, and screenshots of both. Each test undoes what it
 * did and closes what it opened, since the other classes' tests share the workbench.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrategyUiTest {
    private static final String UNDO = "org.eclipse.ui.edit.undo";

    private final List<String> layout = new ArrayList<>();
    private boolean dirtyBefore;
    private org.eclipse.emf.common.command.Command lastBefore;

    @BeforeEach
    void remember() throws Exception {
        spin(200);
        dirtyBefore = session().isDirty();
        lastBefore = session().commandStack().getUndoCommand();
        for (MUIElement e : sash().getChildren()) {
            layout.add(e.getContainerData());
        }
    }

    @AfterEach
    void putBack() throws Exception {
        // a test that failed half way leaves its edits: take them back so the other classes see the sample
        while (session().canUndo() && session().commandStack().getUndoCommand() != lastBefore) {
            session().undo();
        }
        for (String id : new String[] { StrategyPart.ID, IndicatorsPart.ID }) {
            MPart open = parts().findPart(id);
            if (open != null) {
                parts().hidePart(open, true);
            }
        }
        List<MUIElement> children = new ArrayList<>(sash().getChildren());
        for (int i = 0; i < children.size() && i < layout.size(); i++) {
            children.get(i).setContainerData(layout.get(i));
        }
        spin(200);
        assertEquals(dirtyBefore, session().isDirty(), "the test left the project changed");
    }

    /**
     * The example plan starts this year (Y). Its tenancy support runs Y … Y+4 and the ESOL classes Y … Y+5, so the
     * timeline spans Y … Y+5 and shortening the tenancy support to end in Y+2 keeps the scale: its bar keeps its left
     * edge and loses two of its five years. In year Y these actions cost 160,500 (worked in StrategyRowsTest).
     */
    @Test
    @Order(1)
    void theStrategyEditorShowsTheExamplePlanAndAnEndYearEditMovesItsBarUntilCtrlZ() throws Exception {
        ProjectSession session = session();
        int now = Year.now().getValue();
        StrategyPart strategy = (StrategyPart) openFromExplorer(welsh() ? "Strategaeth (" : "Strategy (", StrategyPart.ID);
        assertTrue(strategy.getTable().getTable().getItemCount() == 0, "the sample ships no strategy actions");
        assertTrue(strategy.getExampleButton().isVisible(), "an empty strategy offers the example plan");
        screenshot("strategy-empty");

        press(strategy.getExampleButton());
        assertEquals(ExamplePlan.actions(), strategy.getTable().getTable().getItemCount());
        assertEquals(7, strategy.getGantt().getTimeline().groups().size());
        assertEquals(now, strategy.getGantt().getTimeline().firstYear());
        assertEquals(now + 5, strategy.getGantt().getTimeline().lastYear());
        assertEquals(160_500, strategy.getCosts().total(now), 1e-6);
        assertEquals(855_000, StrategyCosts.total(strategy.getCosts()), 1e-6);
        assertNoTitleCutShort(strategy.getGantt());

        StrategyAction tenancy = actionStarting(strategy, welsh() ? "Cymorth tenantiaeth" : "Tenancy support");
        assertEquals(now + 4, tenancy.getEndYear());
        Rectangle before = strategy.getGantt().barBounds(tenancy);
        assertNotNull(before);

        typeInCell(strategy, tenancy, "end", String.valueOf(now + 2));
        assertEquals(now + 2, tenancy.getEndYear());
        Rectangle after = strategy.getGantt().barBounds(tenancy);
        assertEquals(before.x, after.x, "the start did not change, nor the scale");
        // bars are drawn a pixel inside their years: width + 2 is the years' width, 3 years against 5
        assertEquals((before.width + 2) * 3.0 / 5, after.width + 2, 1.5, "the bar should lose two of its five years");

        run(UNDO);
        spin(300);
        assertEquals(now + 4, tenancy.getEndYear());
        assertEquals(before, strategy.getGantt().barBounds(tenancy), "Ctrl+Z puts the bar back where it was");

        // a typing mistake is explained and changes nothing
        boolean couldUndo = session.canUndo();
        typeInCell(strategy, tenancy, "end", "20x9");
        assertEquals(now + 4, tenancy.getEndYear());
        assertTrue(strategy.getProblem().contains(welsh() ? "Rhes " : "Row ") && strategy.getProblem().contains("20x9"),
                strategy.getProblem());
        typeInCell(strategy, tenancy, "end", String.valueOf(now - 1));
        assertEquals(now + 4, tenancy.getEndYear(), "an end before the start is refused");
        assertEquals(couldUndo, session.canUndo());

        // an effect on the model: tenancy support makes room for 50 more arrivals a year in Cardiff from next year
        var domain = session.editingDomain();
        session.execute(StrategyEdits.addEffect(domain, tenancy, EffectTarget.FLOW, now + 1));
        Effect effect = tenancy.getEffects().get(0);
        MigrationTotal cardiff = (MigrationTotal) EffectSubjects.candidates(session.project(), EffectTarget.FLOW).stream()
                .filter(o -> o instanceof MigrationTotal t && t.getArea().getCode().equals("W06000015")
                        && t.getGroup().getId().equals(DefaultPopulationGroups.THIRD_COUNTRY))
                .findFirst().orElseThrow();
        session.execute(StrategyEdits.setSubject(domain, effect, cardiff, Locale.getDefault()));
        session.execute(SetCommand.create(domain, effect, CroesoPackage.Literals.EFFECT__AMOUNT, 50.0));
        spin(300);
        assertEquals(welsh() ? "+50 o bobl y flwyddyn o " + (now + 1) + " (Cyrraedd o dramor, Dinasyddion eraill (trydydd gwledydd), Caerdydd)"
                : "+50 people a year from " + (now + 1) + " (Arriving from abroad, Other (third-country) nationals, Cardiff)",
                rowOf(strategy, tenancy).effects());

        strategy.reveal(tenancy);
        strategy.getTabs().setSelection(0);
        screenshot("strategy");
        strategy.getTabs().setSelection(1);
        spin(300);
        assertTrue(strategy.getCostCanvas().getPaintCount() > 0, "the cost chart was never painted");
        screenshot("strategy-costs");
        strategy.getTabs().setSelection(2);
        screenshot("strategy-effects");
        strategy.getTabs().setSelection(0);

        for (int i = 0; i < 4; i++) {
            run(UNDO); // the effect's amount, subject and itself, then the example plan
        }
        spin(300);
        assertNull(session.project().getStrategy());
        assertEquals(0, strategy.getTable().getTable().getItemCount());
    }

    /**
     * Indicator 1.1 (employed at the level of one's skills; higher is better), this year: migrants 62, UK-born 71.5,
     * baseline 10, target 5. Gap 62 − 71.5 = −9.5; migrants trail by 9.5 points, more than the 5 accepted but within
     * 5 + 5: amber. 1.3 (income poverty; lower is better): 22 against 21, target 2: behind by 1 ≤ 2: green.
     * 2.3 (overcrowding; lower is better): 15 against 5, target 2: behind by 10 > 2 + 5: red.
     */
    @Test
    @Order(2)
    void theDashboardShowsARecordedMeasurementsGapAndStatusWorkedByHand() throws Exception {
        ProjectSession session = session();
        int now = Year.now().getValue();
        IndicatorsPart dashboard = (IndicatorsPart) openFromExplorer(welsh() ? "Dangosyddion (" : "Indicators (",
                IndicatorsPart.ID);
        int before = session.project().getIndicators().size();
        assertTrue(dashboard.getAddFrameworkButton().isVisible());
        screenshot("indicators-empty");
        press(dashboard.getAddFrameworkButton());
        assertEquals(before + 31, session.project().getIndicators().size());
        assertFalse(dashboard.getAddFrameworkButton().isVisible(), "all 31 are in now");

        Indicator skills = indicator("1.1");
        dashboard.reveal(skills);
        assertEquals(skills, dashboard.getSelected());
        dashboard.recordMeasurement(String.valueOf(now), "62", "71.5", "10", "5");
        spin(200);
        DashboardRow row = dashboard.getDashboard().rowOf(skills);
        assertEquals(now, row.year());
        assertEquals(-9.5, row.gap(), 1e-9);
        assertEquals(10, row.baseline(), 1e-9);
        assertEquals(5, row.target(), 1e-9);
        assertEquals(RagStatus.AMBER, row.status());
        Rectangle[] bars = dashboard.getDashboard().barBounds(skills);
        assertEquals(62 / 71.5, bars[0].width / (double) bars[1].width, 0.02, "the paired bars are in proportion");

        dashboard.reveal(indicator("1.3"));
        dashboard.recordMeasurement(String.valueOf(now), "22", "21", "", "2");
        dashboard.reveal(indicator("2.3"));
        dashboard.recordMeasurement(String.valueOf(now), "15", "5", "", "2");
        spin(200);
        assertEquals(RagStatus.GREEN, dashboard.getDashboard().rowOf(indicator("1.3")).status());
        assertEquals(RagStatus.RED, dashboard.getDashboard().rowOf(indicator("2.3")).status());
        assertTrue(dashboard.getCatalogueText().contains("34"), "2.3 links to national indicator 34: "
                + dashboard.getCatalogueText());

        // a typing mistake names the indicator and the field, and records nothing
        int measurements = indicator("2.3").getMeasurements().size();
        dashboard.recordMeasurement("next year", "15", "5", "", "");
        assertEquals(measurements, indicator("2.3").getMeasurements().size());
        assertTrue(dashboard.getFormMessage().contains("2.3") && dashboard.getFormMessage().contains("next year"),
                dashboard.getFormMessage());

        for (List<String> lines : dashboard.getDashboard().wrappedWordings()) {
            assertFitsIn(dashboard.getDashboard(), lines, dashboard.getDashboard().wordingWidth());
        }
        dashboard.reveal(skills);
        spin(200);
        screenshot("indicators");
        dashboard.reveal(indicator("1.2"));
        dashboard.getLowerTabs().setSelection(1);
        spin(200);
        assertTrue(dashboard.getCatalogueText().contains("16"), dashboard.getCatalogueText());
        screenshot("indicators-catalogue");
        dashboard.getLowerTabs().setSelection(0);

        for (int i = 0; i < 4; i++) {
            run(UNDO);
        }
        spin(300);
        assertEquals(before, session.project().getIndicators().size());
    }

    /** Double-clicks a folder of the explorer (by the start of its label) and returns the part that opened. */
    private static Object openFromExplorer(String folderLabel, String partId) throws Exception {
        ProjectExplorerPart explorer = (ProjectExplorerPart) part(ProjectExplorerPart.ID).getObject();
        Tree tree = explorer.getViewer().getTree();
        TreeItem folder = null;
        for (TreeItem item : tree.getItem(0).getItems()) {
            if (item.getText().startsWith(folderLabel)) {
                folder = item;
            }
        }
        assertNotNull(folder, "no explorer folder " + folderLabel);
        tree.setSelection(folder);
        Event click = new Event();
        click.item = folder;
        tree.notifyListeners(SWT.DefaultSelection, click);
        spin(500);
        MPart opened = parts().findPart(partId);
        assertNotNull(opened, "double-clicking " + folderLabel + " opened nothing");
        assertTrue(parts().isPartVisible(opened), partId + " is not in front");
        assertTrue(((org.eclipse.swt.widgets.Control) opened.getWidget()).getSize().x > 600,
                "the editor area was not widened for " + partId + ": " + ((org.eclipse.swt.widgets.Control) opened.getWidget()).getSize());
        return opened.getObject();
    }

    /** Opens the cell's editor as a double-click would, types the text and presses Enter. */
    private static void typeInCell(StrategyPart strategy, StrategyAction action, String column, String typed) throws Exception {
        ActionRow row = rowOf(strategy, action);
        strategy.getTable().editElement(row, strategy.columnIndex(column));
        Text text = findEditorText(strategy);
        assertNotNull(text, "no cell editor opened on " + column);
        text.setText(typed);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        spin(300);
    }

    private static Text findEditorText(StrategyPart strategy) {
        for (var child : strategy.getTable().getTable().getChildren()) {
            if (child instanceof Text t && t.isVisible()) {
                return t;
            }
        }
        return null;
    }

    private static ActionRow rowOf(StrategyPart strategy, StrategyAction action) {
        for (var item : strategy.getTable().getTable().getItems()) {
            if (item.getData() instanceof ActionRow r && r.action() == action) {
                return r;
            }
        }
        throw new AssertionError("no row for " + action.getTitle());
    }

    private static StrategyAction actionStarting(StrategyPart strategy, String title) {
        for (var item : strategy.getTable().getTable().getItems()) {
            if (item.getData() instanceof ActionRow r && r.title().startsWith(title)) {
                return r.action();
            }
        }
        throw new AssertionError("no action " + title);
    }

    private static Indicator indicator(String id) {
        return session().project().getIndicators().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Every title wraps into lines that fit the label column and together say the whole title. */
    private static void assertNoTitleCutShort(GanttCanvas gantt) {
        for (Map.Entry<StrategyAction, List<String>> e : gantt.wrappedTitles().entrySet()) {
            assertEquals(e.getKey().getTitle(), String.join(" ", e.getValue()), "the title was cut");
            assertFitsIn(gantt, e.getValue(), gantt.labelWidth());
        }
    }

    private static void assertFitsIn(org.eclipse.swt.widgets.Control control, List<String> lines, int width) {
        GC gc = new GC(control);
        try {
            for (String line : lines) {
                assertTrue(gc.textExtent(line).x <= width, "'" + line + "' is wider than its column (" + width + " px)");
            }
        } finally {
            gc.dispose();
        }
    }

    private static void press(org.eclipse.swt.widgets.Button button) throws Exception {
        button.notifyListeners(SWT.Selection, new Event());
        spin(400);
    }

    private static EPartService parts() {
        return window().getContext().get(EPartService.class);
    }

    @SuppressWarnings("unchecked")
    private static MElementContainer<MUIElement> sash() {
        return (MElementContainer<MUIElement>) (MElementContainer<?>) application().getContext()
                .get(org.eclipse.e4.ui.workbench.modeling.EModelService.class).find("cymru.croeso.sash.main", application());
    }
}
