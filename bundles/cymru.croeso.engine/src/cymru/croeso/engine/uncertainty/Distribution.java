package cymru.croeso.engine.uncertainty;

import java.util.SplittableRandom;

/**
 * The spread a planner gives to an uncertain level, such as a multiplier on migration or on fertility;
 * every distribution yields values ≥ 0 because a negative multiplier of a flow or a rate has no meaning.
 */
public sealed interface Distribution {

    /** One value drawn with {@code random}. */
    double sample(SplittableRandom random);

    /** A level known exactly: every draw is {@code value}. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            requireLevel(value, "a fixed level");
        }

        @Override
        public double sample(SplittableRandom random) {
            return value;
        }
    }

    /**
     * A normal distribution truncated at 0: values below zero are drawn again (rejection), so the result follows the
     * normal curve conditioned on being ≥ 0 rather than piling up at zero. The mean must be ≥ 0, which keeps the
     * chance of a redraw at one half or less.
     */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            requireLevel(mean, "the mean of a normal distribution");
            requireLevel(sd, "the standard deviation of a normal distribution");
        }

        @Override
        public double sample(SplittableRandom random) {
            if (sd == 0) {
                return mean;
            }
            double v;
            do {
                v = mean + sd * gaussian(random);
            } while (v < 0);
            return v;
        }

        /** Marsaglia's polar method: exact normal deviates from uniform ones without a table. */
        private static double gaussian(SplittableRandom random) {
            double u;
            double w;
            do {
                u = 2 * random.nextDouble() - 1;
                double v = 2 * random.nextDouble() - 1;
                w = u * u + v * v;
            } while (w >= 1 || w == 0);
            return u * Math.sqrt(-2 * Math.log(w) / w);
        }
    }

    /** Every value between {@code min} and {@code max} equally likely. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireLevel(min, "the minimum of a uniform distribution");
            requireOrder(min, max, "uniform distribution");
        }

        @Override
        public double sample(SplittableRandom random) {
            return min + (max - min) * random.nextDouble();
        }
    }

    /** The triangular distribution: a low, a most likely and a high value, the usual way to state an expert's judgement. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireLevel(min, "the minimum of a triangular distribution");
            requireOrder(min, mode, "triangular distribution (minimum and mode)");
            requireOrder(mode, max, "triangular distribution (mode and maximum)");
        }

        @Override
        public double sample(SplittableRandom random) {
            if (max == min) {
                return min;
            }
            // Inverse of the cumulative distribution function, split at the mode.
            double u = random.nextDouble();
            double split = (mode - min) / (max - min);
            return u < split ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }
    }

    private static void requireLevel(double v, String what) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " is " + v + "; it must be finite and ≥ 0");
        }
    }

    private static void requireOrder(double low, double high, String what) {
        if (!(high >= low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("the " + what + " has " + high + " below " + low + "; give the values in increasing order");
        }
    }
}
