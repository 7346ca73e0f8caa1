package cymru.croeso.model.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A project file that cannot be read or written, with a message of the form {@code file:line:column: what is wrong}
 * followed by what to do about it.
 */
public final class ProjectFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    ProjectFileException(Path file, int line, int column, String problem, Throwable cause) {
        super(location(file, line, column) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    /** The line the parser stopped at, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The column the parser stopped at, or 0 when unknown. */
    public int column() {
        return column;
    }

    private static String location(Path file, int line, int column) {
        String where = String.valueOf(file);
        if (line > 0) {
            where += ":" + line + (column > 0 ? ":" + column : "");
        }
        return where;
    }
}
