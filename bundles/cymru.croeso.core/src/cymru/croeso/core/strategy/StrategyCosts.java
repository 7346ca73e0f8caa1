package cymru.croeso.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cymru.croeso.core.scenario.ActionCosts;
import cymru.croeso.core.scenario.ResolvedScenario;
import cymru.croeso.core.scenario.ScenarioResolver;
import cymru.croeso.model.Aim;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * The strategy's cost per year by theme, as {@link ActionCosts} works it out (each action's cost spread evenly over
 * its years): either for every action in the strategy, over the years the dated actions span, or for the actions a
 * scenario switches on, over the scenario's horizon.
 */
public final class StrategyCosts {

    private StrategyCosts() {
    }

    /** Every dated action's cost per year; null when no action has a start year. */
    public static ActionCosts ofAllActions(Project project, Locale locale) {
        List<StrategyAction> actions = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        if (project.getStrategy() != null) {
            for (Theme theme : project.getStrategy().getThemes()) {
                for (Aim aim : theme.getAims()) {
                    for (StrategyAction a : aim.getActions()) {
                        if (a.getStartYear() > 0) {
                            actions.add(a);
                            first = Math.min(first, a.getStartYear());
                            last = Math.max(last, Math.max(a.getStartYear(), a.getEndYear()));
                        }
                    }
                }
            }
        }
        if (actions.isEmpty()) {
            return null;
        }
        // not a scenario: a horizon over the actions' own years, with nothing to change in the assumptions
        return ActionCosts.of(new ResolvedScenario(project, null, List.of(), first, last, Map.of(), actions), locale);
    }

    /** The cost per year of the actions {@code scenario} (or its parents) switch on, over its horizon. */
    public static ActionCosts ofScenario(Project project, Scenario scenario, Locale locale) {
        return ActionCosts.of(ScenarioResolver.resolve(project, scenario), locale);
    }

    /** The whole span's cost: the sum of every year. */
    public static double total(ActionCosts costs) {
        double sum = 0;
        for (int year = costs.firstYear(); year <= costs.lastYear(); year++) {
            sum += costs.total(year);
        }
        return sum;
    }
}
