package cymru.croeso.data.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the published files copied beside the tests as class-path resources, and builds small tables. */
public final class TestFiles {
    /** ONS mid-2011 estimates, all 391 UK local authorities, Nomis layout (nismod/ukpopulation, MIT). */
    public static final String NOMIS = "NM_2002_1_mye2011_single_year_of_age.tsv";
    /** Bristol population estimates 2001…2014, GLA long layout (MastodonC/witan.models.demography, EPL-1.0). */
    public static final String BRISTOL_POPN = "bristol_hist_popn_est.csv";
    /** Bristol domestic in-migrants 2002…2014, GLA long layout; every row is listed twice with the same value. */
    public static final String BRISTOL_DOMESTIC_IN = "bristol_hist_domestic_inmigrants.csv";
    /** ONS projected births to Bristol mothers by age, 2013, decimal values. */
    public static final String BRISTOL_BIRTHS = "bristol_ons_proj_births_age_mother.csv";
    /** Welsh Government 2014-based household projections, wide layout (nismod/simim, MIT). */
    public static final String WALES_HOUSEHOLDS = "hh_w_2014-2039.csv";

    private TestFiles() {
    }

    public static byte[] resource(String name) {
        // the Nomis file is the product's own sample (the host bundle's copy), not a second copy here
        Class<?> beside = NOMIS.equals(name) ? cymru.croeso.data.sample.SamplePopulation.class : TestFiles.class;
        try (InputStream in = beside.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A complete small long table in ONS layout: areas W06000015 and W06000022, both sexes, ages 0…2, one year,
     * value = 10 × age + (F ? 1 : 0) + (second area ? 100 : 0); its total is worked out in {@link #SMALL_TOTAL}.
     */
    public static String small(String delimiter, String lineEnd) {
        StringBuilder sb = new StringBuilder("GSS.Code" + delimiter + "Sex" + delimiter + "Age" + delimiter + "Year"
                + delimiter + "Popn" + lineEnd);
        for (String area : new String[] {"W06000015", "W06000022"}) {
            for (String sex : new String[] {"M", "F"}) {
                for (int age = 0; age <= 2; age++) {
                    int v = 10 * age + (sex.equals("F") ? 1 : 0) + (area.endsWith("22") ? 100 : 0);
                    sb.append(area).append(delimiter).append(sex).append(delimiter).append(age).append(delimiter)
                            .append("2020").append(delimiter).append(v).append(lineEnd);
                }
            }
        }
        return sb.toString();
    }

    /**
     * Per area and sex the ages give 0 + 10 + 20 = 30; F adds 3; the second area adds 6 × 100:
     * 4 × 30 + 2 × 3 + 600 = 726.
     */
    public static final double SMALL_TOTAL = 726;

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
