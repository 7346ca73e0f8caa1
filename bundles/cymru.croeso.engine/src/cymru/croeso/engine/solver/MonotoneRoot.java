package cymru.croeso.engine.solver;

import java.util.function.DoubleUnaryOperator;

/**
 * Finds where a monotone function of one variable crosses zero, to within a given width.
 *
 * <p>The functions the solver meets are affine in the migration level as long as no flow is capped (every step of the
 * projection is linear in the counts added), and stay monotone when caps bite. So the search takes the secant through
 * two trial points, which lands on the root of an affine function, and checks that the function changes sign across a
 * window of the required width around it. If it does not (caps make the function bend), it brackets the root by
 * stepping outward from the window with doubling steps, and then narrows the bracket by the Illinois variant of
 * regula falsi, with a bisection whenever that fails to halve the bracket, until it is no wider than required.
 */
final class MonotoneRoot {
    private final DoubleUnaryOperator f;
    private final double width;
    private final double limit;
    private int evaluations;

    /**
     * @param f     a monotone function
     * @param width the widest bracket accepted; the answer is its middle, so within width/2 of the root
     * @param limit the search gives up beyond ±limit
     */
    MonotoneRoot(DoubleUnaryOperator f, double width, double limit) {
        this.f = f;
        this.width = width;
        this.limit = limit;
    }

    int evaluations() {
        return evaluations;
    }

    /** The root, starting from trial points {@code x0} and {@code x0 + step}. */
    double solve(double x0, double step) {
        double f0 = eval(x0);
        double f1 = eval(x0 + step);
        if (f1 == f0) {
            throw new NoRootException("the target does not change with the level between " + x0 + " and " + (x0 + step));
        }
        boolean increasing = f1 > f0;
        double guess = clamp(x0 + step - f1 * step / (f1 - f0));
        double lo = guess - width / 2;
        double hi = guess + width / 2;
        double flo = eval(lo);
        double fhi = eval(hi);
        if (Math.signum(flo) != Math.signum(fhi) || flo == 0 || fhi == 0) {
            return guess;
        }
        // Same sign at both ends: the root lies beyond one of them.
        boolean rootAbove = increasing == (fhi < 0);
        double a = rootAbove ? hi : lo;
        double fa = rootAbove ? fhi : flo;
        double stride = Math.max(Math.abs(step), width);
        double b;
        double fb;
        while (true) {
            b = a + (rootAbove ? stride : -stride);
            if (Math.abs(b) > limit) {
                throw new NoRootException("no level between " + -limit + " and " + limit + " reaches the target");
            }
            fb = eval(b);
            if (Math.signum(fb) != Math.signum(fa) || fb == 0) {
                break;
            }
            a = b;
            fa = fb;
            stride *= 2;
        }
        return narrow(a, fa, b, fb);
    }

    /** Illinois regula falsi on a bracket [a, b] with f(a), f(b) of opposite signs. */
    private double narrow(double a, double fa, double b, double fb) {
        int side = 0;
        while (Math.abs(b - a) > width) {
            double before = Math.abs(b - a);
            double x = fa == fb ? (a + b) / 2 : b - fb * (b - a) / (fb - fa);
            double fx = eval(x);
            if (fx == 0) {
                return x;
            }
            if (Math.signum(fx) == Math.signum(fb)) {
                b = x;
                fb = fx;
                if (side == -1) {
                    fa /= 2;
                }
                side = -1;
            } else {
                a = x;
                fa = fx;
                if (side == 1) {
                    fb /= 2;
                }
                side = 1;
            }
            if (Math.abs(b - a) > before / 2) {
                double m = (a + b) / 2;
                double fm = eval(m);
                if (Math.signum(fm) == Math.signum(fa)) {
                    a = m;
                    fa = fm;
                } else {
                    b = m;
                    fb = fm;
                }
                side = 0;
            }
        }
        return (a + b) / 2;
    }

    private double eval(double x) {
        evaluations++;
        return f.applyAsDouble(x);
    }

    private double clamp(double x) {
        return Math.max(-limit, Math.min(limit, x));
    }

    /** No level within the search range reaches the target. */
    static final class NoRootException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoRootException(String message) {
            super(message);
        }
    }
}
