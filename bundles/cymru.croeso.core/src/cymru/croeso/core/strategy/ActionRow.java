package cymru.croeso.core.strategy;

import cymru.croeso.model.Aim;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * One line of the strategy's actions table, in the planner's language.
 *
 * @param action    the action the line shows (what its cells edit)
 * @param theme     the theme it is under
 * @param aim       the aim it is under
 * @param themeName the theme's name
 * @param aimText   the aim's wording, empty when not written
 * @param title     what the action is (its id when it has no title)
 * @param lead      the lead organisation's name, empty when none
 * @param partners  the supporting organisations' names, separated by "; "
 * @param startYear the first year, 0 when not entered
 * @param endYear   the last year, 0 when not entered
 * @param cost      the whole action's cost in pounds
 * @param status    its RAG status
 * @param effects   its effects in a few words each, separated by "; "
 */
public record ActionRow(StrategyAction action, Theme theme, Aim aim, String themeName, String aimText, String title,
        String lead, String partners, int startYear, int endYear, double cost, RagStatus status, String effects) {
}
