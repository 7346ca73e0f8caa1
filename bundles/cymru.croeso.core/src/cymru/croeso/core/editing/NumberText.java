package cymru.croeso.core.editing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Locale;

/** How the editors write numbers: in full for editing and copying, rounded to six significant figures for reading. */
public final class NumberText {
    /** Six significant figures show a rate such as 0.0000547067 without the float noise of its last digits. */
    private static final MathContext SHOWN = new MathContext(6);

    private NumberText() {
    }

    /** Every digit, so that what is copied or edited reads back as the same number: "1234", "0.0125", "1.5E-7". */
    public static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Rounded for a table cell: "1234", "0.0125", "0.0000547067". */
    public static String shown(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(SHOWN).stripTrailingZeros().toPlainString();
    }

    /** With thousands separators, for headline levels ("19,000"); at most two decimals. */
    public static String grouped(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 2);
        return format.format(value);
    }
}
