package cymru.croeso.export.disclosure;

import cymru.croeso.export.disclosure.ProtectedTable.Status;

/** Applies a {@link DisclosureRule} to a table of counts with its totals, ready to publish. */
public final class DisclosureControl {
    private final DisclosureRule rule;

    public DisclosureControl(DisclosureRule rule) {
        this.rule = rule;
    }

    public DisclosureRule rule() {
        return rule;
    }

    /**
     * Protects a table of counts (rows × columns, at least 1 × 1) and the totals computed from it. Totals are
     * protected like any other count: a small row total is itself suppressed.
     */
    public ProtectedTable protect(long[][] cells) {
        int rows = cells.length;
        int columns = cells[0].length;
        long[][] values = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + cells[r].length + " cells, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                values[r][c] = cells[r][c];
                values[r][columns] += cells[r][c];
                values[rows][c] += cells[r][c];
                values[rows][columns] += cells[r][c];
            }
        }
        Status[][] status = new Status[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                status[r][c] = rule.suppresses(values[r][c]) ? Status.PRIMARY : Status.SHOWN;
                // rounding is applied to each count independently, so rounded totals need not add up (as ONS does)
                values[r][c] = rule.publish(values[r][c]);
            }
        }
        if (rule.method() == DisclosureRule.Method.SUPPRESS) {
            SecondarySuppression.complete(values, status);
        }
        return new ProtectedTable(values, status);
    }

    /**
     * Protects counts published without any total (a series of years, say): each stands alone, so only the
     * primary rule applies. The table's totals are computed but must not be published.
     */
    public ProtectedTable protectAlone(double[] persons) {
        long[][] values = new long[2][persons.length + 1];
        Status[][] status = new Status[2][persons.length + 1];
        for (int c = 0; c <= persons.length; c++) {
            long count = c < persons.length ? DisclosureRule.count(persons[c]) : 0;
            values[0][c] = rule.publish(count);
            status[0][c] = rule.suppresses(count) ? Status.PRIMARY : Status.SHOWN;
            status[1][c] = Status.SHOWN;
        }
        return new ProtectedTable(values, status);
    }

    /** Protects persons as the engine computes them, rounding each to a whole count first. */
    public ProtectedTable protect(double[][] persons) {
        long[][] counts = new long[persons.length][];
        for (int r = 0; r < persons.length; r++) {
            counts[r] = new long[persons[r].length];
            for (int c = 0; c < persons[r].length; c++) {
                counts[r][c] = DisclosureRule.count(persons[r][c]);
            }
        }
        return protect(counts);
    }
}
