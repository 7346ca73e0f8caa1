package cymru.croeso.data.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an {@code .xlsx} workbook as a {@link RawTable}, guarded against zip bombs. */
final class XlsxSheetParser {
    /**
     * Smallest compressed/uncompressed ratio accepted for any part of the workbook: POI's own default (1%), set
     * here explicitly because these limits are JVM-wide and another bundle could have loosened them.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed part: a 71,162-row Nomis sheet is about 5 MB of XML, so 64 MB leaves ample room. */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private XlsxSheetParser() {
    }

    static RawTable parse(String fileName, byte[] content) throws TableFormatException {
        Problems problems = new Problems(fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw problems.fatalFile(TableMessages.get("xlsx.noSheets"));
            }
            return read(fileName, workbook.getSheetAt(0), problems);
        } catch (IOException | RuntimeException e) {
            // POI reports zip bombs, damaged archives and non-workbook zips as IOException or unchecked exceptions.
            throw problems.fatalFile(TableMessages.format("xlsx.unreadable", reason(e)));
        }
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        String first = m.strip().lines().findFirst().orElse(m);
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }

    private static RawTable read(String fileName, Sheet sheet, Problems problems) throws TableFormatException {
        List<String> header = null;
        int headerRow = 0;
        List<RawTable.RawRecord> records = new ArrayList<>();
        for (Row row : sheet) {
            String[] fields = fields(row);
            if (Arrays.stream(fields).allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                int width = fields.length;
                while (width > 0 && fields[width - 1].isBlank()) {
                    width--;
                }
                header = Arrays.stream(fields, 0, width).map(String::trim).toList();
                headerRow = row.getRowNum() + 1;
            } else {
                records.add(new RawTable.RawRecord(row.getRowNum() + 1, fit(fields, header.size())));
            }
        }
        if (header == null) {
            throw problems.fatalFile(TableMessages.format("xlsx.emptySheet", sheet.getSheetName()));
        }
        return new RawTable(fileName, FileFormat.excel(sheet.getSheetName()), header, headerRow,
                records);
    }

    /** Excel does not store empty trailing cells: pad to the header's width, and drop blank cells past it. */
    private static String[] fit(String[] fields, int width) {
        int end = fields.length;
        while (end > width && fields[end - 1].isBlank()) {
            end--;
        }
        String[] out = Arrays.copyOf(fields, Math.max(end, width));
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = "";
            }
        }
        return out;
    }

    private static String[] fields(Row row) {
        int width = Math.max(row.getLastCellNum(), 0);
        String[] out = new String[width];
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            out[i] = cell == null ? "" : text(cell);
        }
        return out;
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** Whole numbers without ".0" so codes such as Nomis's GENDER 1 and C_AGE 101 read as they do in text files. */
    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
