package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The same layouts saved as {@code .xlsx} read to the same tables; a zip bomb is refused with a message. */
class XlsxReaderTest {

    /** Writes a CSV file's cells into the first sheet of a workbook, numbers as numbers, as Excel would hold them. */
    static byte[] toXlsx(String csv, String sheetName) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            RawTable raw = DelimitedTextParser.parse("x.csv", csv.getBytes(StandardCharsets.UTF_8));
            write(sheet.createRow(0), raw.header().toArray(String[]::new));
            int r = 1;
            for (RawTable.RawRecord rec : raw.records()) {
                write(sheet.createRow(r++), rec.fields());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Row row, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (f.matches("-?\\d+(\\.\\d+)?")) {
                row.createCell(i).setCellValue(Double.parseDouble(f));
            } else {
                row.createCell(i).setCellValue(f);
            }
        }
    }

    @Test
    void bristolPopulationAsXlsxEqualsTheCsv() throws Exception {
        byte[] csv = TestFiles.resource(TestFiles.BRISTOL_POPN);
        LongTable fromCsv = LongTableReader.read("p.csv", csv);
        LongTable fromXlsx = LongTableReader.read("p.xlsx", toXlsx(new String(csv, StandardCharsets.UTF_8), "Popn"));
        assertEquals(fromCsv.rows(), fromXlsx.rows());
        assertEquals(5_790_064, fromXlsx.total()); // the awk total of the CSV (LongTableReaderTest)
        assertEquals("Excel workbook, sheet 'Popn'", fromXlsx.mapping().format());
    }

    @Test
    void nomisCodesAndDecimalsInXlsx() throws Exception {
        byte[] births = TestFiles.resource(TestFiles.BRISTOL_BIRTHS);
        LongTable t = LongTableReader.read("b.xlsx", toXlsx(new String(births, StandardCharsets.UTF_8), "B"));
        assertEquals(6_587.896, t.total(), 1e-9);
        String nomis = "GEOGRAPHY_CODE,GENDER,C_AGE,OBS_VALUE\nW06000015,1,101,2538\nW06000015,2,101,2411\n";
        LongTable n = LongTableReader.read("n.xlsx", toXlsx(nomis, "Nomis"));
        assertEquals(List.of(new TableRow("W06000015", Sex.M, 0, 0, 2538), new TableRow("W06000015", Sex.F, 0, 0,
                2411)), n.rows());
    }

    @Test
    void wideTableAsXlsx() throws Exception {
        byte[] csv = TestFiles.resource(TestFiles.WALES_HOUSEHOLDS);
        StatisticalTable t = TableFileReader.read("hh.xlsx", toXlsx(new String(csv, StandardCharsets.UTF_8), "hh"));
        assertEquals(TableLayout.STATSWALES_WIDE, t.layout());
        assertEquals(7_436, t.size());
        assertEquals(73_105_539.226811, t.total(), 1e-5); // the Python total (WideTableReaderTest)
    }

    @Test
    void problemsNameTheExcelRow() throws Exception {
        String csv = TestFiles.small(",", "\n").replace("W06000015,M,1,2020,10", "W06000015,M,1,2020,-10");
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> LongTableReader.read("s.xlsx", toXlsx(csv, "S")));
        assertEquals("s.xlsx:3:Popn: the value -10 is negative; counts cannot be below 0", e.getMessage());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] good = toXlsx(TestFiles.small(",", "\n"), "S");
        // 50 MB of spaces inside the sheet's XML deflate to ~50 kB: a ratio near 0.001, under POI's 0.01 floor.
        byte[] bomb = rewriteSheet(good, " ".repeat(50 * 1024 * 1024));
        TableFormatException e = assertThrows(TableFormatException.class, () -> LongTableReader.read("b.xlsx", bomb));
        assertTrue(e.getMessage().startsWith("b.xlsx: cannot read it as an Excel .xlsx workbook ("), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb"), e.getMessage());
    }

    @Test
    void damagedWorkbookIsAMessage() throws Exception {
        byte[] good = toXlsx(TestFiles.small(",", "\n"), "S");
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        TableFormatException e = assertThrows(TableFormatException.class, () -> LongTableReader.read("c.xlsx", cut));
        assertTrue(e.getMessage().startsWith("c.xlsx: cannot read it as an Excel .xlsx workbook ("), e.getMessage());
    }

    private static byte[] rewriteSheet(byte[] xlsx, String padding) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("</worksheet>", padding
                            + "</worksheet>").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
