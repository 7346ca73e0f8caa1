package cymru.croeso.engine;

/**
 * A range of single years of age, both ends included; a band ending at or beyond the top age includes the open
 * top group.
 *
 * @param from first age
 * @param to   last age
 */
public record AgeBand(int from, int to) {

    /** 16–64: the working-age band of ONS labour-market statistics, as issue 3 asks for. */
    public static final AgeBand WORKING_AGE = new AgeBand(16, 64);

    /** 65 and over: the older population of the conventional old-age dependency ratio. */
    public static final AgeBand OLD_AGE = new AgeBand(65, Integer.MAX_VALUE);

    public static final AgeBand ALL_AGES = new AgeBand(0, Integer.MAX_VALUE);

    public AgeBand {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("age band " + from + " … " + to + " is empty or negative");
        }
    }

    @Override
    public String toString() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
    }
}
