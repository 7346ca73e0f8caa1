package cymru.croeso.core.scenario;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a scenario comparison as CSV (RFC 4180, comma-separated, a header line, "\n" line ends) with the columns:
 * <ol>
 * <li>{@code scenario}: the scenario's id;</li>
 * <li>{@code area}: the area's code, e.g. W06000015;</li>
 * <li>{@code group}: the population group's id, e.g. refugees;</li>
 * <li>{@code age_band}: the band as "16-64", or "65+" for an open band;</li>
 * <li>{@code year}: the mid-year;</li>
 * <li>{@code population}: people of the area, group and band, both sexes, unrounded;</li>
 * <li>{@code difference}: that minus the first scenario's population for the same area, group, band and year.</li>
 * </ol>
 * Numbers are plain decimals (no exponent) with the digits needed to read back the exact double.
 */
public final class ComparisonCsvWriter {

    public static final String HEADER = "scenario,area,group,age_band,year,population,difference";

    private ComparisonCsvWriter() {
    }

    public static void write(List<ComparisonRow> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (ComparisonRow r : rows) {
            out.write(field(r.scenario()) + ',' + field(r.area()) + ',' + field(r.group()) + ',' + r.band() + ','
                    + r.year() + ',' + number(r.value()) + ',' + number(r.difference()) + '\n');
        }
    }

    static String number(double value) {
        // BigDecimal.valueOf uses Double.toString's shortest round-trip digits; stripping zeros keeps "12", not "12.0".
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
