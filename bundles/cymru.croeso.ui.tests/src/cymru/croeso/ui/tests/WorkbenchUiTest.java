package cymru.croeso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.workbench.UserProject;
import cymru.croeso.core.workshop.WorkshopSettings;
import cymru.croeso.export.chart.GroupPyramidChart;
import cymru.croeso.export.chart.PopulationTrendChart;
import cymru.croeso.export.chart.PyramidChart;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.chart.ScreenKey;
import cymru.croeso.ui.handlers.WorkshopHandler;
import cymru.croeso.ui.workshop.WorkshopPart;
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
    private static final String WORKSHOP_COMMAND = "cymru.croeso.command.workshop";
    /** Microseconds per move spent projecting, and per chart spent drawing, for the latency report. */
    private static final List<Long> COMPUTE = new ArrayList<>();
    private static final List<Long> PAINT = new ArrayList<>();

    static boolean welsh() {
        return "cy".equals(Locale.getDefault().getLanguage());
    }

    static String lang() {
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

    static ProjectExplorerPart explorer() {
        return (ProjectExplorerPart) part(ProjectExplorerPart.ID).getObject();
    }

    /** The open editor parts of one descriptor. */
    static List<MPart> editorParts(String descriptor) {
        MApplication app = application();
        return app.getContext().get(EModelService.class).findElements(app, descriptor, MPart.class).stream()
                .filter(p -> p.getObject() != null).toList();
    }

    /** The one open editor part of a descriptor. */
    static MPart editorPart(String descriptor) {
        List<MPart> open = editorParts(descriptor);
        assertEquals(1, open.size(), descriptor + " is not open once");
        return open.get(0);
    }

    @SuppressWarnings("unchecked")
    static <T> T editor(String descriptor) {
        return (T) editorPart(descriptor).getObject();
    }

    /** Chooses an item in the explorer and presses Enter on it, as a planner would. */
    static void openInExplorer(Object element) throws Exception {
        ProjectExplorerPart explorer = explorer();
        explorer.select(element);
        Tree tree = explorer.getViewer().getTree();
        tree.setFocus();
        Event enter = new Event();
        enter.item = tree.getSelection()[0];
        tree.notifyListeners(SWT.DefaultSelection, enter);
        spin(400);
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

    static ScreenKey keyOf(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof ScreenKey key) {
                return key;
            }
        }
        throw new AssertionError("the chart has no key");
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
        ScreenKey key = keyOf(chart);
        assertTrue(key.names().stream().anyMatch(n -> n.startsWith(welsh() ? "Ffoaduriaid" : "Refugees")),
                key.names().toString());
        assertEquals(RectangleEdge.TOP, key.getPosition(), "the key sits under the title, clear of the window's edge");
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
        assertEquals(2040, scenario.getTrend().lastYear());
        scenario.showYear(2030);
        spin(300);
        assertEquals(2030, scenario.getPyramid().year());
        assertEquals(scenario.getTrend().total(2030), scenario.getPyramid().total(), 1e-6);
        assertTrue(scenario.getPyramid().total() > CARDIFF_2011, "the sample's arrivals should grow Cardiff");
        assertTrue(scenario.getTrendCanvas().getPaintCount() > 0 && scenario.getPyramidCanvas().getPaintCount() > 0,
                "the scenario charts were never painted");
        screenshot("scenario");
    }

    @Test
    @Order(9)
    void workshopModeOpensInLargeTypeWithThreeSlidersOnCardiffAgainstTheBaseline() throws Exception {
        run(WORKSHOP_COMMAND);
        spin(800);
        MWindow window = WorkshopHandler.find(application());
        assertNotNull(window, "Workshop mode opened no window");
        WorkshopPart workshop = (WorkshopPart) part(WorkshopPart.ID).getObject();
        assertNotNull(workshop, "the workshop part was not created");
        assertEquals(CARDIFF, workshop.getWorkshop().area().getCode());
        assertEquals(welsh() ? "Caerdydd" : "Cardiff", workshop.getAreaChooser().getText());
        assertEquals(3, workshop.getSliders().size());
        assertEquals(30, workshop.getSliders().get(0).getMaximum());
        assertEquals(500, workshop.getSliders().get(1).getMaximum());
        assertEquals(1000, workshop.getSliders().get(2).getMaximum());
        for (Control c : new Control[] { workshop.getAreaChooser(), workshop.getSaveButton() }) {
            assertTrue(c.getFont().getFontData()[0].getHeight() >= 20, "type for a room is 20 pt or more: " + c);
        }
        // at the baseline's settings the charts show the baseline: Cardiff's published total in the base year
        assertTrue(workshop.getSettings().isBaseline());
        assertEquals(CARDIFF_2011, workshop.getShown().total(0), 1e-6);
        assertEquals(workshop.getWorkshop().baselineResult().total(workshop.getShown().years() - 1),
                workshop.getShown().total(workshop.getShown().years() - 1), 1e-6);
        for (var canvas : workshop.getCanvases()) {
            assertTrue(canvas.getPaintCount() > 0, "a workshop chart was never painted");
            assertTrue(canvas.getSize().y > 250, "a workshop chart is too small: " + canvas.getSize());
        }
        // a move the room can see: 1.5 × migration, 200 resettled a year, 300 more ESOL places
        move(workshop, 0, 15);
        move(workshop, 1, 200);
        move(workshop, 2, 300);
        int last = workshop.getShown().years() - 1;
        assertEquals(1.5, workshop.getSettings().migrationFactor(), 1e-9);
        assertTrue(workshop.getShown().bornAbroad(last) > workshop.getWorkshop().baselineResult().bornAbroad(last) + 200 * 20,
                "more arrivals should mean more people born abroad");
        assertEquals(workshop.getWorkshop().baselineResult().esolPlaces()[last] + 300, workshop.getShown().esolPlaces()[last], 1e-6);
        screenshot("workshop", (Shell) window.getWidget());
    }

    @Test
    @Order(10)
    void everySliderMoveIsPaintedQuicklyAndTheLatencyIsWrittenDown() throws Exception {
        WorkshopPart workshop = (WorkshopPart) part(WorkshopPart.ID).getObject();
        StringBuilder report = new StringBuilder();
        List<Long> all = new ArrayList<>();
        COMPUTE.clear();
        PAINT.clear();
        String[] names = { "migration", "resettlement", "esol" };
        int moves = 40;
        for (int s = 0; s < 3; s++) {
            Scale slider = workshop.getSliders().get(s);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < moves; i++) {
                int position = (slider.getMaximum() * ((i * 7) % moves)) / moves;
                if (position == slider.getSelection()) {
                    position = (position + 1) % (slider.getMaximum() + 1);
                }
                times.add(move(workshop, s, position));
            }
            all.addAll(times);
            report.append(String.format(Locale.ROOT, "%s %s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", lang(), names[s],
                    times.size(), percentile(times, 50), percentile(times, 95), percentile(times, 100)));
        }
        report.append(String.format(Locale.ROOT, "%s all: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms (slider event to both charts painted, Cardiff, %s)%n",
                lang(), all.size(), percentile(all, 50), percentile(all, 95), percentile(all, 100),
                workshop.getCanvases().get(0).getSize() + " + " + workshop.getCanvases().get(1).getSize()));
        report.append(String.format(Locale.ROOT, "%s  of which projection + ESOL: p50=%.1f ms p95=%.1f ms; one chart drawn: p50=%.1f ms p95=%.1f ms%n",
                lang(), percentile(COMPUTE, 50), percentile(COMPUTE, 95), percentile(PAINT, 50), percentile(PAINT, 95)));
        Path out = Path.of("target", "workshop-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(report);
    }

    @Test
    @Order(11)
    void savingTheSettingsAsAScenarioAddsAChildOfTheBaselineThatCtrlZTakesBack() throws Exception {
        WorkshopPart workshop = (WorkshopPart) part(WorkshopPart.ID).getObject();
        workshop.show(new WorkshopSettings(1.5, 200, 300));
        ProjectSession session = session();
        int scenarios = session.project().getScenarios().size();
        workshop.getSaveButton().notifyListeners(SWT.Selection, new Event());
        spin(300);
        assertEquals(scenarios + 1, session.project().getScenarios().size());
        Scenario saved = session.project().getScenarios().get(scenarios);
        assertEquals(session.project().getScenarios().get(0), saved.getParent());
        assertTrue(saved.getName().startsWith(welsh() ? "Caerdydd: " : "Cardiff: "), saved.getName());
        assertTrue(session.isDirty());
        screenshot("workshop-saved", (Shell) WorkshopHandler.find(application()).getWidget());
        run("org.eclipse.ui.edit.undo");
        spin(300);
        assertEquals(scenarios, session.project().getScenarios().size());
        assertFalse(session.isDirty(), "undoing the snapshot leaves the project as it was saved");
        run(WORKSHOP_COMMAND);
        spin(300);
        assertNull(WorkshopHandler.find(application()), "the command closes workshop mode again");
    }

    /** Moves one workshop slider as a hand would and returns the microseconds until both charts have been painted. */
    private static long move(WorkshopPart workshop, int slider, int position) throws Exception {
        Scale scale = workshop.getSliders().get(slider);
        int[] before = workshop.getCanvases().stream().mapToInt(c -> c.getPaintCount()).toArray();
        // ESOL places change only the ESOL chart; the other sliders change both
        boolean population = slider != 2;
        Display display = Display.getCurrent();
        long start = System.nanoTime();
        scale.setSelection(position);
        scale.notifyListeners(SWT.Selection, new Event());
        long deadline = start + 2_000_000_000L;
        while (!((!population || workshop.getCanvases().get(0).getPaintCount() > before[0])
                && workshop.getCanvases().get(1).getPaintCount() > before[1])) {
            if (!display.readAndDispatch() && System.nanoTime() > deadline) {
                throw new AssertionError("the workshop charts were not painted within 2 s of a slider move");
            }
        }
        long micros = (System.nanoTime() - start) / 1000;
        COMPUTE.add(workshop.getLastMove().computeNanos() / 1000);
        if (population) {
            PAINT.add(workshop.getCanvases().get(0).getLastPaintNanos() / 1000);
        }
        PAINT.add(workshop.getCanvases().get(1).getLastPaintNanos() / 1000);
        while (display.readAndDispatch()) {
            // let anything else the move queued run before the next one
        }
        return micros;
    }

    private static double percentile(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    static void screenshot(String name) throws Exception {
        screenshot(name, shell());
    }

    static void screenshot(String name, Shell shell) throws Exception {
        spin(300);
        Display display = Display.getCurrent();
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(image);
        RGB unpainted = new RGB(255, 0, 255);
        Color fill = new Color(unpainted);
        try {
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, b.width, b.height);
            // the widgets draw themselves into the image: without a window manager the screen keeps stale pixels
            // of GTK's own widgets (slider thumbs, changed labels), which a screen grab would show
            shell.print(gc);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        // the shell's bounds include the frame SWT guesses a window manager would draw (6 × 29 px on GTK), which
        // print() never paints; without a window manager there is no frame at all, so cut the picture to the window
        loader.data = new ImageData[] { paintedPart(image.getImageData(), unpainted) };
        image.dispose();
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name + "-" + lang() + ".png");
        Files.createDirectories(out.getParent());
        loader.save(out.toString(), SWT.IMAGE_PNG);
        assertTrue(Files.size(out) > 10_000, "screenshot " + out + " is suspiciously small");
    }

    /** The image without the rows at the bottom and columns at the right that are all still {@code unpainted}. */
    private static ImageData paintedPart(ImageData data, RGB unpainted) {
        int fill = data.palette.getPixel(unpainted);
        int height = data.height;
        while (height > 1 && allPixels(data, 0, height - 1, data.width, 1, fill)) {
            height--;
        }
        int width = data.width;
        while (width > 1 && allPixels(data, width - 1, 0, 1, height, fill)) {
            width--;
        }
        ImageData cut = new ImageData(width, height, data.depth, data.palette);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            data.getPixels(0, y, width, row, 0);
            cut.setPixels(0, y, width, row, 0);
        }
        return cut;
    }

    private static boolean allPixels(ImageData data, int x0, int y0, int w, int h, int pixel) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (data.getPixel(x, y) != pixel) {
                    return false;
                }
            }
        }
        return true;
    }
}
