package cymru.croeso.core.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.export.pack.BoardPackContent;
import cymru.croeso.export.pack.BoardPackContent.CostLine;
import cymru.croeso.export.pack.BoardPackWriter;
import cymru.croeso.model.Project;

/**
 * The board pack's Costs sheet for {@link StrategySample}'s scenario, whose figures are worked by hand there: money
 * is spent from 2026 to 2040, so the sheet's years are 2026 … 2040 (15 columns) and "All years" is £127,000.
 */
class BoardPackCostsTest {
    @TempDir
    static Path dir;
    static BoardPackContent english;
    static XSSFWorkbook englishPack;
    static XSSFWorkbook welshPack;

    @BeforeAll
    static void write() throws Exception {
        Project project = StrategySample.project();
        var run = new ScenarioRunner(project).run(StrategySample.SCENARIO);
        english = new BoardPackAssembler(project, "en").assembleRuns(List.of(run), LocalDate.of(2026, 5, 1));
        BoardPackContent welsh = new BoardPackAssembler(project, "cy").assembleRuns(List.of(run), LocalDate.of(2026, 5, 1));
        englishPack = writeRead(english, Locale.ENGLISH, "costs-en.xlsx");
        welshPack = writeRead(welsh, Locale.forLanguageTag("cy"), "costs-cy.xlsx");
    }

