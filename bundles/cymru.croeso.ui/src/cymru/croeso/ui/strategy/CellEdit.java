package cymru.croeso.ui.strategy;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;

/**
 * How one column of a table reads its cell as text and turns what the planner typed into a command; a typing
 * mistake throws {@link cymru.croeso.core.strategy.InputProblem} and changes nothing.
 *
 * @param <R>   the row type
 * @param read  the cell's text as the editor starts with it
 * @param write the command the new text makes, or null when there is nothing to change
 */
record CellEdit<R>(Function<R, String> read, BiFunction<R, String, Command> write) {
}
