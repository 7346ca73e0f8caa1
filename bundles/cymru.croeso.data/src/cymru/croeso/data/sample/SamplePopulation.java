package cymru.croeso.data.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import cymru.croeso.data.table.LongTable;
import cymru.croeso.data.table.LongTableReader;
import cymru.croeso.data.table.Sex;
import cymru.croeso.data.table.TableRow;

/**
 * The base population that ships with the product: ONS mid-2011 estimates by sex and single year of age for
 * every UK local authority, the Nomis file exactly as published (read from the bundle, never from elsewhere).
 */
public final class SamplePopulation {
    public static final String FILE = "NM_2002_1_mye2011_single_year_of_age.tsv";
    public static final int TOP_AGE = 90;
    public static final int YEAR = 2011;

    private static volatile LongTable table;

    private SamplePopulation() {
    }

    /** The whole table, read once. */
    public static LongTable midYear2011() {
        LongTable t = table;
        if (t == null) {
            try (InputStream in = SamplePopulation.class.getResourceAsStream(FILE)) {
                t = LongTableReader.read(FILE, in);
            } catch (IOException e) {
                throw new UncheckedIOException("the product's sample population " + FILE + " cannot be read", e);
            }
            table = t;
        }
        return t;
    }

    public static List<String> areaCodes() {
        return List.copyOf(midYear2011().areaCodes());
    }

    /** One area's pyramid, or {@code null} when the sample has no such area. */
    public static AreaPyramid pyramid(String areaCode) {
        double[] males = new double[TOP_AGE + 1];
        double[] females = new double[TOP_AGE + 1];
        List<TableRow> rows = midYear2011().filterArea(areaCode).rows();
        if (rows.isEmpty()) {
            return null;
        }
        for (TableRow r : rows) {
            (r.sex() == Sex.M ? males : females)[r.age()] += r.value();
        }
        return new AreaPyramid(areaCode, males, females);
    }
}
