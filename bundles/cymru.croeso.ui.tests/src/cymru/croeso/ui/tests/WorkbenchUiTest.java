package cymru.croeso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
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
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import cymru.croeso.data.sample.WelshAuthority;
import cymru.croeso.export.chart.PyramidChart;
import cymru.croeso.ui.parts.AreaSummaryPart;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.parts.PyramidPart;

/**
 * Starts the real e4 workbench (the product's Application.e4xmi) under Xvfb, checks what a planner sees first, and
 * saves screenshots. Run twice by the build: in English and with {@code -nl cy} in Welsh.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchUiTest {
    /** The published total (ONS mid-2011 estimate for Cardiff, as quoted by the data's README). */
    private static final double CARDIFF_2011 = 345_442;
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

    static MPart part(String id) {
        MApplication app = application();
        MPart part = (MPart) app.getContext().get(EModelService.class).find(id, app);
        assertNotNull(part, "no part " + id + " in the application model");
        return part;
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

    @Test
    @Order(1)
    void theWindowShowsExplorerEditorAreaAndPyramid() throws Exception {
        assertNotNull(Display.getCurrent(), "UI tests run on the UI thread");
        spin(1000);
        MWindow window = application().getChildren().get(0);
        assertEquals("Croeso", ((Shell) window.getWidget()).getText());
        MPartStack editors = (MPartStack) application().getContext().get(EModelService.class)
                .find(EDITOR_STACK, application());
        assertTrue(editors.getChildren().contains(part(AreaSummaryPart.ID)), "the area summary is not in the editor area");
        for (String id : new String[] { ProjectExplorerPart.ID, AreaSummaryPart.ID, PyramidPart.ID }) {
            MPart part = part(id);
            assertNotNull(part.getObject(), id + " was not created");
            Control control = (Control) part.getWidget();
            assertTrue(control.isVisible() && control.getSize().x > 100 && control.getSize().y > 100,
                    id + " is not visible at a usable size: " + control.getBounds());
        }
        Menu bar = (Menu) window.getMainMenu().getWidget();
        String[] menus = Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toArray(String[]::new);
        assertEquals(welsh() ? "Ffeil" : "File", menus[0]);
    }

    @Test
    @Order(2)
    void thePyramidShowsCardiffsPublishedTotal() throws Exception {
        PyramidPart pyramid = (PyramidPart) part(PyramidPart.ID).getObject();
        JFreeChart chart = pyramid.getCanvas().getChart();
        double males = Arrays.stream(PyramidChart.valuesOf(chart, PyramidChart.MALES)).sum();
        double females = Arrays.stream(PyramidChart.valuesOf(chart, PyramidChart.FEMALES)).sum();
        assertEquals(91, PyramidChart.valuesOf(chart, PyramidChart.MALES).length);
        assertEquals(CARDIFF_2011, males + females, 0.0);
        assertTrue(chart.getTitle().getText().startsWith(welsh() ? "Caerdydd" : "Cardiff"), chart.getTitle().getText());
        assertTrue(pyramid.getCanvas().getPaintCount() > 0, "the chart was never painted");
        screenshot("main-window");
    }

    @Test
    @Order(3)
    void choosingAnAreaInTheExplorerUpdatesTheChartAndTheSummary() throws Exception {
        ProjectExplorerPart explorer = (ProjectExplorerPart) part(ProjectExplorerPart.ID).getObject();
        WelshAuthority swansea = WelshAuthority.all().stream().filter(a -> a.code().equals("W06000011")).findFirst().orElseThrow();
        explorer.getViewer().getControl().setFocus();
        explorer.select(swansea);
        spin(500);
        PyramidPart pyramid = (PyramidPart) part(PyramidPart.ID).getObject();
        assertEquals("W06000011", pyramid.getShown().areaCode());
        double shown = Arrays.stream(PyramidChart.valuesOf(pyramid.getCanvas().getChart(), PyramidChart.MALES)).sum()
                + Arrays.stream(PyramidChart.valuesOf(pyramid.getCanvas().getChart(), PyramidChart.FEMALES)).sum();
        assertEquals(pyramid.getShown().total(), shown, 0.0);
        AreaSummaryPart summary = (AreaSummaryPart) part(AreaSummaryPart.ID).getObject();
        assertEquals("W06000011", summary.valueOf("summary.code"));
        assertEquals(welsh() ? "Abertawe" : "Swansea", part(AreaSummaryPart.ID).getLabel().replaceAll(".*: ", ""));
        screenshot("area-selected");
    }

    private static void screenshot(String name) throws Exception {
        spin(300);
        Display display = Display.getCurrent();
        Shell shell = (Shell) application().getChildren().get(0).getWidget();
        Rectangle b = shell.getBounds();
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
        assertInstanceOf(Shell.class, shell);
    }
}
