package cymru.croeso.export.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;

import cymru.croeso.export.chart.BandPyramidChart;
import cymru.croeso.export.chart.ChartFiles;
import cymru.croeso.export.chart.ChartFormat;
import cymru.croeso.export.chart.DemandCapacityChart;
import cymru.croeso.export.disclosure.DisclosureControl;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.export.disclosure.ProtectedTable;
import cymru.croeso.export.pack.BoardPackContent.Pyramid;
import cymru.croeso.export.pack.BoardPackContent.ServiceTable;

/**
 * The headless entry point the CLI and the UI call: writes the board pack workbook and, if asked, the same charts as
 * files, with the same disclosure control applied to both.
 *
 * @param language        {@code en} or {@code cy}
 * @param rule            the disclosure control to apply
 * @param workbook        the .xlsx to write
 * @param chartDirectory  where chart files go, or {@code null} for none
 * @param formats         the chart formats to write (ignored without a directory)
 */
public record BoardPackExport(String language, DisclosureRule rule, Path workbook, Path chartDirectory,
        Set<ChartFormat> formats) {

    public BoardPackExport {
        if (!"en".equals(language) && !"cy".equals(language)) {
            throw new IllegalArgumentException("unknown language '" + language + "': use en (English) or cy (Welsh)");
        }
        formats = formats == null ? Set.of() : Set.copyOf(formats);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Writes everything and returns the files written, workbook first. */
    public List<Path> run(BoardPackContent content) throws IOException {
        List<Path> written = new ArrayList<>();
        if (workbook.getParent() != null) {
            Files.createDirectories(workbook.getParent());
        }
        new BoardPackWriter(locale(), rule).write(content, workbook);
        written.add(workbook);
        if (chartDirectory != null && !formats.isEmpty()) {
            Files.createDirectories(chartDirectory);
            for (NamedChart c : charts(content)) {
                for (ChartFormat format : formats) {
                    Path file = chartDirectory.resolve(c.name() + "." + format.extension());
                    ChartFiles.write(c.chart(), format, file);
                    written.add(file);
                }
            }
        }
        return written;
    }

    private record NamedChart(String name, JFreeChart chart) {
    }

    private List<NamedChart> charts(BoardPackContent content) {
        PackText text = new PackText(locale());
        DisclosureControl control = new DisclosureControl(rule);
        String source = text.format("chart.source", String.join("; ", content.provenance()));
        List<NamedChart> out = new ArrayList<>();
        Pyramid p = content.pyramid();
        if (p != null) {
            ProtectedTable t = control.protect(new double[][] { p.males(), p.females() });
            Double[] males = shown(t, 0, p.bands().size());
            Double[] females = shown(t, 1, p.bands().size());
            out.add(new NamedChart("pyramid", BandPyramidChart.create(text.get("pyramid.heading") + ": " + p.caption(),
                    p.bands(), males, females, withSuppression(source, text, males, females), locale())));
        }
        for (ServiceTable s : content.services()) {
            int n = s.years().size();
            int[] years = new int[n];
            double[] demand = new double[n];
            double[] capacity = new double[n];
            for (int i = 0; i < n; i++) {
                years[i] = s.years().get(i).year();
                demand[i] = s.years().get(i).demand();
                capacity[i] = Math.round(s.years().get(i).capacity());
            }
            String key = "service." + s.service().name();
            Double[] shownDemand = shown(control.protectAlone(demand), 0, n);
            out.add(new NamedChart(s.service().name().toLowerCase(Locale.ROOT),
                    DemandCapacityChart.create(text.get(key + ".heading"), text.get(key + ".demand"),
                            text.get(key + ".capacity"), years, shownDemand, capacity,
                            withSuppression(source, text, shownDemand), locale())));
        }
        return out;
    }

    /** The source line, saying so when bars are missing because their counts are suppressed. */
    private static String withSuppression(String source, PackText text, Double[]... series) {
        for (Double[] values : series) {
            for (Double v : values) {
                if (v == null) {
                    return source + " " + text.get("chart.suppressed");
                }
            }
        }
        return source;
    }

    /** A protected row as chart values: suppressed counts are left out of the drawing, not drawn as zero. */
    private static Double[] shown(ProtectedTable t, int row, int n) {
        Double[] out = new Double[n];
        for (int i = 0; i < n; i++) {
            out[i] = t.suppressed(row, i) ? null : (double) t.value(row, i);
        }
        return out;
    }
}
