package cymru.croeso.data.table;

import java.util.regex.Pattern;

/** Parses and checks the text of single cells (area codes, numbers, years), returning why a cell is wrong. */
final class Cells {
    /**
     * The largest value accepted. No count Croeso handles comes near 10^15 (the world has ~8×10^9 people), so a
     * larger number is a broken cell, and keeping values below it means sums of a whole table stay exact enough.
     */
    static final double MAX_VALUE = 1e15;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)?");

    /** Earliest and latest years accepted: ONS series start in the 19th century; projections end before 2200. */
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2200;

    private Cells() {
    }

    /** @return null if the code is a GSS code (a letter and 8 digits, e.g. W06000015), otherwise why not */
    static String checkAreaCode(String code) {
        if (code.isEmpty()) {
            return TableMessages.get("area.missing");
        }
        if (!isGssCode(code)) {
            return TableMessages.format("area.notGss", shorten(code));
        }
        return null;
    }

    private static boolean isGssCode(String code) {
        if (code.length() != 9 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < 9; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses a count; returns NaN and puts the reason in {@code why[0]} if it is not a finite, non-negative number. */
    static double parseValue(String text, String[] why) {
        String s = text.trim();
        if (s.isEmpty()) {
            why[0] = TableMessages.get("value.missing");
            return Double.NaN;
        }
        int whole = parseSmallInt(s);
        if (whole >= 0) {
            // the common case, whole counts: no regular expression, no Double.parseDouble
            return whole;
        }
        if (!DECIMAL.matcher(s).matches()) {
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            why[0] = lower.contains("nan") || lower.contains("inf")
                    ? TableMessages.format("value.notCount", shorten(s))
                    : TableMessages.format("value.notNumber", shorten(s));
            return Double.NaN;
        }
        double v = Double.parseDouble(s);
        if (Double.isInfinite(v) || Math.abs(v) > MAX_VALUE) {
            why[0] = TableMessages.format("value.tooLarge", shorten(s));
            return Double.NaN;
        }
        if (v < 0) {
            why[0] = TableMessages.format("value.negative", s);
            return Double.NaN;
        }
        return v == 0 ? 0.0 : v;
    }

    /** Parses {@code 2011}, {@code 2011-06} or {@code 2011-06-30}; returns -1 and the reason if not a year. */
    static int parseYear(String text, String[] why) {
        var m = YEAR.matcher(text.trim());
        if (!m.matches()) {
            why[0] = TableMessages.format("year.notYear", shorten(text.trim()));
            return -1;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            why[0] = TableMessages.format("year.outside", year, FIRST_YEAR, LAST_YEAR);
            return -1;
        }
        return year;
    }

    /** Parses a whole number of at most 9 digits, or returns -1 (so a huge "age" never overflows). */
    static int parseSmallInt(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
