package cymru.croeso.ui.parts;

import java.util.List;

/**
 * A folder in the project explorer ("Areas", "Scenarios" …) holding part of the project.
 *
 * @param key      the message key of its label
 * @param children the model objects it shows
 */
record ExplorerFolder(String key, List<?> children) {
}
