package cymru.croeso.core.boardpack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cymru.croeso.core.scenario.ActionCosts;
import cymru.croeso.core.scenario.ResolvedScenario;
import cymru.croeso.export.pack.BoardPackContent.Action;
import cymru.croeso.export.pack.BoardPackContent.CostLine;
import cymru.croeso.export.pack.BoardPackContent.Costs;
import cymru.croeso.export.pack.BoardPackContent.Rag;
import cymru.croeso.model.Aim;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.Project;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * The strategy's actions in the order the strategy lists them (theme, aim, action) as rows of the action plan, and
 * what a scenario's switched-on actions cost year by year. The model keeps years, not dates, so an action starts on
 * 1 January of its first year and is due on 31 December of its last; a year of 0 (not entered) leaves the date empty.
 */
final class ActionPlan {

    private ActionPlan() {
    }

    static List<Action> of(Project project) {
        List<Action> rows = new ArrayList<>();
        if (project.getStrategy() == null) {
            return rows;
        }
        for (Theme theme : project.getStrategy().getThemes()) {
            for (Aim aim : theme.getAims()) {
                for (StrategyAction a : aim.getActions()) {
                    rows.add(new Action(title(a), a.getLead() == null ? "" : name(a.getLead()),
                            a.getPartners().stream().map(ActionPlan::name).collect(Collectors.joining("; ")),
                            a.getStartYear() > 0 ? LocalDate.of(a.getStartYear(), 1, 1) : null,
                            a.getEndYear() > 0 ? LocalDate.of(a.getEndYear(), 12, 31) : null, a.getCost(),
                            rag(a.getStatus())));
                }
            }
        }
        return rows;
    }

    /** What the actions {@code scenario} switches on cost each year of its horizon, names in {@code locale}'s language. */
    static Costs costs(ResolvedScenario scenario, String scenarioName, Locale locale) {
        ActionCosts costs = ActionCosts.of(scenario, locale);
        return new Costs(scenarioName, costs.firstYear(), lines(costs.byTheme()), lines(costs.byLead()));
    }

    private static List<CostLine> lines(Map<String, double[]> byName) {
        List<CostLine> lines = new ArrayList<>();
        byName.forEach((name, perYear) -> lines.add(new CostLine(name, perYear)));
        return lines;
    }

    private static String title(StrategyAction a) {
        return a.getTitle() != null && !a.getTitle().isBlank() ? a.getTitle() : String.valueOf(a.getId());
    }

    private static String name(Organisation o) {
        return o.getName() != null && !o.getName().isBlank() ? o.getName() : String.valueOf(o.getId());
    }

    static Rag rag(cymru.croeso.model.RagStatus status) {
        if (status == null) {
            return Rag.RED;
        }
        return switch (status) {
            case GREEN -> Rag.GREEN;
            case AMBER -> Rag.AMBER;
            case RED -> Rag.RED;
        };
    }
}
