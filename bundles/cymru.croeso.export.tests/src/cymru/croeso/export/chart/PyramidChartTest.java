package cymru.croeso.export.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class PyramidChartTest {
    private static final double[] MALES = { 120, 110, 95 };
    private static final double[] FEMALES = { 115, 118, 130 };

    @Test
    void malesExtendLeftAndFemalesRightWithTheSamePersons() {
        JFreeChart chart = PyramidChart.create("Test", MALES, FEMALES, "source", Locale.ENGLISH);
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(-120, data.getYValue(0, 0));
        assertEquals(130, data.getYValue(1, 2));
        assertEquals(2, data.getXValue(1, 2));
        assertArrayEquals(MALES, PyramidChart.valuesOf(chart, PyramidChart.MALES));
        assertArrayEquals(FEMALES, PyramidChart.valuesOf(chart, PyramidChart.FEMALES));
    }

    @Test
    void bothHalvesOfThePopulationAxisReadAsPositiveCounts() {
        JFreeChart chart = PyramidChart.create("Test", MALES, FEMALES, "source", Locale.ENGLISH);
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertEquals("1,500", axis.getNumberFormatOverride().format(-1500));
        assertEquals("1,500", axis.getNumberFormatOverride().format(1500));
        // symmetric range, 5 % beyond the largest single-year count (130)
        assertEquals(-136.5, axis.getLowerBound(), 1e-9);
        assertEquals(136.5, axis.getUpperBound(), 1e-9);
    }

    @Test
    void labelsFollowTheChartsLanguage() {
        JFreeChart en = PyramidChart.create("Test", MALES, FEMALES, "source", Locale.ENGLISH);
        JFreeChart cy = PyramidChart.create("Prawf", MALES, FEMALES, "ffynhonnell", Locale.forLanguageTag("cy"));
        assertEquals("Age", en.getXYPlot().getDomainAxis().getLabel());
        assertEquals("Oedran", cy.getXYPlot().getDomainAxis().getLabel());
        assertArrayEquals(new String[] { "Gwrywod", "Benywod" }, PyramidChart.sexLabels(cy));
        assertArrayEquals(new String[] { "Males", "Females" }, PyramidChart.sexLabels(en));
    }

    @Test
    void unequalHalvesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PyramidChart.create("Test", MALES, new double[] { 1 }, "source", Locale.ENGLISH));
    }
}
