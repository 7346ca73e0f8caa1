package cymru.croeso.export.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cymru.croeso.export.disclosure.DisclosureControl;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.export.disclosure.ProtectedTable;
import cymru.croeso.export.pack.BoardPackContent.Action;
import cymru.croeso.export.pack.BoardPackContent.Comparison;
import cymru.croeso.export.pack.BoardPackContent.Headline;
import cymru.croeso.export.pack.BoardPackContent.Indicator;

/**
 * Writes a board pack workbook (.xlsx) in English or Welsh: cover, summary, population, pyramid, the four services,
 * action plan, the actions' costs, indicators and, with several scenarios, their comparison. Every count passes
 * disclosure control.
 */
public final class BoardPackWriter {
    /** The author recorded in the workbook's properties. */
    public static final String AUTHOR = "Croeso";

    private final Locale locale;
    private final DisclosureRule rule;

    public BoardPackWriter(Locale locale, DisclosureRule rule) {
        this.locale = locale;
        this.rule = rule;
    }

    public void write(BoardPackContent content, Path file) throws IOException {
        try (XSSFWorkbook workbook = build(content); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** The workbook in memory, for callers that stream it elsewhere. */
    public XSSFWorkbook build(BoardPackContent content) {
        PackText text = new PackText(locale);
        XSSFWorkbook workbook = new XSSFWorkbook();
        PackStyles styles = new PackStyles(workbook, locale);
        DisclosureTally tally = new DisclosureTally(new DisclosureControl(rule));
        CoverSheet cover = new CoverSheet(new SheetWriter(workbook.createSheet(text.get("sheet.cover")), styles), text);
        cover.write(content);
        summary(content, new SheetWriter(workbook.createSheet(text.get("sheet.summary")), styles), text, tally);
        new PopulationSheets(text, tally).population(content.population(),
                new SheetWriter(workbook.createSheet(text.get("sheet.population")), styles));
        if (content.pyramid() != null) {
            new PopulationSheets(text, tally).pyramid(content.pyramid(),
                    new SheetWriter(workbook.createSheet(text.get("sheet.pyramid")), styles));
        }
        for (BoardPackContent.ServiceTable service : content.services()) {
            String name = text.get("sheet." + service.service().name());
            new ServiceSheet(text, tally).write(service, new SheetWriter(workbook.createSheet(name), styles));
        }
        actions(content.actions(), new SheetWriter(workbook.createSheet(text.get("sheet.actions")), styles), text);
        if (content.costs() != null) {
            new CostSheet(text).write(content.costs(), new SheetWriter(workbook.createSheet(text.get("sheet.costs")),
                    styles));
        }
        indicators(content.indicators(), new SheetWriter(workbook.createSheet(text.get("sheet.indicators")), styles),
                text);
        if (content.scenarios().size() > 1) {
            comparison(content, new SheetWriter(workbook.createSheet(text.get("sheet.comparison")), styles), text,
                    tally);
        }
        cover.disclosure(tally.describe(text));
        properties(workbook, content, text);
        return workbook;
    }

    private static void properties(XSSFWorkbook workbook, BoardPackContent content, PackText text) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(content.title());
        core.setCreator(AUTHOR);
        core.setSubjectProperty(text.get("subject"));
        core.setDescription(String.join(", ", content.areas()) + " \u2013 " + String.join(", ", content.scenarios()));
    }

    private static void summary(BoardPackContent content, SheetWriter sheet, PackText text, DisclosureTally tally) {
        sheet.heading(text.get("summary.heading"));
        sheet.header(new String[] { text.get("summary.measure"), String.valueOf(content.baseYear()),
                String.valueOf(content.horizonYear()), text.get("summary.change"), text.get("summary.changePercent") },
                new int[] { 48, 14, 14, 14, 12 });
        PackStyles styles = sheet.styles();
        for (Headline h : content.headlines()) {
            XSSFRow row = sheet.newRow();
            sheet.text(row, 0, h.measure());
            if (!h.count()) {
                sheet.number(row, 1, h.base(), styles.decimal());
                sheet.number(row, 2, h.horizon(), styles.decimal());
                change(sheet, row, h.base(), h.horizon(), styles.decimal());
                continue;
            }
            ProtectedTable t = tally.protectAlone(new double[] { h.base(), h.horizon() });
            sheet.count(row, 1, t, 0, 0, styles.integer());
            sheet.count(row, 2, t, 0, 1, styles.integer());
            if (t.suppressed(0, 0) || t.suppressed(0, 1)) {
                // a change would give a suppressed figure away
                sheet.text(row, 3, SheetWriter.SUPPRESSED, styles.suppressed());
                sheet.text(row, 4, SheetWriter.SUPPRESSED, styles.suppressed());
            } else {
                change(sheet, row, t.value(0, 0), t.value(0, 1), styles.integer());
            }
        }
        sheet.skipRow();
        sheet.note(tally.footnote(text));
    }

    private static void change(SheetWriter sheet, XSSFRow row, double base, double horizon,
            org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
        sheet.number(row, 3, horizon - base, style);
        if (base != 0) {
            sheet.number(row, 4, (horizon - base) / base, sheet.styles().percent());
        }
    }

    private static void actions(List<Action> actions, SheetWriter sheet, PackText text) {
        sheet.heading(text.get("actions.heading"));
        int header = sheet.header(new String[] { text.get("actions.action"), text.get("actions.lead"),
                text.get("actions.partners"), text.get("actions.start"), text.get("actions.due"),
                text.get("actions.cost"), text.get("actions.status") }, new int[] { 50, 24, 36, 13, 13, 12, 10 });
        PackStyles styles = sheet.styles();
        for (Action a : actions) {
            XSSFRow row = sheet.newRow();
            sheet.text(row, 0, a.action(), styles.wrapped());
            sheet.text(row, 1, a.lead(), styles.wrapped());
            sheet.text(row, 2, a.partners(), styles.wrapped());
            date(sheet, row, 3, a.start());
            date(sheet, row, 4, a.due());
            sheet.number(row, 5, a.cost(), styles.money());
            sheet.text(row, 6, text.get("rag." + a.status().name()));
        }
        RagFormatting.apply(sheet.sheet(), 6, header + 1, Math.max(header + 1, sheet.nextRow() - 1), text);
    }

    private static void date(SheetWriter sheet, XSSFRow row, int column, java.time.LocalDate date) {
        if (date != null) {
            row.createCell(column).setCellValue(date);
            row.getCell(column).setCellStyle(sheet.styles().date());
        }
    }

    private static void indicators(List<Indicator> indicators, SheetWriter sheet, PackText text) {
        sheet.heading(text.get("indicators.heading"));
        int header = sheet.header(new String[] { text.get("indicators.indicator"), text.get("indicators.unit"),
                text.get("indicators.migrants"), text.get("indicators.ukBorn"), text.get("indicators.gap"),
                text.get("indicators.target"), text.get("indicators.status") }, new int[] { 48, 12, 12, 12, 16, 12, 10 });
        PackStyles styles = sheet.styles();
        for (Indicator i : indicators) {
            XSSFRow row = sheet.newRow();
            sheet.text(row, 0, i.indicator(), styles.wrapped());
            sheet.text(row, 1, i.unit());
            sheet.number(row, 2, i.migrants(), styles.decimal());
            sheet.number(row, 3, i.ukBorn(), styles.decimal());
            sheet.number(row, 4, i.gap(), styles.decimal());
            sheet.number(row, 5, i.target(), styles.decimal());
            sheet.text(row, 6, text.get("rag." + i.status().name()));
        }
        RagFormatting.apply(sheet.sheet(), 6, header + 1, Math.max(header + 1, sheet.nextRow() - 1), text);
    }

    private static void comparison(BoardPackContent content, SheetWriter sheet, PackText text, DisclosureTally tally) {
        List<String> scenarios = content.scenarios();
        int n = scenarios.size();
        String[] names = new String[2 * n];
        int[] widths = new int[2 * n];
        names[0] = text.get("comparison.measure");
        widths[0] = 48;
        for (int s = 0; s < n; s++) {
            names[1 + s] = scenarios.get(s);
            widths[1 + s] = 16;
        }
        for (int s = 1; s < n; s++) {
            names[n + s] = text.format("comparison.difference", scenarios.get(0));
            widths[n + s] = 18;
        }
        sheet.heading(text.get("comparison.heading"));
        sheet.header(names, widths);
        PackStyles styles = sheet.styles();
        for (Comparison c : content.comparison()) {
            XSSFRow row = sheet.newRow();
            sheet.text(row, 0, c.measure());
            double[] v = c.values();
            ProtectedTable t = c.count() ? tally.protectAlone(v) : null;
            for (int s = 0; s < n && s < v.length; s++) {
                if (t != null) {
                    sheet.count(row, 1 + s, t, 0, s, styles.integer());
                } else {
                    sheet.number(row, 1 + s, v[s], styles.decimal());
                }
            }
            for (int s = 1; s < n && s < v.length; s++) {
                if (t == null) {
                    sheet.number(row, n + s, v[s] - v[0], styles.decimal());
                } else if (t.suppressed(0, 0) || t.suppressed(0, s)) {
                    sheet.text(row, n + s, SheetWriter.SUPPRESSED, styles.suppressed());
                } else {
                    sheet.number(row, n + s, t.value(0, s) - t.value(0, 0), styles.integer());
                }
            }
        }
        sheet.skipRow();
        sheet.note(tally.footnote(text));
    }
}
