package cymru.croeso.export.pack;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cymru.croeso.export.disclosure.ProtectedTable;

/**
 * Writes one sheet of the board pack row by row: a heading, a header row that is frozen and repeated on every
 * printed page, data cells in the pack's styles, and notes underneath. All text goes through {@link #text} so that a
 * name such as {@code =HYPERLINK(…)} stays text.
 */
final class SheetWriter {
    /** The shown value of a suppressed count. */
    static final String SUPPRESSED = "c";

    private final XSSFSheet sheet;
    private final PackStyles styles;
    private int nextRow;

    SheetWriter(XSSFSheet sheet, PackStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    PackStyles styles() {
        return styles;
    }

    int nextRow() {
        return nextRow;
    }

    /** The sheet's title in row 1 and a blank row 2. */
    void heading(String title) {
        text(row(nextRow++), 0, title, styles.heading());
        nextRow++;
    }

    /**
     * The header row: frozen, repeated when printing, and the sheet set up for landscape A4 one page wide.
     * {@code widths} in characters, one per column.
     */
    int header(String[] names, int[] widths) {
        int r = nextRow++;
        XSSFRow row = row(r);
        int lines = 1;
        for (int c = 0; c < names.length; c++) {
            text(row, c, names[c], styles.header());
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
            lines = Math.max(lines, (names[c].length() + widths[c] - 2) / Math.max(1, widths[c] - 1));
        }
        // wrapped headings need the height for their lines: Excel and LibreOffice do not grow a row on their own
        row.setHeightInPoints(Math.min(4, lines) * 13f + 2f);
        sheet.createFreezePane(0, r + 1);
        sheet.setRepeatingRows(new CellRangeAddress(r, r, -1, -1));
        printSetup();
        return r;
    }

    void printSetup() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        // 0: as many pages tall as needed
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
    }

    XSSFRow newRow() {
        return row(nextRow++);
    }

    void skipRow() {
        nextRow++;
    }

    /** A note under the table, in the note style. */
    void note(String text) {
        text(row(nextRow++), 0, text, styles.note());
    }

    private XSSFRow row(int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    /**
     * Text is always a string cell; text that a spreadsheet would read as a formula (leading =, +, - or @) also
     * gets a quote-prefixed style, so that editing the cell in Excel does not turn it into one either.
     */
    XSSFCell text(XSSFRow row, int column, String text, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        cell.setCellStyle(formulaLike(value) ? styles.quoted(style) : style);
        return cell;
    }

    XSSFCell text(XSSFRow row, int column, String text) {
        return text(row, column, text, styles.text());
    }

    static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    XSSFCell number(XSSFRow row, int column, double value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A protected count: its published value, or {@code c} when suppressed. */
    Cell count(XSSFRow row, int column, ProtectedTable table, int r, int c, XSSFCellStyle style) {
        if (table.suppressed(r, c)) {
            return text(row, column, SUPPRESSED, styles.suppressed());
        }
        return number(row, column, table.value(r, c), style);
    }
}
