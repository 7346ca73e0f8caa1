package cymru.croeso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.w3c.dom.Document;

import cymru.croeso.export.chart.ChartFormat;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.chart.ScreenKey;

/** What the chart UI tests share: waiting with the display running, and exporting a canvas's chart to SVG. */
final class ChartTesting {
    static final Path EXPORTS = Path.of("target", "chart-exports");

    private ChartTesting() {
    }

    /** Runs the display until the condition holds; fails after two minutes (a stuck job, not a slow one). */
    static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
    }

    static Document svg(Path file) throws Exception {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // the file names the SVG 1.1 DTD on www.w3.org: well-formedness needs no DTD, and the build has no network
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return xml.newDocumentBuilder().parse(file.toFile());
    }

    /**
     * Exports the canvas's chart to an SVG file through its menu's code path and checks that the file is XML with
     * the chart's title and every name of the screen's key (which the file draws as the board pack's key).
     */
    static void exportsWithTitleAndKey(ChartCanvas canvas, Path file) throws Exception {
        canvas.getChartMenu().setFileChooser((shell, format, folder, name) -> file);
        Job job = canvas.getChartMenu().export(ChartFormat.SVG);
        assertNotNull(job, "no export of " + file);
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), file + ": " + job.getResult());
        String text = svg(file).getDocumentElement().getTextContent();
        String title = canvas.getChart().getTitle().getText();
        assertTrue(text.contains(title), file + " lacks the title " + title);
        for (int i = 0; i < canvas.getChart().getSubtitleCount(); i++) {
            if (canvas.getChart().getSubtitle(i) instanceof ScreenKey key) {
                for (String name : key.names()) {
                    assertTrue(text.contains(name), file + " lacks the key's " + name);
                }
            }
        }
    }
}
