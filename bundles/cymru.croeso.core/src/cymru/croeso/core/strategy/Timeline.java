package cymru.croeso.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cymru.croeso.model.Aim;
import cymru.croeso.model.Project;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * The strategy as a timeline (a Gantt chart): one bar per action over its years, start to end inclusive, grouped by
 * theme in the strategy's order, on a span of years that covers every dated action and the current year.
 *
 * <p>An action with no start year (0, not entered) has no bar: {@link Bar#dated()} is false and the chart says its
 * dates are missing. An end year before the start (the model's validation reports it) draws the start year alone.
 * With no dated action at all the span is the current year and the four after it, so an empty plan still shows a
 * scale to plan on.
 *
 * @param firstYear   the first year shown
 * @param lastYear    the last year shown (inclusive)
 * @param currentYear the year the chart marks as now
 * @param groups      one group per theme, in the strategy's order, themes without actions included
 */
public record Timeline(int firstYear, int lastYear, int currentYear, List<Group> groups) {
    /** Years shown ahead when nothing is dated yet. */
    static final int EMPTY_SPAN = 5;

    public Timeline {
        groups = List.copyOf(groups);
    }

    /** A theme and its actions' bars. */
    public record Group(Theme theme, String name, List<Bar> bars) {
        public Group {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One action's bar.
     *
     * @param start the first year of the bar, inclusive (0 when not dated)
     * @param end   the last year of the bar, inclusive (0 when not dated)
     */
    public record Bar(StrategyAction action, String title, int start, int end, RagStatus status) {
        public boolean dated() {
            return start > 0;
        }
    }

    public static Timeline of(Project project, int currentYear, Locale locale) {
        StrategyWords words = StrategyWords.of(locale);
        List<Group> groups = new ArrayList<>();
        int first = currentYear;
        int last = currentYear;
        boolean anyDated = false;
        if (project.getStrategy() != null) {
            for (Theme theme : project.getStrategy().getThemes()) {
                List<Bar> bars = new ArrayList<>();
                for (Aim aim : theme.getAims()) {
                    for (StrategyAction a : aim.getActions()) {
                        Bar bar = bar(a);
                        bars.add(bar);
                        if (bar.dated()) {
                            first = Math.min(first, bar.start());
                            last = Math.max(last, bar.end());
                            anyDated = true;
                        }
                    }
                }
                groups.add(new Group(theme, ActionRows.themeName(theme, words), bars));
            }
        }
        if (!anyDated) {
            last = currentYear + EMPTY_SPAN - 1;
        }
        return new Timeline(first, last, currentYear, groups);
    }

    private static Bar bar(StrategyAction a) {
        int start = Math.max(0, a.getStartYear());
        int end = start == 0 ? 0 : Math.max(start, a.getEndYear());
        return new Bar(a, ActionRows.title(a), start, end, a.getStatus());
    }

    /** The bar of an action, or null when the action is not in the strategy. */
    public Bar barOf(StrategyAction action) {
        return groups.stream().flatMap(g -> g.bars().stream()).filter(b -> b.action() == action).findFirst().orElse(null);
    }

    /** How many years the span covers. */
    public int years() {
        return lastYear - firstYear + 1;
    }
}
