package cymru.croeso.export.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cymru.croeso.export.chart.ChartFormat;
import cymru.croeso.export.disclosure.DisclosureRule;

class BoardPackExportTest {
    @Test
    void writesTheWelshWorkbookAndEveryChartInEveryFormat() throws Exception {
        Path dir = Path.of("target", "board-pack-export-test");
        BoardPackExport export = new BoardPackExport("cy", DisclosureRule.DEFAULT, dir.resolve("pecyn.xlsx"),
                dir.resolve("siartiau"), EnumSet.allOf(ChartFormat.class));
        List<Path> written = export.run(SampleContent.of(1, List.of("Canolog")));
        // the workbook, then pyramid + 4 services in 3 formats
        assertEquals(1 + 5 * 3, written.size());
        assertEquals(dir.resolve("pecyn.xlsx"), written.get(0));
        assertTrue(written.contains(dir.resolve("siartiau").resolve("esol.png")));
        for (Path p : written) {
            assertTrue(Files.size(p) > 1000, p + " is empty");
        }
        try (InputStream in = Files.newInputStream(written.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Clawr", wb.getSheetName(0));
        }
        String svg = Files.readString(dir.resolve("siartiau").resolve("schools.svg"));
        assertTrue(svg.contains("Ysgolion: disgyblion"), "chart titles follow the pack's language");
        assertTrue(svg.contains("Ffynhonnell: ONS mid-year"));
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BoardPackExport("fr", DisclosureRule.DEFAULT, Path.of("x.xlsx"), null, null));
        assertEquals("unknown language 'fr': use en (English) or cy (Welsh)", e.getMessage());
    }
}
