package cymru.croeso.export.disclosure;

/**
 * An intruder's two ways of recovering suppressed cells from a published table and its totals, written independently
 * of {@link SecondarySuppression}: peeling (solve any row or column with one unknown, repeat) and exact linear
 * algebra (a cell is determined when every solution of the published constraints agrees on it).
 */
final class TotalsAttack {
    private TotalsAttack() {
    }

    /** Cells recovered by peeling, with the value the intruder computes (Long.MIN_VALUE where not recovered). */
    static long[][] peel(ProtectedTable t) {
        int rows = t.rows() + 1;
        int columns = t.columns() + 1;
        long[][] known = new long[rows][columns];
        boolean[][] isKnown = new boolean[rows][columns];
        long[][] recovered = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                isKnown[r][c] = !t.suppressed(r, c);
                known[r][c] = t.value(r, c);
                recovered[r][c] = Long.MIN_VALUE;
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int r = 0; r < rows; r++) {
                int unknown = -1;
                int unknowns = 0;
                for (int c = 0; c < columns; c++) {
                    if (!isKnown[r][c]) {
                        unknowns++;
                        unknown = c;
                    }
                }
                if (unknowns == 1) {
                    long v = known[r][columns - 1];
                    long innerSum = 0;
                    for (int c = 0; c < columns - 1; c++) {
                        innerSum += c == unknown ? 0 : known[r][c];
                    }
                    v = unknown == columns - 1 ? innerSum : v - innerSum;
                    known[r][unknown] = v;
                    isKnown[r][unknown] = true;
                    recovered[r][unknown] = v;
                    progress = true;
                }
            }
            for (int c = 0; c < columns; c++) {
                int unknown = -1;
                int unknowns = 0;
                for (int r = 0; r < rows; r++) {
                    if (!isKnown[r][c]) {
                        unknowns++;
                        unknown = r;
                    }
                }
                if (unknowns == 1) {
                    long innerSum = 0;
                    for (int r = 0; r < rows - 1; r++) {
                        innerSum += r == unknown ? 0 : known[r][c];
                    }
                    long v = unknown == rows - 1 ? innerSum : known[rows - 1][c] - innerSum;
                    known[unknown][c] = v;
                    isKnown[unknown][c] = true;
                    recovered[unknown][c] = v;
                    progress = true;
                }
            }
        }
        return recovered;
    }

    /** Which suppressed cells the published constraints pin down, by Gaussian elimination over the unknowns. */
    static boolean[][] determined(ProtectedTable t) {
        int rows = t.rows() + 1;
        int columns = t.columns() + 1;
        int[][] index = new int[rows][columns];
        int unknowns = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                index[r][c] = t.suppressed(r, c) ? unknowns++ : -1;
            }
        }
        // one equation per line: inner cells +1, the line's total -1; only the unknowns' coefficients matter
        double[][] m = new double[rows + columns][unknowns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (index[r][c] >= 0) {
                    m[r][index[r][c]] = c == columns - 1 ? -1 : 1;
                    m[rows + c][index[r][c]] = r == rows - 1 ? -1 : 1;
                }
            }
        }
        int[] pivotRowOfColumn = reduce(m, unknowns);
        boolean[][] out = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int k = index[r][c];
                if (k >= 0 && pivotRowOfColumn[k] >= 0) {
                    boolean alone = true;
                    for (int j = 0; j < unknowns; j++) {
                        alone &= j == k || Math.abs(m[pivotRowOfColumn[k]][j]) < 1e-9;
                    }
                    out[r][c] = alone;
                }
            }
        }
        return out;
    }

    /** Reduced row echelon form in place; returns for each column its pivot row, or -1 if the column is free. */
    private static int[] reduce(double[][] m, int n) {
        int[] pivotRow = new int[n];
        java.util.Arrays.fill(pivotRow, -1);
        int row = 0;
        for (int col = 0; col < n && row < m.length; col++) {
            int best = row;
            for (int i = row + 1; i < m.length; i++) {
                best = Math.abs(m[i][col]) > Math.abs(m[best][col]) ? i : best;
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] tmp = m[row];
            m[row] = m[best];
            m[best] = tmp;
            double p = m[row][col];
            for (int j = 0; j < n; j++) {
                m[row][j] /= p;
            }
            for (int i = 0; i < m.length; i++) {
                if (i != row && Math.abs(m[i][col]) > 1e-12) {
                    double f = m[i][col];
                    for (int j = 0; j < n; j++) {
                        m[i][j] -= f * m[row][j];
                    }
                }
            }
            pivotRow[col] = row++;
        }
        return pivotRow;
    }
}
