package cymru.croeso.data.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A file that cannot be imported as it is: lists the first problems, each as {@code file:row:column: what is wrong},
 * then how many there are in all. Nothing of the file is kept when this is thrown. Unchecked, so that code reading
 * files that ship inside the product need not declare it; code reading a planner's file catches it and shows it.
 */
public class TableFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ArrayList<String> problems;
    private final int problemCount;

    public TableFormatException(List<String> problems, int problemCount) {
        super(message(problems, problemCount));
        this.problems = new ArrayList<>(problems);
        this.problemCount = problemCount;
    }

    private static String message(List<String> problems, int count) {
        String shown = String.join("\n", problems);
        if (count > problems.size()) {
            return shown + "\n" + TableMessages.format("problems.more", count - problems.size(), count);
        }
        return shown;
    }

    /** The problems shown, at most {@value Problems#SHOWN}. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** How many problems the file has in all. */
    public int problemCount() {
        return problemCount;
    }
}
