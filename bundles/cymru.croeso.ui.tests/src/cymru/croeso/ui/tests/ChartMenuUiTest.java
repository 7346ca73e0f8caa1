package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.ChartTesting.EXPORTS;
import static cymru.croeso.ui.tests.ChartTesting.exportsWithTitleAndKey;
import static cymru.croeso.ui.tests.ChartTesting.svg;
import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.lang;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static cymru.croeso.ui.tests.WorkbenchUiTest.welsh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;

import cymru.croeso.core.analysis.AnalysisSettings;
import cymru.croeso.export.chart.ChartFormat;
import cymru.croeso.export.chart.PopulationTrendChart;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.parts.PyramidPart;
import cymru.croeso.ui.parts.ScenarioPart;
import cymru.croeso.ui.workshop.WorkshopPart;

/**
 * Every chart canvas's menu (export as PNG, SVG and PDF into the board pack's figure files; copy as an image, also
 * by Ctrl+C) and its tooltips, on the workbench's own charts. Leaves the pyramid in front and the clipboard as it
 * was not (a copied chart stays on it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChartMenuUiTest {

    private static ChartCanvas pyramid() throws Exception {
        application().getContext().get(EPartService.class).activate(part(PyramidPart.ID));
        spin(300);
        return ((PyramidPart) part(PyramidPart.ID).getObject()).getCanvas();
    }

    @Test
    @Order(1)
    void theMenuExportsToPngSvgAndPdfInTheFolderThePreferenceGives() throws Exception {
        spin(500);
        ChartCanvas canvas = pyramid();
        JFreeChart chart = canvas.getChart();
        Path dir = Files.createDirectories(EXPORTS.resolve(lang()));
        List<String> suggested = new ArrayList<>();
        List<Path> offered = new ArrayList<>();
        // the export folder a preference sets (through the context) is the one offered first
        Path preferred = Files.createDirectories(EXPORTS.resolve("preferred")).toAbsolutePath();
        application().getContext().set(AnalysisSettings.class, AnalysisSettings.DEFAULTS.withExportFolder(preferred));
        canvas.getChartMenu().setFileChooser((shell, format, folder, name) -> {
            suggested.add(name);
            offered.add(folder);
            // SVG and PDF typed without their extension: the export adds it
            return dir.resolve(format == ChartFormat.PNG ? "pyramid.png" : "pyramid");
        });
        Menu menu = canvas.getMenu();
        assertNotNull(menu, "the chart canvas has no context menu");
        try {
            for (ChartFormat format : ChartFormat.values()) {
                MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getData() == format).findFirst().orElseThrow();
                assertTrue(item.getText().replace("&", "").contains(format.name()), item.getText());
                long start = System.nanoTime();
                item.notifyListeners(SWT.Selection, new Event());
                // reported, not asserted: the UI thread's share of an export (the chart copied, the job started)
                System.out.printf("%s export %s: %.1f ms on the UI thread%n", lang(), format,
                        (System.nanoTime() - start) / 1e6);
                Job job = canvas.getChartMenu().lastJob();
                assertNotNull(job, "exporting " + format + " started no job");
                job.join();
                assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
            }
        } finally {
            application().getContext().remove(AnalysisSettings.class);
        }
        spin(200);
        assertEquals(preferred, offered.get(0), "the preference's folder is offered first");
        assertEquals(dir.toAbsolutePath(), offered.get(1), "then the folder the user last exported to");
        // the file is named after the chart's title, which starts with the area: "cardiff-population-by-…"
        String place = chart.getTitle().getText().split(":")[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        assertTrue(suggested.get(0).endsWith(".png") && suggested.get(0).startsWith(place), suggested + " for " + place);
        // PNG: the board pack's figure, 170 mm at 300 dpi = 2008 × 1255 pixels, not blank
        BufferedImage png = ImageIO.read(dir.resolve("pyramid.png").toFile());
        assertEquals(2008, png.getWidth());
        assertEquals(1255, png.getHeight());
        assertEquals(0xffffff, png.getRGB(3, 3) & 0xffffff);
        assertTrue(darkPixels(png) > 5000, "the PNG has hardly any ink");
        // SVG: well-formed XML with the chart's title in it
        Document doc = svg(dir.resolve("pyramid.svg"));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(doc.getDocumentElement().getTextContent().contains(chart.getTitle().getText()),
                "the SVG does not contain the title " + chart.getTitle().getText());
        // PDF: a PDF file with at least one page
        String pdf = new String(Files.readAllBytes(dir.resolve("pyramid.pdf")), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-"), pdf.substring(0, 8));
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf);
        assertTrue(pages.find(), "the PDF has no page");
        assertTrue(canvas.getChart() == chart, "exporting must not replace the chart on screen");
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    @Order(2)
    void copyPutsTheChartOnTheClipboardAtItsSizeOnScreenFromTheMenuOrCtrlC() throws Exception {
        ChartCanvas canvas = pyramid();
        MenuItem copy = canvas.getMenu().getItem(canvas.getMenu().getItemCount() - 1);
        copy.notifyListeners(SWT.Selection, new Event());
        assertClipboardHolds(canvas);
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        clipboard.clearContents();
        clipboard.dispose();
        Event ctrlC = new Event();
        ctrlC.keyCode = 'c';
        ctrlC.character = 'c';
        ctrlC.stateMask = SWT.MOD1;
        canvas.notifyListeners(SWT.KeyDown, ctrlC);
        assertClipboardHolds(canvas);
    }

    private static void assertClipboardHolds(ChartCanvas canvas) throws Exception {
        spin(200);
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            ImageData image = (ImageData) clipboard.getContents(ImageTransfer.getInstance());
            assertNotNull(image, "nothing on the clipboard");
            Rectangle area = canvas.getClientArea();
            assertEquals(area.width, image.width);
            assertEquals(area.height, image.height);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    @Order(3)
    void restingThePointerOnADataPointNamesItsSeriesValueAndYear() throws Exception {
        // the pyramid's bars name sex, group and age
        ChartCanvas pyramid = pyramid();
        PyramidPart part = (PyramidPart) part(PyramidPart.ID).getObject();
        XYItemEntity bar = entity(pyramid, 4, 30);
        Event move = at(bar.getArea().getBounds2D());
        pyramid.notifyListeners(SWT.MouseMove, move);
        NumberFormat whole = NumberFormat.getIntegerInstance(Messages.locale());
        // series 4 is the males of group 4, the sample's refugees
        assertEquals((welsh() ? "Gwrywod, " : "Males, ") + groupName(part, 4) + (welsh() ? ", oed 30: " : ", age 30: ")
                + whole.format(part.getShown().males()[4][30]), pyramid.getToolTipText());
        assertNull(pyramid.toolTipAt(1, 1), "no data point in the chart's corner");
        // the scenario's trend says group, persons and year in the generic words
        application().getContext().get(EPartService.class).activate(part(ScenarioPart.ID));
        spin(300);
        ScenarioPart scenario = (ScenarioPart) part(ScenarioPart.ID).getObject();
        ChartCanvas trend = scenario.getTrendCanvas();
        int item = 2030 - scenario.getTrend().firstYear();
        XYItemEntity ukBorn = null;
        for (Object o : trend.entities().getEntities()) {
            if (o instanceof XYItemEntity e && e.getSeriesIndex() == 1 && e.getItem() == item
                    && e.getDataset() == PopulationTrendChart.panels(trend.getChart()).get(1).getDataset()) {
                ukBorn = e;
            }
        }
        assertNotNull(ukBorn, "no point for 2030 on the lower panel's second line");
        String text = trend.toolTipAt((int) ukBorn.getArea().getBounds2D().getCenterX(),
                (int) ukBorn.getArea().getBounds2D().getCenterY());
        // the lower panel's lines are groups 1 … n: its series 1 is group 2
        assertEquals(groupName(part, 2) + ": " + whole.format(scenario.getTrend().totals()[2][item]) + " (2030)", text);
        pyramid();
    }

    private static String groupName(PyramidPart part, int group) {
        return cymru.croeso.ui.parts.ProjectLabels.of(part.getShown().groups().get(group));
    }

    private static Event at(Rectangle2D area) {
        Event move = new Event();
        move.x = (int) Math.round(area.getCenterX());
        move.y = (int) Math.round(area.getCenterY());
        return move;
    }

    private static XYItemEntity entity(ChartCanvas canvas, int series, int item) {
        for (Object o : canvas.entities().getEntities()) {
            if (o instanceof XYItemEntity e && e.getSeriesIndex() == series && e.getItem() == item) {
                return e;
            }
        }
        throw new AssertionError("no entity for series " + series + " item " + item);
    }

    @Test
    @Order(4)
    void everyChartOfTheWorkbenchAndWorkshopExportsWithItsTitleAndKey() throws Exception {
        EPartService parts = application().getContext().get(EPartService.class);
        parts.activate(part(ScenarioPart.ID));
        spin(300);
        ScenarioPart scenario = (ScenarioPart) part(ScenarioPart.ID).getObject();
        List<ChartCanvas> canvases = new ArrayList<>(List.of(pyramid(), scenario.getTrendCanvas(),
                scenario.getPyramidCanvas()));
        WorkbenchUiTest.run("cymru.croeso.command.workshop");
        spin(800);
        try {
            canvases.addAll(((WorkshopPart) part(WorkshopPart.ID).getObject()).getCanvases());
            Path dir = Files.createDirectories(EXPORTS.resolve(lang()));
            for (int i = 0; i < canvases.size(); i++) {
                exportsWithTitleAndKey(canvases.get(i), dir.resolve("workbench-chart" + i + ".svg"));
            }
        } finally {
            WorkbenchUiTest.run("cymru.croeso.command.workshop");
            spin(300);
        }
    }

    @AfterAll
    static void pyramidInFront() throws Exception {
        pyramid();
    }
}
