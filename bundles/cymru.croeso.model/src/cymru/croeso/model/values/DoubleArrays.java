package cymru.croeso.model.values;

/**
 * Converts the numbers of a {@code DoubleArray} to and from the compact text a project file stores:
 * comma-separated, each the shortest decimal that reads back to exactly the same double.
 *
 * <p>Whole numbers below 10^15 are written without a fraction ("1234"), everything else with
 * {@link Double#toString(double)}, which gives the shortest round-trip form since Java 19 (JDK-4511638), minus a
 * redundant ".0" ("1E-300"). NaN and infinities are refused both ways: a project holds finite numbers only, and a
 * file that could not be read back must never be written.
 */
public final class DoubleArrays {

    /** Beyond this, whole doubles are no longer all representable as longs without thinking; 10^15 is comfortably below 2^53. */
    private static final double LARGEST_PLAIN_WHOLE = 1e15;

    private DoubleArrays() {
    }

    /** The compact text of {@code values}, or null for null; an empty array gives "". */
    public static String format(double[] values) {
        if (values == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(values.length * 6);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            append(text, values[i], i);
        }
        return text.toString();
    }

    /** The numbers in {@code text}, or null for null; "" gives an empty array. */
    public static double[] parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            return new double[0];
        }
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        double[] values = new double[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            values[i] = parseOne(text.substring(start, end), i);
            start = end + 1;
        }
        return values;
    }

    private static void append(StringBuilder text, double value, int position) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("number " + (position + 1) + " is " + value
                    + "; only finite numbers can be stored");
        }
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_WHOLE && !negativeZero) {
            text.append((long) value);
            return;
        }
        String shortest = Double.toString(value);
        int exponent = shortest.indexOf('E');
        if (exponent > 1 && shortest.startsWith(".0", exponent - 2)) {
            shortest = shortest.substring(0, exponent - 2) + shortest.substring(exponent);
        } else if (exponent < 0 && shortest.endsWith(".0")) {
            shortest = shortest.substring(0, shortest.length() - 2);
        }
        text.append(shortest);
    }

    private static double parseOne(String token, int position) {
        // Double.parseDouble also takes "NaN", "Infinity", hex floats and a trailing 'd' or 'f': none belong in a file.
        boolean plainDecimal = !token.isEmpty();
        for (int i = 0; i < token.length() && plainDecimal; i++) {
            char c = token.charAt(i);
            plainDecimal = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
        }
        double value;
        try {
            value = plainDecimal ? Double.parseDouble(token) : Double.NaN;
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("number " + (position + 1) + " (\"" + token
                    + "\") is not a finite decimal number");
        }
        return value;
    }
}
