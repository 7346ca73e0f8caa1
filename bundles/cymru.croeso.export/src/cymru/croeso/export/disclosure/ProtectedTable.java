package cymru.croeso.export.disclosure;

/**
 * A table of counts with its row and column totals as published after disclosure control: each cell is either
 * shown (perhaps rounded) or suppressed. Row {@code rows()} holds the column totals, column {@code columns()} the
 * row totals, and the corner the grand total.
 */
public final class ProtectedTable {
    /** Why a cell is shown or withheld. */
    public enum Status {
        SHOWN,
        /** Withheld because the count itself is small. */
        PRIMARY,
        /** Withheld so that a small count elsewhere cannot be worked out from the totals. */
        SECONDARY
    }

    private final long[][] values;
    private final Status[][] status;

    ProtectedTable(long[][] values, Status[][] status) {
        this.values = values;
        this.status = status;
    }

    /** Inner rows, not counting the totals row. */
    public int rows() {
        return values.length - 1;
    }

    /** Inner columns, not counting the totals column. */
    public int columns() {
        return values[0].length - 1;
    }

    /** The published value (meaningless where {@link #suppressed} is true). */
    public long value(int row, int column) {
        return values[row][column];
    }

    public Status status(int row, int column) {
        return status[row][column];
    }

    public boolean suppressed(int row, int column) {
        return status[row][column] != Status.SHOWN;
    }

    /** How many cells (totals included) have the given status. */
    public int count(Status wanted) {
        int n = 0;
        for (Status[] row : status) {
            for (Status s : row) {
                n += s == wanted ? 1 : 0;
            }
        }
        return n;
    }
}
