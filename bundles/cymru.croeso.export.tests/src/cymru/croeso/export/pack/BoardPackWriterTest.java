package cymru.croeso.export.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.export.disclosure.DisclosureRule.Method;

class BoardPackWriterTest {
    private static final BoardPackContent CONTENT = SampleContent.of(2, List.of("Central", "High arrivals"));
    private static final Path DIR = Path.of("target", "board-pack-test");
    private static XSSFWorkbook english;
    private static XSSFWorkbook welsh;

    @BeforeAll
    static void writeAndReadBack() throws Exception {
        Files.createDirectories(DIR);
        english = writeRead(CONTENT, Locale.ENGLISH, DisclosureRule.DEFAULT, "pack-en.xlsx");
        welsh = writeRead(CONTENT, Locale.forLanguageTag("cy"), DisclosureRule.DEFAULT, "pack-cy.xlsx");
    }

    static XSSFWorkbook writeRead(BoardPackContent content, Locale locale, DisclosureRule rule, String name)
            throws Exception {
        Path file = DIR.resolve(name);
        new BoardPackWriter(locale, rule).write(content, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void englishAndWelshSheetsAreNamedAndOrdered() {
        assertEquals(List.of("Cover", "Summary", "Population", "Pyramid", "Schools", "ESOL", "Housing", "GP",
                "Action plan", "Indicators", "Comparison"), sheetNames(english));
        assertEquals(List.of("Clawr", "Crynodeb", "Poblogaeth", "Pyramid", "Ysgolion", "ESOL", "Tai", "Meddygon teulu",
                "Cynllun gweithredu", "Dangosyddion", "Cymhariaeth"), sheetNames(welsh));
        assertEquals("ESOL (Saesneg i Siaradwyr Ieithoedd Eraill): dysgwyr o\u2019u cymharu \u00e2 lleoedd mewn dosbarthiadau",
                welsh.getSheet("ESOL").getRow(0).getCell(0).getStringCellValue());
        assertEquals("Grŵp", welsh.getSheet("Poblogaeth").getRow(2).getCell(2).getStringCellValue());
        assertEquals("Cam gweithredu", welsh.getSheet("Cynllun gweithredu").getRow(2).getCell(0).getStringCellValue());
    }

    @Test
    void populationValuesAreTheContentsCountsAfterDisclosure() {
        Sheet sheet = english.getSheet("Population");
        int row = 3;
        int shown = 0;
        int suppressed = 0;
        for (BoardPackContent.PopulationBlock block : CONTENT.population().blocks()) {
            double[][] p = block.persons();
            long[] columnTotals = new long[SampleContent.BANDS.size() + 1];
            for (int g = 0; g <= p.length; g++) {
                Row r = sheet.getRow(row++);
                assertEquals(block.area(), r.getCell(0).getStringCellValue());
                assertEquals(block.year(), r.getCell(1).getNumericCellValue());
                long rowTotal = 0;
                for (int b = 0; b <= SampleContent.BANDS.size(); b++) {
                    long expected;
                    if (g < p.length && b < SampleContent.BANDS.size()) {
                        expected = Math.round(p[g][b]);
                        rowTotal += expected;
                        columnTotals[b] += expected;
                    } else if (g < p.length) {
                        expected = rowTotal;
                        columnTotals[b] += rowTotal;
                    } else {
                        expected = columnTotals[b];
                    }
                    Cell cell = r.getCell(3 + b);
                    if (cell.getCellType() == CellType.STRING) {
                        assertEquals("c", cell.getStringCellValue());
                        suppressed++;
                    } else {
                        assertEquals(expected, (long) cell.getNumericCellValue(), block.area() + " " + block.year());
                        assertFalse(expected > 0 && expected < 5, "a count below 5 is shown");
                        shown++;
                    }
                }
            }
        }
        assertTrue(suppressed > 0 && shown > suppressed, shown + " shown, " + suppressed + " suppressed");
        assertTrue(lastText(sheet).startsWith("c: suppressed to protect confidentiality (a count below 5"));
    }

    @Test
    void smallCountsElsewhereAreSuppressedToo() {
        Sheet pyramid = english.getSheet("Pyramid");
        // 85+ males: 3.2 → 3, suppressed; the band's total would then give it away, so the smallest other count in
        // the band (females, 1180 - 55 * 17 = 245) goes too; the band total 248 is shown
        Row top = pyramid.getRow(3 + 17);
        assertEquals("85+", top.getCell(0).getStringCellValue());
        assertEquals("c", top.getCell(1).getStringCellValue());
        assertEquals("c", top.getCell(2).getStringCellValue());
        assertEquals(248, top.getCell(3).getNumericCellValue(), 0);
        assertEquals(CellType.BLANK, cellType(top, 4), "the chart column leaves a suppressed count out");
        Sheet esol = english.getSheet("ESOL");
        assertEquals("c", esol.getRow(3).getCell(1).getStringCellValue());
        assertEquals("c", esol.getRow(3).getCell(3).getStringCellValue(), "spare capacity would reveal demand");
        // 2025: 100 + 10 * 1 + 5 * ordinal(ESOL) = 115 learners against 160 places
        assertEquals(115, esol.getRow(4).getCell(1).getNumericCellValue(), 0);
        assertEquals(45, esol.getRow(4).getCell(3).getNumericCellValue(), 0);
        Sheet summary = english.getSheet("Summary");
        assertEquals(41_230, summary.getRow(3).getCell(1).getNumericCellValue(), 0);
        assertEquals(6_670, summary.getRow(3).getCell(3).getNumericCellValue(), 0);
        assertEquals("c", summary.getRow(4).getCell(3).getStringCellValue());
        Sheet comparison = english.getSheet("Comparison");
        assertEquals("c", comparison.getRow(4).getCell(1).getStringCellValue());
        assertEquals(7, comparison.getRow(4).getCell(2).getNumericCellValue(), 0);
        assertEquals(4_400, comparison.getRow(3).getCell(3).getNumericCellValue(), 0);
    }

    @Test
    void theCoverSaysWhatWasAppliedAndWhereTheFiguresComeFrom() {
        String cover = allText(english.getSheet("Cover"));
        assertTrue(cover.contains("Counts from 1 to 4 are suppressed and shown as c"), cover);
        assertTrue(cover.contains("ONS mid-year population estimates 2023 (Nomis)"));
        assertTrue(cover.contains("Arrivals continue at the 2023-24 rate"));
        assertTrue(cover.contains("Central, High arrivals"));
        assertTrue(allText(welsh.getSheet("Clawr")).contains("Rheoli datgelu"));
        assertEquals(java.time.LocalDate.of(2026, 6, 1), welsh.getSheet("Clawr").getRow(5).getCell(1)
                .getLocalDateTimeCellValue().toLocalDate());
        assertEquals("[$-452]d mmmm yyyy", welsh.getSheet("Clawr").getRow(5).getCell(1).getCellStyle()
                .getDataFormatString());
        assertEquals(CONTENT.title(), english.getProperties().getCoreProperties().getTitle());
        assertEquals("Croeso", english.getProperties().getCoreProperties().getCreator());
        assertEquals("Board pack: projected newcomers and their services",
                english.getProperties().getCoreProperties().getSubject());
    }

    @Test
    void roundingTakesEveryCountToAMultipleOfFive() throws Exception {
        XSSFWorkbook rounded = writeRead(CONTENT, Locale.ENGLISH, new DisclosureRule(Method.ROUND, 5), "rounded.xlsx");
        Sheet sheet = rounded.getSheet("Population");
        Row first = sheet.getRow(3);
        // 2000 + 0 - 0 + 0 = 2000; band 1: 1960; sanctuary 85+ in 2024, area 0: (17 - 17 + 0) * 0.9 = 0
        assertEquals(2000, first.getCell(3).getNumericCellValue(), 0);
        for (Row r : sheet) {
            for (Cell c : r) {
                if (r.getRowNum() > 2 && c.getColumnIndex() >= 3 && c.getCellType() == CellType.NUMERIC) {
                    assertEquals(0, c.getNumericCellValue() % 5, 0, "row " + r.getRowNum());
                }
                assertFalse(c.getCellType() == CellType.STRING && "c".equals(c.getStringCellValue()));
            }
        }
        assertTrue(allText(rounded.getSheet("Cover")).contains("rounded to the nearest 5"));
    }

    @Test
    void formulaLikeTextIsWrittenAsText() {
        Sheet actions = english.getSheet("Action plan");
        Cell lead = actions.getRow(4).getCell(1);
        assertEquals(CellType.STRING, lead.getCellType());
        assertEquals(SampleContent.FORMULA_NAME, lead.getStringCellValue());
        assertTrue(lead.getCellStyle().getQuotePrefixed());
        assertTrue(actions.getRow(4).getCell(2).getCellStyle().getQuotePrefixed());
        assertFalse(actions.getRow(3).getCell(1).getCellStyle().getQuotePrefixed());
        for (Sheet sheet : english) {
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.FORMULA, sheet.getSheetName() + " has a formula");
                }
            }
        }
    }

    @Test
    void chartsArePresentAsNativeExcelCharts() {
        XSSFChart pyramid = onlyChart(english, "Pyramid");
        assertEquals(2, pyramid.getChartSeries().get(0).getSeriesCount());
        // one bar per band, split at zero: males (negative) and females overlap fully
        String bars = pyramid.getCTChart().getPlotArea().getBarChartArray(0).xmlText();
        assertTrue(bars.contains("<c:barDir val=\"bar\"/>"), bars);
        assertTrue(bars.matches("(?s).*<c:overlap val=\"100\"/>\\s*<c:axId.*"), bars);
        for (String service : List.of("Schools", "ESOL", "Housing", "GP")) {
            XSSFChart chart = onlyChart(english, service);
            assertEquals(2, chart.getChartSeries().size(), service + ": demand bars and a capacity line");
            assertEquals(11, chart.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount());
            assertEquals(service + "!$B$4:$B$14",
                    chart.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference());
            assertEquals(service + "!$C$4:$C$14",
                    chart.getChartSeries().get(1).getSeries(0).getValuesData().getDataRangeReference());
        }
        assertEquals(1, welsh.getSheet("Meddygon teulu").getDrawingPatriarch().getCharts().size());
        assertNull(english.getSheet("Summary").getDrawingPatriarch());
    }

    private static XSSFChart onlyChart(XSSFWorkbook wb, String sheet) {
        List<XSSFChart> charts = wb.getSheet(sheet).getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size(), sheet);
        return charts.get(0);
    }

    @Test
    void everyDataSheetPrintsLandscapeOnePageWideWithItsHeaderRepeatedAndFrozen() {
        for (XSSFWorkbook wb : List.of(english, welsh)) {
            for (Sheet sheet : wb) {
                String name = sheet.getSheetName();
                assertTrue(sheet.getPrintSetup().getLandscape(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
                if (sheet.getWorkbook().getSheetIndex(sheet) == 0) {
                    continue;
                }
                assertEquals(new CellRangeAddress(2, 2, -1, -1), sheet.getRepeatingRows(), name);
                PaneInformation pane = ((XSSFSheet) sheet).getPaneInformation();
                assertNotNull(pane, name);
                assertTrue(pane.isFreezePane(), name);
                assertEquals(3, pane.getHorizontalSplitPosition(), name);
            }
        }
    }

    @Test
    void statusesAreColouredByConditionalFormatting() {
        var formatting = english.getSheet("Action plan").getSheetConditionalFormatting();
        assertEquals(3, formatting.getNumConditionalFormattings());
        assertEquals("\"Red\"", formatting.getConditionalFormattingAt(0).getRule(0).getFormula1());
        assertEquals("G4:G6", formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString());
        assertEquals("\"Coch\"", welsh.getSheet("Dangosyddion").getSheetConditionalFormatting()
                .getConditionalFormattingAt(0).getRule(0).getFormula1());
        assertEquals("Ambr", welsh.getSheet("Cynllun gweithredu").getRow(3).getCell(6).getStringCellValue());
        // the gap is migrants less UK-born: 64.1 - 71.8
        assertEquals(-7.7, english.getSheet("Indicators").getRow(3).getCell(4).getNumericCellValue(), 1e-9);
    }

    @Test
    void aSingleScenarioHasNoComparisonSheet() throws Exception {
        XSSFWorkbook single = writeRead(SampleContent.of(1, List.of("Central")), Locale.ENGLISH, DisclosureRule.DEFAULT,
                "single.xlsx");
        assertNull(single.getSheet("Comparison"));
        assertEquals(10, single.getNumberOfSheets());
        assertTrue(allText(single.getSheet("Cover")).contains("Scenario"));
    }

    private static CellType cellType(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? CellType.BLANK : c.getCellType();
    }

    private static String lastText(Sheet sheet) {
        return sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
    }

    private static String allText(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
