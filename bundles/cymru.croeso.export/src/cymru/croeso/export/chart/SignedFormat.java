package cymru.croeso.export.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Prints a difference with its sign, + for more and − (a minus sign, not a hyphen) for fewer, and nothing before a
 * difference that rounds to zero, so that the zero line reads 0, not +0.
 */
final class SignedFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final NumberFormat inner;

    SignedFormat(NumberFormat inner) {
        this.inner = inner;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        String magnitude = inner.format(Math.abs(number));
        boolean zero = inner.format(0.0).equals(magnitude);
        return toAppendTo.append(zero ? "" : number > 0 ? "+" : "\u2212").append(magnitude);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return inner.parse(source.replace('\u2212', '-').replace("+", ""), parsePosition);
    }
}
