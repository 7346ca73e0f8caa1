package cymru.croeso.export.pack;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;

import cymru.croeso.export.pack.BoardPackContent.CostLine;
import cymru.croeso.export.pack.BoardPackContent.Costs;

/**
 * The Costs sheet: what the switched-on strategy actions cost in each year, one row per theme and then one per lead
 * organisation, each block with its total row, and the years across from the first year anything is spent to the
 * last, with every year's sum in a last column. Pounds as the action plan shows them.
 */
final class CostSheet {
    private static final int NAME_WIDTH = 44;
    private static final int YEAR_WIDTH = 11;
    private static final int ALL_YEARS_WIDTH = 13;

    private final PackText text;

    CostSheet(PackText text) {
        this.text = text;
    }

    void write(Costs costs, SheetWriter sheet) {
        sheet.heading(text.format("costs.heading", costs.scenario()));
        int[] span = spentYears(costs);
        if (span == null) {
            sheet.note(text.format("costs.none", costs.scenario()));
            sheet.printSetup();
            return;
        }
        int from = span[0];
        int years = span[1] - span[0] + 1;
        String[] names = new String[years + 2];
        int[] widths = new int[years + 2];
        names[0] = text.get("costs.item");
        widths[0] = NAME_WIDTH;
        for (int y = 0; y < years; y++) {
            names[1 + y] = String.valueOf(costs.firstYear() + from + y);
            widths[1 + y] = YEAR_WIDTH;
        }
        names[years + 1] = text.get("costs.allYears");
        widths[years + 1] = ALL_YEARS_WIDTH;
        int header = sheet.header(names, widths);
        for (int c = 1; c < names.length; c++) {
            sheet.sheet().getRow(header).getCell(c).setCellStyle(sheet.styles().headerRight());
        }
        block(text.get("costs.byTheme"), costs.byTheme(), from, years, sheet);
        sheet.skipRow();
        block(text.get("costs.byLead"), costs.byLead(), from, years, sheet);
        sheet.skipRow();
        sheet.note(text.get("costs.note"));
    }

    private void block(String title, List<CostLine> lines, int from, int years, SheetWriter sheet) {
        PackStyles styles = sheet.styles();
        XSSFRow heading = sheet.newRow();
        for (int c = 0; c < years + 2; c++) {
            sheet.text(heading, c, c == 0 ? title : "", styles.header());
        }
        double[] total = new double[years];
        for (CostLine line : lines) {
            double[] perYear = line.perYear();
            double[] shown = new double[years];
            for (int y = 0; y < years; y++) {
                shown[y] = perYear[from + y];
                total[y] += shown[y];
            }
            XSSFRow row = sheet.newRow();
            sheet.text(row, 0, line.name(), styles.wrapped());
            amounts(sheet, row, shown, styles.money());
        }
        XSSFRow row = sheet.newRow();
        sheet.text(row, 0, text.get("costs.total"), styles.total());
        amounts(sheet, row, total, styles.moneyTotal());
    }

    private static void amounts(SheetWriter sheet, XSSFRow row, double[] values, XSSFCellStyle style) {
        double all = 0;
        for (int y = 0; y < values.length; y++) {
            sheet.number(row, 1 + y, values[y], style);
            all += values[y];
        }
        sheet.number(row, 1 + values.length, all, style);
    }

    /**
     * The first and last year (as offsets from the first year) in which any theme costs anything, or {@code null}
     * when nothing is spent: a board wants the years of the plan, not twenty empty columns either side.
     */
    private static int[] spentYears(Costs costs) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (CostLine line : costs.byTheme()) {
            double[] perYear = line.perYear();
            for (int y = 0; y < perYear.length; y++) {
                if (perYear[y] != 0) {
                    first = Math.min(first, y);
                    last = Math.max(last, y);
                }
            }
        }
        return last < 0 ? null : new int[] { first, last };
    }
}
