package cymru.croeso.core.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cymru.croeso.model.Aim;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * What the strategy actions a scenario switches on cost each year of its horizon, in total, by theme and by lead
 * organisation. An action's cost (pounds, for the whole action) is spread evenly over its years, start to end
 * inclusive: the model holds one figure per action, so an even spread is the only rule that adds no assumption.
 * A partner that only supports an action is not charged: the model records no shares, so the lead carries it.
 */
public final class ActionCosts {
    private final int firstYear;
    private final double[] total;
    private final Map<String, double[]> byTheme = new LinkedHashMap<>();
    private final Map<String, double[]> byLead = new LinkedHashMap<>();

    private ActionCosts(int firstYear, int years) {
        this.firstYear = firstYear;
        this.total = new double[years];
    }

    /** The costs of {@code scenario}'s actions per year, theme and lead named in {@code locale}'s language. */
    public static ActionCosts of(ResolvedScenario scenario, Locale locale) {
        ActionCosts costs = new ActionCosts(scenario.baseYear(), scenario.endYear() - scenario.baseYear() + 1);
        boolean welsh = "cy".equals(locale.getLanguage());
        for (StrategyAction action : scenario.actions()) {
            costs.add(action, themeName(action, welsh), leadName(action, welsh));
        }
        return costs;
    }

    private void add(StrategyAction action, String theme, String lead) {
        int from = action.getStartYear();
        int to = Math.max(from, action.getEndYear());
        double perYear = action.getCost() / (to - from + 1);
        for (int year = Math.max(from, firstYear); year <= Math.min(to, lastYear()); year++) {
            int i = year - firstYear;
            total[i] += perYear;
            byTheme.computeIfAbsent(theme, k -> new double[total.length])[i] += perYear;
            byLead.computeIfAbsent(lead, k -> new double[total.length])[i] += perYear;
        }
    }

    private static String themeName(StrategyAction action, boolean welsh) {
        if (action.eContainer() instanceof Aim aim && aim.eContainer() instanceof Theme theme) {
            String name = welsh && theme.getNameCy() != null ? theme.getNameCy() : theme.getNameEn();
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return welsh ? "(dim thema)" : "(no theme)";
    }

    private static String leadName(StrategyAction action, boolean welsh) {
        Organisation lead = action.getLead();
        if (lead != null && lead.getName() != null && !lead.getName().isBlank()) {
            return lead.getName();
        }
        return welsh ? "(dim arweinydd)" : "(no lead)";
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + total.length - 1;
    }

    /** All actions' cost in {@code year}. */
    public double total(int year) {
        return total[year - firstYear];
    }

    /** Cost per year by theme, themes in the order their first action appears. */
    public Map<String, double[]> byTheme() {
        return copy(byTheme);
    }

    /** Cost per year by lead organisation, in the order each first leads an action. */
    public Map<String, double[]> byLead() {
        return copy(byLead);
    }

    private static Map<String, double[]> copy(Map<String, double[]> m) {
        Map<String, double[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }
}
