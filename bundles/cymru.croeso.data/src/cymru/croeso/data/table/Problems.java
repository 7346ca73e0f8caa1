package cymru.croeso.data.table;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with one file, keeping the first few messages and counting the rest. */
final class Problems {
    /** Twenty messages are enough to see a pattern without flooding the planner's screen (issue 5). */
    static final int SHOWN = 20;

    private final String fileName;
    private final List<String> shown = new ArrayList<>();
    private int count;

    Problems(String fileName) {
        this.fileName = fileName;
    }

    void add(int row, String column, String what) {
        note(fileName + ":" + row + ":" + column + ": " + what);
    }

    /** A problem with the file as a whole, such as an empty file. */
    void addFile(String what) {
        note(fileName + ": " + what);
    }

    private void note(String message) {
        count++;
        if (shown.size() < SHOWN) {
            shown.add(message);
        }
    }

    int count() {
        return count;
    }

    boolean any() {
        return count > 0;
    }

    void throwIfAny() throws TableFormatException {
        if (count > 0) {
            throw new TableFormatException(shown, count);
        }
    }

    /** Throws at once with a single problem, for faults after which nothing else can be read. */
    TableFormatException fatal(int row, String column, String what) {
        add(row, column, what);
        return new TableFormatException(shown, count);
    }

    TableFormatException fatalFile(String what) {
        addFile(what);
        return new TableFormatException(shown, count);
    }
}
