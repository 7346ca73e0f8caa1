package cymru.croeso.engine.tests.bristol;

import cymru.croeso.engine.Sex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the published Bristol figures in {@code published/} (see NOTICE.md there) as they were published: quoted
 * or bare fields, LF, CRLF or CR-only line ends. Test-only.
 */
final class PublishedFigures {
    static final int TOP_AGE = 90;

    private PublishedFigures() {
    }

    /** A GLA model output ({@code GSS.Code,Sex,Age,Year,value}) for one year, laid out [sex][age 0 … 90]. */
    static double[][] bySexAndAge(String file, int year) {
        boolean[][] given = new boolean[2][TOP_AGE + 1];
        double[][] values = cells(file, year, given);
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a <= TOP_AGE; a++) {
                if (!given[s][a]) {
                    throw new IllegalStateException(file + " has no row for " + Sex.values()[s] + " aged " + a + " in " + year);
                }
            }
        }
        return values;
    }

    /** The GLA fertility module's births in {@code year}, by sex (female, male). */
    static double[] birthsBySex(int year) {
        String file = "bristol_fertility_module_r_output_2015.csv";
        boolean[][] given = new boolean[2][TOP_AGE + 1];
        double[][] values = cells(file, year, given);
        if (!given[0][0] || !given[1][0]) {
            throw new IllegalStateException(file + " lacks the births of one sex in " + year);
        }
        return new double[] {values[0][0], values[1][0]};
    }

    private static double[][] cells(String file, int year, boolean[][] given) {
        double[][] values = new double[2][TOP_AGE + 1];
        List<String[]> rows = rows(file);
        for (String[] f : rows.subList(1, rows.size())) {
            if (Integer.parseInt(f[3]) == year) {
                int sex = Sex.ofCode(f[1].charAt(0)).ordinal();
                int age = Integer.parseInt(f[2]);
                values[sex][age] = Double.parseDouble(f[4]);
                given[sex][age] = true;
            }
        }
        return values;
    }

    /** ONS 2014-based SNPP, persons in {@code year} by age 0 … 90 ("90 and over"), then "All ages" at index 91. */
    static double[] snppPersons(int year) {
        List<String[]> rows = rows("bristol_2014_snpp_population_persons.csv");
        int column = List.of(rows.get(0)).indexOf(String.valueOf(year));
        if (column < 0) {
            throw new IllegalStateException("the SNPP file has no column for " + year);
        }
        double[] persons = new double[TOP_AGE + 2];
        for (String[] f : rows.subList(1, rows.size())) {
            String age = f[4];
            int index = age.equals("All ages") ? TOP_AGE + 1 : age.equals("90 and over") ? TOP_AGE : Integer.parseInt(age);
            persons[index] = Double.parseDouble(f[column]);
        }
        return persons;
    }

    private static List<String[]> rows(String file) {
        String text;
        try (InputStream in = PublishedFigures.class.getResourceAsStream("published/" + file)) {
            if (in == null) {
                throw new IllegalStateException("published/" + file + " is not on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                rows.add(fields(line));
            }
        }
        return rows;
    }

    // Commas inside quotes belong to the field: the SNPP's area name is "Bristol, City of".
    private static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
