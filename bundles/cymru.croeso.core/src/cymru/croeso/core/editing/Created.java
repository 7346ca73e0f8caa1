package cymru.croeso.core.editing;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/**
 * A command that adds an element, and the element, so the UI can select it once the command has run.
 *
 * @param command the command to execute on the project's command stack
 * @param element what it adds
 */
public record Created(Command command, EObject element) {
}