    private static XSSFWorkbook writeRead(BoardPackContent content, Locale locale, String name) throws Exception {
        Path file = dir.resolve(name);
        new BoardPackWriter(locale, DisclosureRule.DEFAULT).write(content, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theContentCarriesTheScenariosCostsByThemeAndLead() {
        BoardPackContent.Costs costs = english.costs();
        assertEquals("With the strategy", costs.scenario());
        assertEquals(2011, costs.firstYear());
        assertEquals(List.of(StrategySample.EDUCATION, StrategySample.SOCIAL, StrategySample.HEALTH),
                costs.byTheme().stream().map(CostLine::name).toList());
        assertEquals(List.of(StrategySample.COLLEGE, StrategySample.REFUGEE_COUNCIL, StrategySample.COUNCIL),
                costs.byLead().stream().map(CostLine::name).toList());
        double[] council = costs.byLead().get(2).perYear();
        assertEquals(30, council.length);
        assertEquals(5_000, council[2026 - 2011], 1e-9);
        assertEquals(10_000, council[2039 - 2011], 1e-9);
        assertEquals(10_000, council[2040 - 2011], 1e-9);
        assertEquals(0, council[2027 - 2011], 1e-9);
    }

    @Test
    void theCostsSheetShowsThemesThenLeadsWithTotalsInPounds() {
        Sheet sheet = englishPack.getSheet("Costs");
        assertEquals(englishPack.getSheetIndex("Action plan") + 1, englishPack.getSheetIndex(sheet));
        Row header = sheet.getRow(2);
        assertEquals("Theme or lead organisation", header.getCell(0).getStringCellValue());
        assertEquals("2026", header.getCell(1).getStringCellValue());
        assertEquals("2040", header.getCell(15).getStringCellValue());
        assertEquals("All years", header.getCell(16).getStringCellValue());
        assertEquals(HorizontalAlignment.RIGHT, header.getCell(1).getCellStyle().getAlignment(), "over the amounts");
        assertEquals(HorizontalAlignment.GENERAL, header.getCell(0).getCellStyle().getAlignment(), "names as text");
        assertEquals("By theme", sheet.getRow(3).getCell(0).getStringCellValue());
        // Education: £30,000 in 2026, 2027, 2028; Social: 5,000 then 3,000 × 4; Health: 10,000 in 2039 and 2040
        assertRow(sheet.getRow(4), StrategySample.EDUCATION, 30_000, 30_000, 30_000, 0, 90_000);
        assertRow(sheet.getRow(5), StrategySample.SOCIAL, 5_000, 3_000, 3_000, 3_000, 17_000);
        assertRow(sheet.getRow(6), StrategySample.HEALTH, 0, 0, 0, 0, 20_000);
        assertRow(sheet.getRow(7), "Total", 35_000, 33_000, 33_000, 3_000, 127_000);
        assertEquals(10_000, sheet.getRow(7).getCell(15).getNumericCellValue(), 1e-9, "total in 2040");
        assertEquals("By lead organisation", sheet.getRow(9).getCell(0).getStringCellValue());
        assertRow(sheet.getRow(10), StrategySample.COLLEGE, 30_000, 30_000, 30_000, 0, 90_000);
        assertRow(sheet.getRow(11), StrategySample.REFUGEE_COUNCIL, 0, 3_000, 3_000, 3_000, 12_000);
        assertRow(sheet.getRow(12), StrategySample.COUNCIL, 5_000, 0, 0, 0, 25_000);
        assertRow(sheet.getRow(13), "Total", 35_000, 33_000, 33_000, 3_000, 127_000);
        assertTrue(sheet.getRow(15).getCell(0).getStringCellValue().startsWith("Each action\u2019s cost is spread"));
        // the money format of the action plan's cost column, the total row in bold
        String money = englishPack.getSheet("Action plan").getRow(3).getCell(5).getCellStyle().getDataFormatString();
        assertEquals("\u00a3#,##0", money);
        assertEquals(money, sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString());
        assertEquals(money, sheet.getRow(7).getCell(16).getCellStyle().getDataFormatString());
        assertTrue(englishPack.getFontAt(sheet.getRow(7).getCell(1).getCellStyle().getFontIndex()).getBold());
        assertEquals(2, sheet.getRepeatingRows().getFirstRow());
    }

    @Test
    void theWelshPackNamesTheSheetAndThemesInWelsh() {
        Sheet sheet = welshPack.getSheet("Costau");
        assertEquals(welshPack.getSheetIndex("Cynllun gweithredu") + 1, welshPack.getSheetIndex(sheet));
        assertEquals("Thema neu sefydliad arweiniol", sheet.getRow(2).getCell(0).getStringCellValue());
        assertEquals("Fesul thema", sheet.getRow(3).getCell(0).getStringCellValue());
        assertRow(sheet.getRow(4), "Addysg a sgiliau", 30_000, 30_000, 30_000, 0, 90_000);
        assertRow(sheet.getRow(7), "Cyfanswm", 35_000, 33_000, 33_000, 3_000, 127_000);
        assertEquals("Fesul sefydliad arweiniol", sheet.getRow(9).getCell(0).getStringCellValue());
    }

    @Test
    void aScenarioWithoutActionsSaysSo() throws Exception {
        Project project = StrategySample.project();
        BoardPackContent content = new BoardPackAssembler(project, "en").assemble(List.of("principal"),
                LocalDate.of(2026, 5, 1));
        try (XSSFWorkbook pack = writeRead(content, Locale.ENGLISH, "none.xlsx")) {
            Sheet sheet = pack.getSheet("Costs");
            assertEquals("No strategy action with a cost is switched on in scenario Principal.",
                    sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getPhysicalNumberOfRows(), "the heading and the note");
        }
    }

    /** Name, 2026 … 2029 (columns 1 to 4) and all years (column 16). */
    private static void assertRow(Row row, String name, double y2026, double y2027, double y2028, double y2029,
            double allYears) {
        assertEquals(name, row.getCell(0).getStringCellValue());
        double[] expected = { y2026, y2027, y2028, y2029 };
        for (int c = 1; c <= 4; c++) {
            Cell cell = row.getCell(c);
            assertEquals(expected[c - 1], cell.getNumericCellValue(), 1e-9, name + " in " + (2025 + c));
        }
        assertEquals(allYears, row.getCell(16).getNumericCellValue(), 1e-9, name + " in all years");
    }
}
