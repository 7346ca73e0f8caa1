package cymru.croeso.export.pack;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

import cymru.croeso.export.pack.BoardPackContent.Rag;

/**
 * Colours a status column red, amber or green by the word in each cell (conditional formatting, so the colour
 * follows when an officer updates a status in Excel). Bold text keeps the word legible in greyscale.
 */
final class RagFormatting {
    private static final byte[][] FILLS = { { (byte) 0xf4, (byte) 0xb6, (byte) 0xb0 },
            { (byte) 0xfc, (byte) 0xe2, (byte) 0x9f }, { (byte) 0xb9, (byte) 0xe0, (byte) 0xb4 } };

    private RagFormatting() {
    }

    static void apply(XSSFSheet sheet, int column, int firstRow, int lastRow, PackText text) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = { new CellRangeAddress(firstRow, lastRow, column, column) };
        for (Rag rag : Rag.values()) {
            String word = text.get("rag." + rag.name()).replace("\"", "\"\"");
            XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + word + "\"");
            rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(FILLS[rag.ordinal()]));
            rule.createFontFormatting().setFontStyle(false, true);
            formatting.addConditionalFormatting(range, rule);
        }
    }
}
