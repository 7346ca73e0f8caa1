package cymru.croeso.export.disclosure;

import java.util.ArrayDeque;
import java.util.Deque;

import cymru.croeso.export.disclosure.ProtectedTable.Status;

/**
 * Chooses the extra cells to withhold so that no suppressed count in a table with row and column totals can be
 * worked out from what is published.
 *
 * <p>The table with its totals is a grid in which every row and every column is a linear constraint (the last cell
 * is the sum of the others). Think of suppressed cells as edges between row and column vertices: a suppressed value
 * is determined by the published ones exactly when its edge is a bridge of that graph (lies on no cycle). Two
 * repairs run to a fixpoint: a line with a single suppressed cell gets a second one (the classic rule, which also
 * defeats "peeling"), and a bridge is closed into a cycle through the cheapest crossing cell.
 */
final class SecondarySuppression {
    private SecondarySuppression() {
    }

    static void complete(long[][] values, Status[][] status) {
        boolean changed = true;
        while (changed) {
            changed = pairLoneCells(values, status);
            if (!changed) {
                changed = closeOneBridge(values, status);
            }
        }
    }

    private static boolean pairLoneCells(long[][] values, Status[][] status) {
        int rows = values.length;
        int columns = values[0].length;
        boolean changed = false;
        for (int r = 0; r < rows; r++) {
            int suppressed = 0;
            for (int c = 0; c < columns; c++) {
                suppressed += status[r][c] != Status.SHOWN ? 1 : 0;
            }
            if (suppressed == 1) {
                int best = -1;
                for (int c = 0; c < columns; c++) {
                    if (status[r][c] == Status.SHOWN && (best < 0 || cheaper(values, r, c, r, best))) {
                        best = c;
                    }
                }
                status[r][best] = Status.SECONDARY;
                changed = true;
            }
        }
        for (int c = 0; c < columns; c++) {
            int suppressed = 0;
            for (int r = 0; r < rows; r++) {
                suppressed += status[r][c] != Status.SHOWN ? 1 : 0;
            }
            if (suppressed == 1) {
                int best = -1;
                for (int r = 0; r < rows; r++) {
                    if (status[r][c] == Status.SHOWN && (best < 0 || cheaper(values, r, c, best, c))) {
                        best = r;
                    }
                }
                status[best][c] = Status.SECONDARY;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Whether withholding (r1, c1) costs less information than (r2, c2): inner cells before totals, non-zero
     * counts before zeros (a withheld zero still bounds its neighbours to nothing), then the smaller count.
     */
    private static boolean cheaper(long[][] values, int r1, int c1, int r2, int c2) {
        int lastRow = values.length - 1;
        int lastColumn = values[0].length - 1;
        boolean total1 = r1 == lastRow || c1 == lastColumn;
        boolean total2 = r2 == lastRow || c2 == lastColumn;
        if (total1 != total2) {
            return !total1;
        }
        boolean zero1 = values[r1][c1] == 0;
        boolean zero2 = values[r2][c2] == 0;
        if (zero1 != zero2) {
            return !zero1;
        }
        return values[r1][c1] < values[r2][c2];
    }

    private static boolean closeOneBridge(long[][] values, Status[][] status) {
        int rows = values.length;
        int columns = values[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (status[r][c] == Status.SHOWN) {
                    continue;
                }
                // vertices: rows 0..rows-1, then columns rows..rows+columns-1
                boolean[] a = reachable(status, r, r, c);
                if (a[rows + c]) {
                    continue;
                }
                boolean[] b = reachable(status, rows + c, r, c);
                int bestR = -1;
                int bestC = -1;
                for (int rr = 0; rr < rows; rr++) {
                    for (int cc = 0; cc < columns; cc++) {
                        // only a cell joining the bridge's two sides puts the bridge on a cycle
                        boolean crosses = a[rr] && b[rows + cc] || b[rr] && a[rows + cc];
                        if (crosses && status[rr][cc] == Status.SHOWN
                                && (bestR < 0 || cheaper(values, rr, cc, bestR, bestC))) {
                            bestR = rr;
                            bestC = cc;
                        }
                    }
                }
                status[bestR][bestC] = Status.SECONDARY;
                return true;
            }
        }
        return false;
    }

    /** Vertices reachable from vertex {@code start} over suppressed cells, leaving out the cell (skipR, skipC). */
    private static boolean[] reachable(Status[][] status, int start, int skipR, int skipC) {
        int rows = status.length;
        int columns = status[0].length;
        boolean[] seen = new boolean[rows + columns];
        Deque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (v < rows) {
                for (int c = 0; c < columns; c++) {
                    if (status[v][c] != Status.SHOWN && !(v == skipR && c == skipC) && !seen[rows + c]) {
                        seen[rows + c] = true;
                        queue.add(rows + c);
                    }
                }
            } else {
                int c = v - rows;
                for (int r = 0; r < rows; r++) {
                    if (status[r][c] != Status.SHOWN && !(r == skipR && c == skipC) && !seen[r]) {
                        seen[r] = true;
                        queue.add(r);
                    }
                }
            }
        }
        return seen;
    }
}
