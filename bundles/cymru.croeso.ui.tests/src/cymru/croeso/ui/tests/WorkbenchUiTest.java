package cymru.croeso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.workbench.UserProject;
import cymru.croeso.export.chart.GroupPyramidChart;
import cymru.croeso.export.chart.PopulationTrendChart;
import cymru.croeso.export.chart.PyramidChart;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.ui.parts.AreaSummaryPart;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.parts.PyramidPart;
import cymru.croeso.ui.parts.ScenarioPart;

/**
 * Starts the real e4 workbench (the product's Application.e4xmi) under Xvfb on the user's project, checks what a
 * planner sees and does first, and saves screenshots. Run twice by the build: in English and with {@code -nl cy}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchUiTest {
    /** The published total (ONS mid-2011 estimate for Cardiff, as quoted by the data's README). */
    private static final double CARDIFF_2011 = 345_442;
    private static final String CARDIFF = "W06000015";
    private static final String SWANSEA = "W06000011";
    private static final String EDITOR_STACK = "cymru.croeso.stack.editors";

    private static boolean welsh() {
        return "cy".equals(Locale.getDefault().getLanguage());
    }

    private static String lang() {
        return welsh() ? "cy" : "en";
    }

    static MApplication application() {
        BundleContext bc = FrameworkUtil.getBundle(WorkbenchUiTest.class).getBundleContext();
        ServiceReference<IWorkbench> ref = bc.getServiceReference(IWorkbench.class);
        assertNotNull(ref, "the e4 workbench is not running");
        return bc.getService(ref).getApplication();
    }

    static MWindow window() {
        return application().getChildren().get(0);
    }

    static Shell shell() {
        return (Shell) window().getWidget();
    }

    static ProjectSession session() {
        ProjectSession session = application().getContext().get(ProjectSession.class);
        assertNotNull(session, "no project session in the application context");
        return session;
    }

    static MPart part(String id) {
        MApplication app = application();
        MPart part = (MPart) app.getContext().get(EModelService.class).find(id, app);
        assertNotNull(part, "no part " + id + " in the application model");
        return part;
    }

    static Area area(String code) {
        return session().project().getAreas().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    /** Runs a command through the window's handlers, as its key binding or menu item would. */
    static void run(String commandId) {
        IEclipseContext context = window().getContext();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, null);
        EHandlerService handlers = context.get(EHandlerService.class);
        assertTrue(handlers.canExecute(command), commandId + " cannot run now");
        handlers.executeHandler(command);
    }

    static void spin(int millis) throws InterruptedException {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain the queue
            }
            Thread.sleep(10);
        }
    }

    static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    @Test
    @Order(1)
    void theUsersProjectOpensFromTheSampleInTheWorkspace() throws Exception {
        assertNotNull(Display.getCurrent(), "UI tests run on the UI thread");
        spin(1000);
        ProjectSession session = session();
        assertEquals("Cymru", session.project().getName());
        assertEquals(22, session.project().getAreas().size());
        assertEquals(UserProject.FILE_NAME, session.file().getFileName().toString());
        assertTrue(Files.size(session.file()) > 0, "the sample was not saved on first start");
        assertFalse(session.isReadOnly());
        assertFalse(session.isDirty());
        assertEquals("Croeso \u2014 Cymru", shell().getText());
    }

    @Test
    @Order(2)
    void theWindowShowsExplorerEditorAreaPyramidAndMenus() throws Exception {
        MPartStack editors = (MPartStack) application().getContext().get(EModelService.class).find(EDITOR_STACK,
                application());
        assertTrue(editors.getChildren().contains(part(AreaSummaryPart.ID)), "the area summary is not in the editor area");
        for (String id : new String[] { ProjectExplorerPart.ID, AreaSummaryPart.ID, PyramidPart.ID }) {
            MPart part = part(id);
            assertNotNull(part.getObject(), id + " was not created");
            Control control = (Control) part.getWidget();
            assertTrue(control.isVisible() && control.getSize().x > 100 && control.getSize().y > 100,
                    id + " is not visible at a usable size: " + control.getBounds());
        }
        Menu bar = (Menu) window().getMainMenu().getWidget();
        String[] menus = Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toArray(String[]::new);
        assertEquals(welsh() ? "Ffeil" : "File", menus[0]);
        assertEquals(welsh() ? "Golygu" : "Edit", menus[1]);
    }

    @Test
    @Order(3)
    void theExplorerShowsTwentyTwoAreasInTheUsersLanguage() throws Exception {
        ProjectExplorerPart explorer = (ProjectExplorerPart) part(ProjectExplorerPart.ID).getObject();
        TreeItem project = explorer.getViewer().getTree().getItem(0);
        assertEquals("Cymru", project.getText());
        TreeItem areas = project.getItem(0);
        assertEquals(welsh() ? "Ardaloedd (22)" : "Areas (22)", areas.getText());
        assertEquals(22, areas.getItemCount());
        String[] names = Arrays.stream(areas.getItems()).map(TreeItem::getText).toArray(String[]::new);
        assertTrue(Arrays.asList(names).contains(welsh() ? "Caerdydd" : "Cardiff"), Arrays.toString(names));
        assertTrue(Arrays.asList(names).contains(welsh() ? "Abertawe" : "Swansea"), Arrays.toString(names));
        String[] folders = Arrays.stream(project.getItems()).map(TreeItem::getText).toArray(String[]::new);
        assertEquals(6, folders.length, Arrays.toString(folders));
        assertEquals(welsh() ? "Grwpiau poblogaeth (6)" : "Population groups (6)", folders[1]);
        assertEquals(welsh() ? "Senarios (2)" : "Scenarios (2)", folders[2]);
    }

    @Test
    @Order(4)
    void thePyramidShowsCardiffsPublishedTotalStackedByGroup() throws Exception {
        PyramidPart pyramid = (PyramidPart) part(PyramidPart.ID).getObject();
        JFreeChart chart = pyramid.getCanvas().getChart();
        int groups = GroupPyramidChart.groupCount(chart);
        assertEquals(6, groups);
        double total = 0;
        for (int g = 0; g < groups; g++) {
            double group = sum(GroupPyramidChart.valuesOf(chart, PyramidChart.MALES, g))
                    + sum(GroupPyramidChart.valuesOf(chart, PyramidChart.FEMALES, g));
            assertEquals(pyramid.getShown().groupTotal(g), group, 1e-6, "group " + g);
            total += group;
        }
        // whole persons are split into groups as fractions, so the groups add up to the published total to rounding
        assertEquals(CARDIFF_2011, total, 1e-6);
        assertEquals(CARDIFF_2011, pyramid.getShown().total(), 1e-6);
        assertEquals(91, GroupPyramidChart.valuesOf(chart, PyramidChart.MALES, 0).length);
        assertTrue(chart.getTitle().getText().startsWith(welsh() ? "Caerdydd" : "Cardiff"), chart.getTitle().getText());
        assertTrue(GroupPyramidChart.keyOf(chart).names().stream().anyMatch(n -> n.startsWith(welsh() ? "Ffoaduriaid" : "Refugees")),
                GroupPyramidChart.keyOf(chart).names().toString());
        assertTrue(pyramid.getCanvas().getPaintCount() > 0, "the chart was never painted");
        screenshot("main-window");
    }

    @Test
    @Order(5)
    void choosingAnAreaInTheExplorerUpdatesTheChartAndTheSummary() throws Exception {
        ProjectExplorerPart explorer = (ProjectExplorerPart) part(ProjectExplorerPart.ID).getObject();
        explorer.getViewer().getControl().setFocus();
        explorer.select(area(SWANSEA));
        spin(500);
        PyramidPart pyramid = (PyramidPart) part(PyramidPart.ID).getObject();
        assertEquals(SWANSEA, pyramid.getShown().areaCode());
        JFreeChart chart = pyramid.getCanvas().getChart();
        double shown = 0;
        for (int g = 0; g < GroupPyramidChart.groupCount(chart); g++) {
            shown += sum(GroupPyramidChart.valuesOf(chart, PyramidChart.MALES, g))
                    + sum(GroupPyramidChart.valuesOf(chart, PyramidChart.FEMALES, g));
        }
        assertEquals(pyramid.getShown().total(), shown, 1e-6);
        AreaSummaryPart summary = (AreaSummaryPart) part(AreaSummaryPart.ID).getObject();
        assertEquals(SWANSEA, summary.valueOf("summary.code"));
        assertEquals(welsh() ? "Abertawe" : "Swansea", part(AreaSummaryPart.ID).getLabel().replaceAll(".*: ", ""));
        screenshot("area-selected");
    }

    @Test
    @Order(6)
    void anEditMarksTheWindowDirtyAndUndoRestoresIt() throws Exception {
        ProjectSession session = session();
        Area swansea = area(SWANSEA);
        String before = swansea.getNameEn();
        assertTrue(session.execute(SetCommand.create(session.editingDomain(), swansea,
                CroesoPackage.Literals.AREA__NAME_EN, "Swansea (edited)")));
        spin(200);
        assertEquals("Swansea (edited)", swansea.getNameEn());
        assertTrue(shell().getText().startsWith("*Croeso"), shell().getText());
        run("org.eclipse.ui.edit.undo");
        spin(200);
        assertEquals(before, swansea.getNameEn());
        assertFalse(session.isDirty(), "undoing to the saved state leaves nothing to save");
        assertEquals("Croeso \u2014 Cymru", shell().getText());
        run("org.eclipse.ui.edit.redo");
        spin(200);
        assertEquals("Swansea (edited)", swansea.getNameEn());
        run("org.eclipse.ui.edit.undo");
    }

    @Test
    @Order(7)
    void savingClearsTheDirtyStar() throws Exception {
        ProjectSession session = session();
        Area cardiff = area(CARDIFF);
        String before = cardiff.getNameCy();
        session.execute(SetCommand.create(session.editingDomain(), cardiff, CroesoPackage.Literals.AREA__NAME_CY, "Caerdydd!"));
        spin(200);
        assertTrue(shell().getText().startsWith("*"), shell().getText());
        long sizeBefore = Files.size(session.file());
        run("org.eclipse.ui.file.save");
        spin(200);
        assertEquals("Croeso \u2014 Cymru", shell().getText());
        assertFalse(session.isDirty());
        assertTrue(Files.readString(session.file()).contains("Caerdydd!"), "the edit is not in the saved file");
        // put the project back as the sample made it, for the run in the other language
        session.execute(SetCommand.create(session.editingDomain(), cardiff, CroesoPackage.Literals.AREA__NAME_CY, before));
        run("org.eclipse.ui.file.save");
        spin(200);
        assertEquals(sizeBefore, Files.size(session.file()));
    }

    @Test
    @Order(8)
    void theScenarioChartStartsFromTheBasePopulationAndTheSliderPicksTheYear() throws Exception {
        EPartService parts = application().getContext().get(EPartService.class);
        ProjectExplorerPart explorer = (ProjectExplorerPart) part(ProjectExplorerPart.ID).getObject();
        explorer.select(area(CARDIFF));
        explorer.select(session().project().getScenarios().get(0));
        spin(500);
        MPart scenarioPart = part(ScenarioPart.ID);
        assertTrue(parts.isPartVisible(scenarioPart), "choosing a scenario did not bring its chart forward");
        ScenarioPart scenario = (ScenarioPart) scenarioPart.getObject();
        assertEquals(CARDIFF, scenario.getTrend().areaCode());
        JFreeChart trend = scenario.getTrendCanvas().getChart();
        int first = scenario.getTrend().firstYear();
        assertEquals(CARDIFF_2011, PopulationTrendChart.totalIn(trend, first), 1e-6);
        assertEquals(2039, scenario.getTrend().lastYear());
        scenario.showYear(2030);
        spin(300);
        assertEquals(2030, scenario.getPyramid().year());
        assertEquals(scenario.getTrend().total(2030), scenario.getPyramid().total(), 1e-6);
        assertTrue(scenario.getPyramid().total() > CARDIFF_2011, "the sample's arrivals should grow Cardiff");
        assertTrue(scenario.getTrendCanvas().getPaintCount() > 0 && scenario.getPyramidCanvas().getPaintCount() > 0,
                "the scenario charts were never painted");
        screenshot("scenario");
    }

    private static void screenshot(String name) throws Exception {
        spin(300);
        Display display = Display.getCurrent();
        Rectangle b = shell().getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        image.dispose();
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name + "-" + lang() + ".png");
        Files.createDirectories(out.getParent());
        loader.save(out.toString(), SWT.IMAGE_PNG);
        assertTrue(Files.size(out) > 10_000, "screenshot " + out + " is suspiciously small");
    }
}
