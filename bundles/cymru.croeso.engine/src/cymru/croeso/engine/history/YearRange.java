package cymru.croeso.engine.history;

/**
 * The reference years an assumption is averaged over, both ends included, written {@code 2010:2014} on the
 * command line.
 *
 * @param first first year
 * @param last  last year
 */
public record YearRange(int first, int last) {

    public YearRange {
        if (last < first) {
            throw new IllegalArgumentException("reference years " + first + ":" + last + " run backwards; write first:last");
        }
    }

    /** Parses {@code 2010:2014} or a single year {@code 2013}. */
    public static YearRange parse(String text) {
        String[] parts = text.trim().split(":", -1);
        try {
            if (parts.length == 1) {
                int y = Integer.parseInt(parts[0].trim());
                return new YearRange(y, y);
            }
            if (parts.length == 2) {
                return new YearRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a year range; write first:last, e.g. 2010:2014");
    }

    public int count() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first + ":" + last;
    }
}
