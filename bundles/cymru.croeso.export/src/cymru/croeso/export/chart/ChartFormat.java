package cymru.croeso.export.chart;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The chart file formats offered: PNG at 300 dpi for documents, SVG for the web, PDF for print. */
public enum ChartFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a list such as {@code png,svg,pdf} (as given to {@code --formats}).
     *
     * @throws IllegalArgumentException naming the unknown format and the ones allowed
     */
    public static Set<ChartFormat> parseList(String list) {
        Set<ChartFormat> out = EnumSet.noneOf(ChartFormat.class);
        for (String part : list.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(valueOf(p.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown chart format '" + p + "': use png, svg or pdf, separated by commas", e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no chart format given: use png, svg or pdf, separated by commas");
        }
        return out;
    }
}
