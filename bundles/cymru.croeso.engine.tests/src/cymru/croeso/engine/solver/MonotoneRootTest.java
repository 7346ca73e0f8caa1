package cymru.croeso.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonotoneRootTest {

    @Test
    void anAffineFunctionIsSolvedByTheFirstSecant() {
        // 3x − 600 = 0 at x = 200: two trial points, the secant, and the two ends of its window.
        MonotoneRoot root = new MonotoneRoot(x -> 3 * x - 600, 1, 1e6);
        assertEquals(200, root.solve(0, 10), 1e-9);
        assertEquals(4, root.evaluations());
    }

    @Test
    void aCurvedFunctionIsBracketedAndNarrowed() {
        // x³ = 2,000,000 at x = 125.992…; the secant from 0 and 10 overshoots far, so the bracket search is needed.
        MonotoneRoot root = new MonotoneRoot(x -> x * x * x - 2e6, 1, 1e6);
        assertEquals(Math.cbrt(2e6), root.solve(0, 10), 0.5);
    }

    @Test
    void aDecreasingFunctionWithACapIsSolved() {
        // Falls by 2 a unit until x = 80, then flat until 500, then falls again: 100 − 2·min(x, 80) − max(x − 500, 0)
        // reaches zero at x = 50 only.
        MonotoneRoot root = new MonotoneRoot(x -> 100 - 2 * Math.min(x, 80) - Math.max(x - 500, 0), 1, 1e6);
        assertEquals(50, root.solve(-300, 1000), 0.5);
    }

    @Test
    void aTargetOutOfReachIsReported() {
        MonotoneRoot root = new MonotoneRoot(x -> Math.atan(x) - 2, 1, 1e4);
        MonotoneRoot.NoRootException e = assertThrows(MonotoneRoot.NoRootException.class, () -> root.solve(0, 1));
        assertTrue(e.getMessage().contains("10000"), e.getMessage());
        assertThrows(MonotoneRoot.NoRootException.class, () -> new MonotoneRoot(x -> 5, 1, 1e4).solve(0, 1));
    }
}
