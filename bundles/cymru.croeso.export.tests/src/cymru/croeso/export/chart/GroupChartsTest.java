package cymru.croeso.export.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

class GroupChartsTest {
    private static final List<String> GROUPS = List.of("UK-born", "Refugees");
    // [group][age]: ages 0, 1, 2
    private static final double[][] MALES = { { 100, 90, 80 }, { 10, 20, 5 } };
    private static final double[][] FEMALES = { { 95, 100, 120 }, { 5, 10, 30 } };

    @Test
    void thePyramidStacksGroupsWithMalesLeftAndKeepsEachGroupsPersons() {
        JFreeChart chart = GroupPyramidChart.create("T", GROUPS, MALES, FEMALES, "src", Locale.ENGLISH);
        assertEquals(2, GroupPyramidChart.groupCount(chart));
        assertArrayEquals(MALES[1], GroupPyramidChart.valuesOf(chart, PyramidChart.MALES, 1));
        assertArrayEquals(FEMALES[0], GroupPyramidChart.valuesOf(chart, PyramidChart.FEMALES, 0));
        assertEquals(-10, chart.getXYPlot().getDataset().getYValue(1, 0), "males are plotted to the left");
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        // the widest stacked bar is females aged 2: 120 + 30 = 150, plus 8 % room
        assertEquals(162, axis.getUpperBound(), 1e-9);
        assertEquals(-162, axis.getLowerBound(), 1e-9);
        assertEquals(GROUPS, GroupPyramidChart.keyOf(chart).names());
    }

    @Test
    void updatingAPyramidReplacesItsPersonsInPlace() {
        JFreeChart chart = GroupPyramidChart.create("T", GROUPS, MALES, FEMALES, null, Locale.ENGLISH);
        double[][] males = { { 1, 2, 3 }, { 4, 5, 6 } };
        double[][] females = { { 300, 2, 3 }, { 4, 5, 6 } };
        GroupPyramidChart.update(chart, "U", males, females);
        assertArrayEquals(males[1], GroupPyramidChart.valuesOf(chart, PyramidChart.MALES, 1));
        assertEquals("U", chart.getTitle().getText());
        // 304 no longer fits in ±162, so the axis grows to 304 × 1.08
        assertEquals(328.32, chart.getXYPlot().getRangeAxis().getUpperBound(), 1e-9);
    }

    @Test
    void aPyramidNeedsOneRowPerGroup() {
        assertThrows(IllegalArgumentException.class,
                () -> GroupPyramidChart.create("T", List.of("one"), MALES, FEMALES, null, Locale.ENGLISH));
    }

    @Test
    void theGroupKeyPaintsEachGroupsColour() {
        JFreeChart chart = GroupPyramidChart.create("T", GROUPS, MALES, FEMALES, "src", Locale.ENGLISH);
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 600, 400));
        g2.dispose();
        for (int g = 0; g < GROUPS.size(); g++) {
            int rgb = GroupColours.of(g).getRGB() & 0xffffff;
            assertTrue(countPixels(image, rgb) > 20, "group " + g + "'s colour is missing");
        }
    }

    @Test
    void theTrendStacksAllGroupsAndDrawsTheSmallerOnesAsLines() {
        double[][] totals = { { 1000, 1010, 1020 }, { 10, 30, 50 } };
        JFreeChart chart = PopulationTrendChart.create("T", GROUPS, 2011, totals, "All", "Abroad", "src", Locale.ENGLISH);
        assertEquals(1010, PopulationTrendChart.totalIn(chart, 2011), 1e-9);
        assertEquals(1070, PopulationTrendChart.totalIn(chart, 2013), 1e-9);
        assertEquals(1, PopulationTrendChart.panels(chart).get(1).getDataset().getSeriesCount());
        PopulationTrendChart.markYear(chart, 2012);
        PopulationTrendChart.markYear(chart, 2013);
        assertEquals(1, PopulationTrendChart.panels(chart).get(0).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        assertThrows(IllegalArgumentException.class, () -> PopulationTrendChart.totalIn(chart, 2014));
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
