package cymru.croeso.core.strategy;

import java.util.Locale;

/**
 * Reads what a planner types into the strategy and indicator views. A problem throws {@link InputProblem} with a
 * message naming the place ("Row 3", "Indicator 2.3"), the field and the fix, so the view can show it and change
 * nothing.
 */
public final class Inputs {
    /** Years outside this range are typing slips (a strategy runs over years, not centuries). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private final StrategyWords words;

    public Inputs(Locale locale) {
        words = StrategyWords.of(locale);
    }

    /** A whole year, 1900 … 2200. */
    public int year(String text, String where, String field) {
        String t = text == null ? "" : text.trim();
        try {
            int year = Integer.parseInt(t);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below with the fix
        }
        throw new InputProblem(words.format("input.year", where, field, t, FIRST_YEAR, LAST_YEAR));
    }

    /** An amount of pounds, 0 or more; "£12,500" and "12500" both read as 12,500. */
    public double pounds(String text, String where, String field) {
        String t = text == null ? "" : text.trim();
        Double value = parse(t.replace("£", ""));
        if (value == null || value < 0) {
            throw new InputProblem(words.format("input.pounds", where, field, t));
        }
        return value;
    }

    /** A number such as a percentage ("62.5", "62.5%", "1,200"); null for an empty optional field. */
    public Double number(String text, String where, String field, boolean optional) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() && optional) {
            return null;
        }
        Double value = parse(t.replace("%", ""));
        if (value == null) {
            throw new InputProblem(words.format(optional ? "input.numberOrEmpty" : "input.number", where, field, t));
        }
        return value;
    }

    /** The end year must not come before the start year. */
    public void order(int start, int end, String where, String startField, String endField) {
        if (start > 0 && end > 0 && end < start) {
            throw new InputProblem(words.format("input.order", where, endField, end, startField, start));
        }
    }

    private static Double parse(String text) {
        String t = text.replace(",", "").replace("\u2212", "-").trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(t);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
