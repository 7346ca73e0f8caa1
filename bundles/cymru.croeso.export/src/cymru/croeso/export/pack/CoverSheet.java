package cymru.croeso.export.pack;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;

/** The pack's first sheet: what it covers, where its figures come from, and how they were protected. */
final class CoverSheet {
    /** Characters that fit on one line of the value column (110 characters wide), with a margin for wide letters. */
    private static final int CHARACTERS_PER_LINE = 95;
    private final SheetWriter sheet;
    private final PackText text;
    private int disclosureRow = -1;

    CoverSheet(SheetWriter sheet, PackText text) {
        this.sheet = sheet;
        this.text = text;
    }

    void write(BoardPackContent content) {
        sheet.heading(content.title());
        sheet.sheet().setColumnWidth(0, 30 * 256);
        sheet.sheet().setColumnWidth(1, 110 * 256);
        sheet.printSetup();
        line(text.get("cover.title"), content.title());
        line(text.get(content.areas().size() == 1 ? "cover.area" : "cover.areas"), String.join(", ", content.areas()));
        line(text.get(content.scenarios().size() == 1 ? "cover.scenario" : "cover.scenarios"),
                String.join(", ", content.scenarios()));
        XSSFRow date = sheet.newRow();
        sheet.text(date, 0, text.get("cover.date"), sheet.styles().header());
        date.createCell(1).setCellValue(content.date());
        date.getCell(1).setCellStyle(sheet.styles().date());
        sheet.skipRow();
        list(text.get("cover.provenance"), content.provenance());
        list(text.get("cover.assumptions"), content.assumptions());
        XSSFRow disclosure = sheet.newRow();
        sheet.text(disclosure, 0, text.get("cover.disclosure"), sheet.styles().header());
        disclosureRow = disclosure.getRowNum();
        sheet.skipRow();
        sheet.note(text.get("cover.producedBy"));
    }

    /** Filled in last, once every count has been protected and the tally is known. */
    void disclosure(String description) {
        sheet.text(sheet.sheet().getRow(disclosureRow), 1, description, sheet.styles().wrapped());
        sheet.sheet().getRow(disclosureRow).setHeightInPoints(4 * 15f);
    }

    private void line(String label, String value) {
        XSSFRow row = sheet.newRow();
        sheet.text(row, 0, label, sheet.styles().header());
        sheet.text(row, 1, value, sheet.styles().wrapped());
        fitHeight(row, value);
    }

    // Excel and LibreOffice do not grow a row for wrapped text written by POI: give it the lines it needs
    private static void fitHeight(XSSFRow row, String value) {
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + CHARACTERS_PER_LINE - 1) / CHARACTERS_PER_LINE);
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * 13f + 2f);
        }
    }

    private void list(String label, List<String> lines) {
        XSSFRow first = sheet.newRow();
        sheet.text(first, 0, label, sheet.styles().header());
        for (int i = 0; i < lines.size(); i++) {
            XSSFRow row = i == 0 ? first : sheet.newRow();
            sheet.text(row, 1, lines.get(i), sheet.styles().wrapped());
            fitHeight(row, lines.get(i));
        }
        sheet.skipRow();
    }
}
