package cymru.croeso.export.pack;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;

import cymru.croeso.export.disclosure.ProtectedTable;
import cymru.croeso.export.pack.BoardPackContent.Population;
import cymru.croeso.export.pack.BoardPackContent.PopulationBlock;
import cymru.croeso.export.pack.BoardPackContent.Pyramid;

/** The Population sheet (group × band blocks with totals) and the Pyramid sheet (data and a native chart). */
final class PopulationSheets {
    private final PackText text;
    private final DisclosureTally tally;

    PopulationSheets(PackText text, DisclosureTally tally) {
        this.text = text;
        this.tally = tally;
    }

    void population(Population population, SheetWriter sheet) {
        List<String> bands = population.bands();
        int columns = 3 + bands.size() + 1;
        String[] names = new String[columns];
        int[] widths = new int[columns];
        names[0] = text.get("population.area");
        names[1] = text.get("population.year");
        names[2] = text.get("population.group");
        widths[0] = 22;
        widths[1] = 7;
        widths[2] = 26;
        for (int b = 0; b < bands.size(); b++) {
            names[3 + b] = bands.get(b);
            widths[3 + b] = 8;
        }
        names[columns - 1] = text.get("population.total");
        widths[columns - 1] = 10;
        sheet.heading(text.get("population.heading"));
        sheet.header(names, widths);
        PackStyles styles = sheet.styles();
        for (PopulationBlock block : population.blocks()) {
            ProtectedTable t = tally.protect(block.persons());
            for (int g = 0; g <= block.groups().size(); g++) {
                boolean totals = g == block.groups().size();
                XSSFRow row = sheet.newRow();
                sheet.text(row, 0, block.area());
                sheet.number(row, 1, block.year(), styles.year());
                sheet.text(row, 2, totals ? text.get("population.allGroups") : block.groups().get(g));
                for (int b = 0; b <= bands.size(); b++) {
                    sheet.count(row, 3 + b, t, g, b, totals || b == bands.size() ? styles.total() : styles.integer());
                }
            }
        }
        sheet.skipRow();
        sheet.note(tally.footnote(text));
    }

    /**
     * Rows by band (youngest first, which a bar chart draws at the bottom): band, males, females, total, and males
     * again as negative numbers for the chart to extend left.
     */
    void pyramid(Pyramid pyramid, SheetWriter sheet) {
        sheet.heading(text.get("pyramid.heading") + ": " + pyramid.caption());
        int header = sheet.header(new String[] { text.get("pyramid.band"), text.get("pyramid.males"),
                text.get("pyramid.females"), text.get("pyramid.total"), text.get("pyramid.chartMales") },
                new int[] { 12, 10, 10, 10, 14 });
        PackStyles styles = sheet.styles();
        ProtectedTable t = tally.protect(new double[][] { pyramid.males(), pyramid.females() });
        int bands = pyramid.bands().size();
        int first = sheet.nextRow();
        for (int b = 0; b <= bands; b++) {
            boolean totals = b == bands;
            XSSFRow row = sheet.newRow();
            sheet.text(row, 0, totals ? text.get("pyramid.total") : pyramid.bands().get(b));
            for (int s = 0; s <= 2; s++) {
                sheet.count(row, 1 + s, t, s, b, totals || s == 2 ? styles.total() : styles.integer());
            }
            if (!totals && !t.suppressed(0, b)) {
                sheet.number(row, 4, -t.value(0, b), styles.integer());
            }
        }
        sheet.skipRow();
        sheet.note(tally.footnote(text));
        NativeCharts.pyramid(sheet.sheet(), text.get("pyramid.heading") + ": " + pyramid.caption(), header, first,
                first + bands - 1, 4, 2, 6);
    }
}
