package cymru.croeso.data.table;

import java.math.BigDecimal;

/** Formats totals for previews and CLI output without exponent notation or float noise. */
public final class TableNumbers {
    private TableNumbers() {
    }

    /** Up to 6 decimals, trailing zeros dropped, no grouping: {@code 345442}, {@code 30962.800163}. */
    public static String format(double value) {
        return new BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
