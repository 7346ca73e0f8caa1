package cymru.croeso.export.pack;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Native Excel charts (DrawingML, via POI's XDDF) that read the sheet's own cells, so officers can restyle them
 * in Excel. Series differ in lightness and in shape (bars against a dashed line) so they survive greyscale printing.
 */
final class NativeCharts {
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final byte[] DARK = { (byte) 0x1f, (byte) 0x5f, (byte) 0x8b };
    private static final byte[] LIGHT = { (byte) 0xe0, (byte) 0xa8, (byte) 0x96 };

    private NativeCharts() {
    }

    /**
     * Demand as columns and capacity as a dashed line over the years in rows {@code first..last}.
     * Columns: 0 year, 1 demand, 2 capacity; the header row names the series.
     */
    static XSSFChart demandAgainstCapacity(XSSFSheet sheet, String title, String yearLabel, int headerRow, int first,
            int last, int anchorColumn) {
        XSSFChart chart = chart(sheet, title, anchorColumn, headerRow);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        years.setTitle(yearLabel);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setNumberFormat("#,##0");
        XDDFDataSource<Double> x = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, years, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series demand = bars.addSeries(x, numbers(sheet, first, last, 1));
        demand.setTitle(null, new CellReference(sheet.getSheetName(), headerRow, 1, true, true));
        demand.setShapeProperties(solid(DARK));
        chart.plot(bars);

        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, values);
        lines.setVaryColors(false);
        XDDFLineChartData.Series capacity = (XDDFLineChartData.Series) lines.addSeries(x, numbers(sheet, first, last, 2));
        capacity.setTitle(null, new CellReference(sheet.getSheetName(), headerRow, 2, true, true));
        capacity.setMarkerStyle(MarkerStyle.SQUARE);
        capacity.setSmooth(false);
        XDDFLineProperties dashed = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.BLACK)));
        dashed.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        dashed.setWidth(2.0);
        XDDFShapeProperties line = new XDDFShapeProperties();
        line.setLineProperties(dashed);
        capacity.setShapeProperties(line);
        chart.plot(lines);
        return chart;
    }

    /**
     * A pyramid from bands in rows {@code first..last}: column 0 the band, {@code malesColumn} males as negative
     * numbers, {@code femalesColumn} females; bars overlap fully so each band is one bar split at zero.
     */
    static XSSFChart pyramid(XSSFSheet sheet, String title, int headerRow, int first, int last, int malesColumn,
            int femalesColumn, int anchorColumn) {
        XSSFChart chart = chart(sheet, title, anchorColumn, headerRow);
        XDDFCategoryAxis bands = chart.createCategoryAxis(AxisPosition.LEFT);
        bands.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis persons = chart.createValueAxis(AxisPosition.BOTTOM);
        persons.setCrosses(AxisCrosses.AUTO_ZERO);
        // the negative section shows males without a minus sign
        persons.setNumberFormat("#,##0;#,##0");
        XDDFDataSource<String> y = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bands, persons);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        bars.setGapWidth(10);
        XDDFChartData.Series males = bars.addSeries(y, numbers(sheet, first, last, malesColumn));
        males.setTitle(null, new CellReference(sheet.getSheetName(), headerRow, malesColumn, true, true));
        males.setShapeProperties(solid(DARK));
        XDDFChartData.Series females = bars.addSeries(y, numbers(sheet, first, last, femalesColumn));
        females.setTitle(null, new CellReference(sheet.getSheetName(), headerRow, femalesColumn, true, true));
        females.setShapeProperties(solid(LIGHT));
        chart.plot(bars);
        overlapFully(chart.getCTChart().getPlotArea().getBarChartArray(0));
        return chart;
    }

    /**
     * Writes {@code <c:overlap val="100"/>} through a cursor: XDDF's setOverlap needs a schema type that the
     * poi-ooxml-lite jar does not ship. The element belongs before the axis ids.
     */
    private static void overlapFully(CTBarChart bar) {
        try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
            cursor.beginElement(new QName(CHART_NAMESPACE, "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private static XSSFChart chart(XSSFSheet sheet, String title, int anchorColumn, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, anchorColumn, anchorRow, anchorColumn + 9,
                anchorRow + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, int first, int last, int column) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
    }

    private static XDDFShapeProperties solid(byte[] rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        p.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.BLACK))));
        return p;
    }
}
