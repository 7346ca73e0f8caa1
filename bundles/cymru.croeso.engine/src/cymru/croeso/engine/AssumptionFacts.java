package cymru.croeso.engine;

/**
 * Facts about a run's fertility and mortality arrays that let the projection skip work which cannot change a number,
 * worked out once for each array (the engine's arrays never change) and kept by year from run to run, so that a
 * series with an array for every year is not examined again on every run of an uncertainty run.
 */
final class AssumptionFacts {
    private final PopulationShape shape;
    // By year index t (1 … years after the base year): the array the facts are about, and the facts.
    private final double[][] mortality;
    private final boolean[] rateAboveOne;
    private final double[][] fertility;
    private final int[][] firstFertileAge;
    private final int[][] lastFertileAge;

    AssumptionFacts(PopulationShape shape, int years) {
        this.shape = shape;
        mortality = new double[years + 1][];
        rateAboveOne = new boolean[years + 1];
        fertility = new double[years + 1][];
        firstFertileAge = new int[years + 1][];
        lastFertileAge = new int[years + 1][];
    }

    /** Whether some rate of {@code m}, year t's mortality, exceeds 1: only then can deaths exceed the population at risk. */
    boolean rateAboveOne(int t, double[] m) {
        if (m != mortality[t]) {
            if (m == mortality[t - 1]) {
                rateAboveOne[t] = rateAboveOne[t - 1];
            } else {
                boolean above = false;
                for (double rate : m) {
                    above |= rate > 1;
                }
                rateAboveOne[t] = above;
            }
            mortality[t] = m;
        }
        return rateAboveOne[t];
    }

    /**
     * Per area and group, the first age of mother with a fertility rate above zero in {@code f}, year t's
     * fertility ({@link #lastFertileAge} the last; last < first if none). A zero rate adds ±0 to the births, which
     * leaves their sum (it starts at +0) unchanged to the last bit, so only the ages between need summing.
     */
    int[] firstFertileAge(int t, double[] f) {
        read(t, f);
        return firstFertileAge[t];
    }

    /** See {@link #firstFertileAge}. */
    int[] lastFertileAge(int t, double[] f) {
        read(t, f);
        return lastFertileAge[t];
    }

    private void read(int t, double[] f) {
        if (f == fertility[t]) {
            return;
        }
        fertility[t] = f;
        if (f == fertility[t - 1]) {
            firstFertileAge[t] = firstFertileAge[t - 1];
            lastFertileAge[t] = lastFertileAge[t - 1];
            return;
        }
        int ages = shape.ages();
        int[] first = new int[shape.areas() * shape.groups()];
        int[] last = new int[first.length];
        for (int k = 0; k < first.length; k++) {
            int rate = k * ages;
            int a = 1;
            while (a < ages && f[rate + a] == 0) {
                a++;
            }
            int b = ages - 1;
            while (b >= a && f[rate + b] == 0) {
                b--;
            }
            first[k] = a;
            last[k] = b;
        }
        firstFertileAge[t] = first;
        lastFertileAge[t] = last;
    }
}
