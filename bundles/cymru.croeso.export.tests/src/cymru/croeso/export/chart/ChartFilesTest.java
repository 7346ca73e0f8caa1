package cymru.croeso.export.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ChartFilesTest {
    private static final Path DIR = Path.of("target", "chart-files-test");
    private static JFreeChart chart;

    @BeforeAll
    static void chart() throws Exception {
        Files.createDirectories(DIR);
        chart = DemandCapacityChart.create("ESOL: learners against places", "Learners", "Places",
                new int[] { 2024, 2025, 2026 }, new Double[] { null, 120.0, 140.0 }, new double[] { 130, 130, 150 },
                "Source: test", Locale.ENGLISH);
    }

    @Test
    void pngIsAt300DpiAndA4TextWidth() throws Exception {
        Path file = DIR.resolve("esol.png");
        ChartFiles.png(chart, file);
        BufferedImage image = ImageIO.read(file.toFile());
        // 170 mm at 300 dpi: 170 / 25.4 * 300 = 2007.9 → 2008 pixels; height 2008 / 1.6 = 1255
        assertEquals(2008, image.getWidth());
        assertEquals(1255, image.getHeight());
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element phys = find(meta.getAsTree("javax_imageio_png_1.0"), "pHYs");
            // 300 dots per inch = 300 / 0.0254 = 11811 per metre
            assertEquals("11811", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("11811", phys.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
        }
        // a white ground with dark ink on it, not a blank frame
        assertEquals(0xffffff, image.getRGB(2, 2) & 0xffffff);
    }

    private static Element find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return (Element) node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Element e = find(c, name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    @Test
    void svgAndPdfAreWrittenAtTheSameSizeInPoints() throws Exception {
        Path svg = DIR.resolve("esol.svg");
        Path pdf = DIR.resolve("esol.pdf");
        ChartFiles.write(chart, ChartFormat.SVG, svg);
        ChartFiles.write(chart, ChartFormat.PDF, pdf);
        String svgText = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(svgText.contains("<svg"), svgText.substring(0, 200));
        assertTrue(svgText.contains("width='481.88976377952"), "170 mm = 481.9 pt wide");
        assertTrue(svgText.contains("pt'"), "sized in points");
        assertTrue(svgText.contains("viewBox='0.0 0.0 481.88"), svgText.substring(0, 400));
        assertTrue(svgText.contains("ESOL: learners against places"));
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(pdfText.startsWith("%PDF-"));
        assertTrue(pdfText.contains("/MediaBox [0.0 0.0 481.88"), "one page the chart's size");
    }

    @Test
    void aSuppressedDemandIsLeftOutNotDrawnAsZero() {
        CategoryPlot plot = chart.getCategoryPlot();
        assertNull(plot.getDataset(0).getValue(0, 0));
        assertEquals(120.0, plot.getDataset(0).getValue(0, 1).doubleValue());
        assertEquals(130.0, plot.getDataset(1).getValue(0, 0).doubleValue());
        assertEquals(2, plot.getRendererCount() >= 2 ? 2 : plot.getRendererCount());
    }

    @Test
    void bandPyramidPutsMalesLeftOldestAtTheTopInWelsh() {
        JFreeChart p = BandPyramidChart.create("Pyramid", List.of("0-4", "5-9", "10+"), new Double[] { 10.0, 12.0, null },
                new Double[] { 11.0, 13.0, 9.0 }, "Ffynhonnell", Locale.forLanguageTag("cy"));
        var data = p.getCategoryPlot().getDataset();
        assertEquals("10+", data.getColumnKey(0));
        assertEquals("Gwrywod", data.getRowKey(0));
        assertEquals(-12.0, data.getValue("Gwrywod", "5-9").doubleValue());
        assertNull(data.getValue("Gwrywod", "10+"));
        assertEquals("1,500", ((org.jfree.chart.axis.NumberAxis) p.getCategoryPlot().getRangeAxis())
                .getNumberFormatOverride().format(-1500));
    }

    @Test
    void formatListsParseAndUnknownFormatsAreNamed() {
        assertEquals(EnumSet.allOf(ChartFormat.class), ChartFormat.parseList("png, SVG,pdf"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartFormat.parseList("png,gif"));
        assertTrue(e.getMessage().contains("'gif'"));
    }
}
