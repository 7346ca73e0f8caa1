package cymru.croeso.data.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cymru.croeso.data.table.TableFormatException;
import cymru.croeso.data.table.WideTable;
import cymru.croeso.data.table.WideTableReader;

/**
 * The household projections that ship with the product: Welsh Government 2014-based projections of households by
 * type for the 22 authorities, 2014–2039, the file exactly as published (read from the bundle, never from elsewhere).
 */
public final class SampleHouseholds {
    public static final String FILE = "hh_w_2014-2039.csv";
    /** The household type that counts every household. */
    public static final String ALL_TYPES = "All";
    public static final String SOURCE = "Welsh Government, 2014-based household projections for local authorities,"
            + " households of all types, 2014-2039 (" + FILE + ", via nismod/simim, MIT); Open Government Licence";

    private SampleHouseholds() {
    }

    /** Households of all types by authority and year. */
    public static WideTable allTypes() {
        try (InputStream in = SampleHouseholds.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the product's household projections " + FILE + " are missing");
            }
            return WideTableReader.read(FILE, in).filterCategory(ALL_TYPES);
        } catch (IOException e) {
            throw new UncheckedIOException("the product's household projections " + FILE + " cannot be read", e);
        } catch (TableFormatException e) {
            throw new IllegalStateException("the product's household projections " + FILE + " are damaged: "
                    + e.getMessage(), e);
        }
    }
}
