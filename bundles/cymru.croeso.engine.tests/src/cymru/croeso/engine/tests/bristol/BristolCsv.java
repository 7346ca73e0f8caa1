package cymru.croeso.engine.tests.bristol;

import cymru.croeso.engine.Sex;
import cymru.croeso.engine.history.HistoricTables;
import cymru.croeso.engine.history.TableRow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Bristol test tables ({@code GSS.Code,Sex,Age,Year,<value>}) from the class path. Test-only and minimal:
 * the product's importer, with its header names, encodings and error messages, lives in the data bundle.
 */
public final class BristolCsv {

    private BristolCsv() {
    }

    public static List<TableRow> read(String file) {
        InputStream in = BristolCsv.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException(file + " is not on the class path next to " + BristolCsv.class.getName());
        }
        List<TableRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("GSS.Code,Sex,Age,Year,")) {
                throw new IllegalStateException(file + ":1: unexpected header " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new TableRow(f[0], Sex.ofCode(f[1].charAt(0)), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Double.parseDouble(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every Bristol table; births by age of mother only when asked for. */
    public static HistoricTables tables(boolean byAgeOfMother) {
        return new HistoricTables(read("bristol_hist_popn_est.csv"), read("bristol_hist_births_mye.csv"),
                read("bristol_hist_deaths_mye.csv"), read("bristol_hist_domestic_inmigrants.csv"),
                read("bristol_hist_domestic_outmigrants.csv"), read("bristol_hist_international_inmigrants.csv"),
                read("bristol_hist_international_outmigrants.csv"),
                byAgeOfMother ? read("bristol_ons_proj_births_age_mother.csv") : List.of());
    }
}
