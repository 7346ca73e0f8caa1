package cymru.croeso.core.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cymru.croeso.core.scenario.ResolvedScenario;
import cymru.croeso.core.scenario.ScenarioResolver;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Strategy;

/**
 * What a scenario changes, set against its parent: its own overrides first, then those it inherits (nearest
 * ancestor first), each with the assumption's level in the parent and here from the change's first year; and the
 * strategy's actions with whether the scenario, or an ancestor, switches each on.
 */
public final class ScenarioAgainstParent {

    /**
     * A strategy action as the scenario sees it.
     *
     * @param action    the action
     * @param on        whether this scenario switches it on itself
     * @param inherited whether an ancestor switches it on (so it is on here whatever this scenario says)
     */
    public record ActionRow(StrategyAction action, boolean on, boolean inherited) {
    }

    private final Project project;
    private final Scenario scenario;
    private final Locale locale;
    private ResolvedScenario parent;
    private ResolvedScenario here;
    private String problem;

    public ScenarioAgainstParent(Project project, Scenario scenario, Locale locale) {
        this.project = project;
        this.scenario = scenario;
        this.locale = locale;
        try {
            here = ScenarioResolver.resolve(project, scenario);
            parent = scenario.getParent() == null ? null : ScenarioResolver.resolve(project, scenario.getParent());
        } catch (RuntimeException e) {
            problem = e.getMessage();
        }
    }

    /** Why the levels cannot be worked out (a cycle of parents, an empty horizon), else null. */
    public String problem() {
        return problem;
    }

    /** The first year of the scenario's horizon, the natural first year of a new change. */
    public int baseYear() {
        if (here != null) {
            return here.baseYear();
        }
        return project.getBasePopulation() == null ? scenario.getBaseYear() : project.getBasePopulation().getBaseYear();
    }

    /** The last year of the scenario's horizon (the one it states, else its parent's). */
    public int endYear() {
        return here != null ? here.endYear() : scenario.getEndYear();
    }

    public List<OverrideRow> overrides() {
        List<OverrideRow> rows = new ArrayList<>();
        for (Scenario s : lineage()) {
            for (ScenarioOverride o : s.getOverrides()) {
                rows.add(row(o, s));
            }
        }
        return rows;
    }

    public List<ActionRow> actions() {
        List<ActionRow> rows = new ArrayList<>();
        Strategy strategy = project.getStrategy();
        if (strategy == null) {
            return rows;
        }
        strategy.getThemes().forEach(theme -> theme.getAims().forEach(aim -> aim.getActions().forEach(action -> {
            boolean inherited = lineage().stream().skip(1).anyMatch(s -> s.getEnabledActions().contains(action));
            rows.add(new ActionRow(action, scenario.getEnabledActions().contains(action), inherited));
        })));
        return rows;
    }

    /** The scenario, its parent, its parent's parent …, each once even if the parents go round in a circle. */
    private List<Scenario> lineage() {
        Set<Scenario> seen = new LinkedHashSet<>();
        Scenario s = scenario;
        while (s != null && seen.add(s)) {
            s = s.getParent();
        }
        return List.copyOf(seen);
    }

    private OverrideRow row(ScenarioOverride o, Scenario owner) {
        Assumption target = o.getTarget();
        String name = target == null ? "" : AssumptionNames.of(target, locale);
        if (target == null || here == null) {
            AssumptionLevel none = new AssumptionLevel(Double.NaN, AssumptionLevel.Unit.FACTOR,
                    problem != null ? problem : EditingMessages.in(locale).get("level.noTarget"));
            return new OverrideRow(o, owner, owner != scenario, name, none, none);
        }
        AssumptionLevel inParent = AssumptionLevel.of(target, parent == null ? List.of() : parent.changesOf(target),
                o.getFromYear());
        return new OverrideRow(o, owner, owner != scenario, name, inParent,
                AssumptionLevel.of(target, here.changesOf(target), o.getFromYear()));
    }
}
