package cymru.croeso.ui.strategy;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.strategy.InputProblem;

/**
 * How one column of a table reads its cell as text and turns what the planner typed into a command; a typing
 * mistake throws {@link InputProblem} and changes nothing.
 *
 * @param <R>   the row type
 * @param read  the cell's text as the editor starts with it
 * @param write the command the new text makes, or null when there is nothing to change
 */
record CellEdit<R>(Function<R, String> read, BiFunction<R, String, Command> write) {

    /**
     * Applies text typed into the row's cell: the command on the session's stack, or the problem shown (through
     * {@code problems}; an empty text clears it) and nothing changed.
     */
    boolean apply(R row, String typed, ProjectSession session, Consumer<String> problems) {
        try {
            Command command = write.apply(row, typed);
            problems.accept("");
            return command != null && session.execute(command);
        } catch (InputProblem e) {
            problems.accept(e.getMessage());
            return false;
        }
    }
}
