package cymru.croeso.export.pack;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;

import cymru.croeso.export.disclosure.ProtectedTable;
import cymru.croeso.export.pack.BoardPackContent.ServiceTable;
import cymru.croeso.export.pack.BoardPackContent.ServiceYear;

/** One service's sheet: demand against capacity by year, spare capacity, and a native bar-and-line chart. */
final class ServiceSheet {
    private final PackText text;
    private final DisclosureTally tally;

    ServiceSheet(PackText text, DisclosureTally tally) {
        this.text = text;
        this.tally = tally;
    }

    void write(ServiceTable service, SheetWriter sheet) {
        String key = "service." + service.service().name();
        sheet.heading(text.get(key + ".heading"));
        int header = sheet.header(new String[] { text.get("service.year"), text.get(key + ".demand"),
                text.get(key + ".capacity"), text.get("service.shortfall") }, new int[] { 8, 14, 14, 18 });
        List<ServiceYear> years = service.years();
        double[] demand = new double[years.size()];
        for (int i = 0; i < demand.length; i++) {
            demand[i] = years.get(i).demand();
        }
        // demand counts people; capacity counts places, which identify nobody
        ProtectedTable t = tally.protectAlone(demand);
        PackStyles styles = sheet.styles();
        int first = sheet.nextRow();
        for (int i = 0; i < years.size(); i++) {
            ServiceYear y = years.get(i);
            XSSFRow row = sheet.newRow();
            sheet.number(row, 0, y.year(), styles.year());
            sheet.count(row, 1, t, 0, i, styles.integer());
            sheet.number(row, 2, Math.round(y.capacity()), styles.integer());
            if (t.suppressed(0, i)) {
                sheet.text(row, 3, SheetWriter.SUPPRESSED, styles.suppressed());
            } else {
                sheet.number(row, 3, Math.round(y.capacity()) - t.value(0, i), styles.integer());
            }
        }
        int last = Math.max(first, sheet.nextRow() - 1);
        sheet.skipRow();
        sheet.note(tally.footnote(text));
        NativeCharts.demandAgainstCapacity(sheet.sheet(), text.get(key + ".heading"), text.get("service.year"), header,
                first, last, 5);
    }
}
