package cymru.croeso.export.pack;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The handful of cell styles the board pack uses, made once per workbook (Excel limits a workbook's styles). */
final class PackStyles {
    private final XSSFWorkbook workbook;
    private final XSSFCellStyle heading;
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle wrapped;
    private final XSSFCellStyle note;
    private final XSSFCellStyle integer;
    private final XSSFCellStyle total;
    private final XSSFCellStyle decimal;
    private final XSSFCellStyle percent;
    private final XSSFCellStyle money;
    private final XSSFCellStyle date;
    private final XSSFCellStyle year;
    private final XSSFCellStyle suppressed;
    private final XSSFCellStyle moneyTotal;
    private final XSSFCellStyle headerRight;
    private final Map<XSSFCellStyle, XSSFCellStyle> quoted = new HashMap<>();

    PackStyles(XSSFWorkbook workbook, java.util.Locale locale) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        XSSFFont small = workbook.createFont();
        small.setItalic(true);
        small.setFontHeightInPoints((short) 9);

        heading = workbook.createCellStyle();
        heading.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        note = workbook.createCellStyle();
        note.setFont(small);
        integer = numeric("#,##0");
        total = numeric("#,##0");
        total.setFont(bold);
        total.setBorderTop(BorderStyle.THIN);
        decimal = numeric("#,##0.0");
        percent = numeric("0.0%");
        money = numeric("\u00a3#,##0");
        // the locale code makes Excel name the month in the pack's language: 0x452 Welsh, 0x809 English (UK)
        date = numeric("cy".equals(locale.getLanguage()) ? "[$-452]d mmmm yyyy" : "[$-809]d mmmm yyyy");
        date.setAlignment(HorizontalAlignment.LEFT);
        year = numeric("0");
        suppressed = workbook.createCellStyle();
        suppressed.setAlignment(HorizontalAlignment.RIGHT);
        moneyTotal = numeric("\u00a3#,##0");
        moneyTotal.setFont(bold);
        moneyTotal.setBorderTop(BorderStyle.THIN);
        headerRight = workbook.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
    }

    private XSSFCellStyle numeric(String format) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    /** The same look with Excel's quote prefix, which keeps formula-like text as text when edited. */
    XSSFCellStyle quoted(XSSFCellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(b);
            s.setQuotePrefixed(true);
            return s;
        });
    }

    XSSFCellStyle heading() { return heading; }
    XSSFCellStyle header() { return header; }
    XSSFCellStyle text() { return text; }
    XSSFCellStyle wrapped() { return wrapped; }
    XSSFCellStyle note() { return note; }
    XSSFCellStyle integer() { return integer; }
    XSSFCellStyle total() { return total; }
    XSSFCellStyle decimal() { return decimal; }
    XSSFCellStyle percent() { return percent; }
    XSSFCellStyle money() { return money; }
    XSSFCellStyle date() { return date; }
    XSSFCellStyle year() { return year; }
    XSSFCellStyle suppressed() { return suppressed; }
    XSSFCellStyle moneyTotal() { return moneyTotal; }
    /** The header over a column of amounts, aligned with them. */
    XSSFCellStyle headerRight() { return headerRight; }
}
