package cymru.croeso.export.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Prints numbers without their sign, so that both halves of a pyramid read as counts of people. */
final class SignlessFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final NumberFormat inner;

    SignlessFormat(NumberFormat inner) {
        this.inner = inner;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return inner.format(Math.abs(number), toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return inner.format(Math.abs(number), toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return inner.parse(source, parsePosition);
    }
}
