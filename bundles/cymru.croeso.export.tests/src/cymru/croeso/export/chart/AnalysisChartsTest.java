package cymru.croeso.export.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;

/** The analysis charts draw the numbers they are given, say what they mean in tooltips, and can be written to files. */
class AnalysisChartsTest {
    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final double[][] FAN = { { 90, 95, 97 }, { 98, 101, 104 }, { 100, 105, 110 }, { 102, 109, 116 },
        { 110, 115, 123 } };

    @Test
    void theServiceChartDrawsEachLineItIsGiven() {
        double[] seeking = { 1200, 1300.5, 1400 };
        JFreeChart chart = ServiceChart.create("ESOL", 2024, List.of(
                new ServiceChart.Line("Seeking a place", seeking, ServiceChart.DEMAND, false),
                new ServiceChart.Line("Places", new double[] { 0, 0, 0 }, ServiceChart.CAPACITY, true)), "Adults",
                "No provider recorded", "Source: test", Locale.ENGLISH);
        assertArrayEquals(seeking, ServiceChart.valuesOf(chart, "Seeking a place"));
        assertEquals(List.of("Seeking a place", "Places"), GroupChartsTestKeys.names(chart));
        assertEquals("Seeking a place: 1,300 (2025)",
                chart.getXYPlot().getRenderer().getToolTipGenerator(0, 1).generateToolTip(chart.getXYPlot().getDataset(), 0, 1));
    }

    @Test
    void schoolPanelsHoldEachPhasesPupilsAndPlacesAndNameThePhaseInTooltips() {
        double[][] pupils = { { 10, 11 }, { 700, 720 } };
        double[][] places = { { 12, 12 }, { 650, 650 } };
        JFreeChart chart = SchoolPlacesChart.create("Schools", List.of("Nursery", "Chweched dosbarth's"), 2030, pupils,
                places, "Pupils", "Places", null, null, Locale.ENGLISH);
        assertArrayEquals(pupils[1], SchoolPlacesChart.valuesOf(chart, 1, false));
        assertArrayEquals(places[0], SchoolPlacesChart.valuesOf(chart, 0, true));
        var panel = ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(1);
        assertEquals("Chweched dosbarth's \u2014 Pupils: 720 (2031)",
                panel.getRenderer().getToolTipGenerator(0, 1).generateToolTip(panel.getDataset(), 0, 1));
    }

    @Test
    void theComparisonDrawsTheDifferencesBelowSignedAndLeavesTheReferenceOut() {
        double[][] values = { { 100, 110 }, { 100, 125 }, { 100, 90 } };
        double[][] differences = { { 0, 0 }, { 0, 15 }, { 0, -20 } };
        JFreeChart chart = ComparisonChart.create("Cardiff", List.of("Principal", "High", "Low"), 2011, values,
                differences, "Persons", "Difference", true, null, null, Locale.ENGLISH);
        assertArrayEquals(values[2], ComparisonChart.valuesOf(chart, 2));
        assertArrayEquals(differences[1], ComparisonChart.differencesOf(chart, 1));
        assertArrayEquals(differences[2], ComparisonChart.differencesOf(chart, 2));
        var lower = ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(1);
        assertEquals(2, lower.getDataset().getSeriesCount(), "the reference has no difference line");
        assertEquals("Low \u2212 Principal: \u221220 (2012)",
                lower.getRenderer().getToolTipGenerator(1, 1).generateToolTip(lower.getDataset(), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ComparisonChart.create("x", List.of("A"), 2011,
                new double[][] { { 1 } }, new double[][] { { 0 } }, "", "", true, null, null, Locale.ENGLISH));
    }

    @Test
    void theFanDrawsItsFivePercentilesAndEveryYearsBandShowsThemAllInWelsh() {
        JFreeChart chart = FanChart.create("Ffan", 2011, FAN, "Personau", true, null, null, WELSH);
        assertArrayEquals(FAN, FanChart.percentilesOf(chart));
        assertEquals(List.of("90 % o'r efelychiadau (canradd 5 i 95)", "Yr hanner canol (canradd 25 i 75)", "Canolrif"),
                GroupChartsTestKeys.names(chart));
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 600, 400), info);
        g.dispose();
        // the middle year's band reaches from its 5th to its 95th percentile: its tooltip shows above the median too
        XYItemEntity band = null;
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity e && e.getSeriesIndex() == 0 && e.getItem() == 1
                    && e.getDataset() == chart.getXYPlot().getDataset(0)) {
                band = e;
            }
        }
        assertNotNull(band, "no entity for 2012's band");
        assertTrue(band.getArea().getBounds2D().getHeight() > 40, "the band's entity is " + band.getArea().getBounds2D());
        assertEquals("2012: canolrif 105; yr hanner canol 101 i 109; 90 % o'r efelychiadau 95 i 115", band.getToolTipText());
    }

    @Test
    void thePyramidsBarsSaySexGroupAndAge() {
        JFreeChart chart = GroupPyramidChart.create("T", List.of("UK-born", "Refugees"),
                new double[][] { { 100, 90, 80 }, { 10, 20, 5 } }, new double[][] { { 95, 100, 120 }, { 5, 10, 3000 } },
                null, Locale.ENGLISH);
        var plot = chart.getXYPlot();
        assertEquals("Females, Refugees, age 2+: 3,000",
                plot.getRenderer().getToolTipGenerator(3, 2).generateToolTip(plot.getDataset(), 3, 2));
        assertEquals("Males, UK-born, age 1: 90",
                plot.getRenderer().getToolTipGenerator(0, 1).generateToolTip(plot.getDataset(), 0, 1));
    }

    @Test
    void everyAnalysisChartSerialisesAndWritesToTheThreeFormats() throws Exception {
        Path dir = Path.of("target", "analysis-charts-test");
        Files.createDirectories(dir);
        List<JFreeChart> charts = List.of(FanChart.create("Fan", 2011, FAN, "Persons", true, "1,000 draws", "src",
                Locale.ENGLISH), ComparisonChart.create("Cmp", List.of("A", "B"), 2011, new double[][] { { 1, 2, 3 }, { 1, 3, 5 } },
                        new double[][] { { 0, 0, 0 }, { 0, 1, 2 } }, "P", "D", true, "B minus A", "src", Locale.ENGLISH),
                SchoolPlacesChart.create("S", List.of("N", "P"), 2011, new double[][] { { 1, 2, 3 }, { 4, 5, 6 } },
                        new double[][] { { 1, 1, 1 }, { 5, 5, 5 } }, "Pupils", "Places", "note", "src", Locale.ENGLISH));
        int i = 0;
        for (JFreeChart chart : charts) {
            // the workbench copies a chart by serialising it before writing it off the UI thread
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(chart);
            }
            for (ChartFormat format : ChartFormat.values()) {
                Path file = dir.resolve("chart" + i + "." + format.extension());
                ChartFiles.write(chart, format, file);
                assertTrue(Files.size(file) > 1000, file + " is too small");
            }
            i++;
        }
    }

    /** Reads a chart's key names. */
    private static final class GroupChartsTestKeys {
        static List<String> names(JFreeChart chart) {
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                if (chart.getSubtitle(i) instanceof GroupKey key) {
                    return key.names();
                }
            }
            throw new AssertionError("no key");
        }
    }
}
