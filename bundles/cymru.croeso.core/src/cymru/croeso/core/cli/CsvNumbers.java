package cymru.croeso.core.cli;

import java.math.BigDecimal;

/** Numbers as CSV files carry them: whole numbers without a decimal point, others in their shortest exact form. */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
