package cymru.croeso.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cymru.croeso.model.Assumption;
import cymru.croeso.model.Effect;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.StrategyAction;

/**
 * Works out a scenario's effective assumptions from its parent chain (root first) and the strategy actions it
 * switches on, as the package documentation describes.
 */
public final class ScenarioResolver {

    private ScenarioResolver() {
    }

    /** The scenario of the project with this id. */
    public static Scenario find(Project project, String id) {
        for (Scenario s : project.getScenarios()) {
            if (id.equals(s.getId())) {
                return s;
            }
        }
        List<String> known = project.getScenarios().stream().map(Scenario::getId).toList();
        throw new ScenarioProblem("there is no scenario \"" + id + "\" in project \"" + project.getName()
                + "\"; choose one of " + known);
    }

    /**
     * @throws ScenarioProblem if the parents form a cycle, the horizon is missing or reversed, or an override has no
     *                         target
     */
    public static ResolvedScenario resolve(Project project, Scenario scenario) {
        List<Scenario> chain = chain(scenario);
        int baseYear = 0;
        int endYear = 0;
        // A child that leaves its horizon at 0 keeps its parent's: only what it states differs.
        for (Scenario s : chain) {
            baseYear = s.getBaseYear() != 0 ? s.getBaseYear() : baseYear;
            endYear = s.getEndYear() != 0 ? s.getEndYear() : endYear;
        }
        if (baseYear == 0 && project.getBasePopulation() != null) {
            baseYear = project.getBasePopulation().getBaseYear();
        }
        if (endYear <= baseYear) {
            throw new ScenarioProblem("scenario \"" + scenario.getId() + "\": the horizon " + baseYear + " \u2013 "
                    + endYear + " is empty; set an end year after the base year");
        }
        Map<Assumption, List<AssumptionChange>> changes = new LinkedHashMap<>();
        Set<StrategyAction> actions = new LinkedHashSet<>();
        for (Scenario s : chain) {
            for (ScenarioOverride o : s.getOverrides()) {
                if (o.getTarget() == null) {
                    throw new ScenarioProblem("scenario \"" + s.getId() + "\": an override from " + o.getFromYear()
                            + " names no assumption; choose the assumption it changes or delete it");
                }
                AssumptionChange.Kind kind = switch (o.getMode()) {
                    case MULTIPLIER -> AssumptionChange.Kind.MULTIPLY;
                    case ABSOLUTE -> AssumptionChange.Kind.SET_LEVEL;
                    case ADDED_FLOW -> AssumptionChange.Kind.ADD_PEOPLE;
                };
                add(changes, o.getTarget(), new AssumptionChange(o.getFromYear(), kind, o.getValue(), s.getId()));
            }
            // A child switches off what an ancestor switched on; a later child may switch it on again.
            actions.addAll(s.getEnabledActions());
            actions.removeAll(s.getDisabledActions());
        }
        for (StrategyAction action : actions) {
            for (Effect e : action.getEffects()) {
                if (e.getAssumption() == null) {
                    continue;
                }
                switch (e.getTarget()) {
                    case FLOW -> add(changes, e.getAssumption(), new AssumptionChange(e.getFromYear(), e.getToYear(),
                            AssumptionChange.Kind.ADD_PEOPLE, e.getAmount(), action.getId()));
                    case RATE -> add(changes, e.getAssumption(), new AssumptionChange(e.getFromYear(), e.getToYear(),
                            AssumptionChange.Kind.ADD_POINTS, e.getAmount(), action.getId()));
                    default -> { }
                }
            }
        }
        return new ResolvedScenario(project, scenario, chain, baseYear, endYear, changes, new ArrayList<>(actions));
    }

    /** The scenario and its ancestors, root first. */
    static List<Scenario> chain(Scenario scenario) {
        List<Scenario> chain = new ArrayList<>();
        Set<Scenario> seen = new LinkedHashSet<>();
        for (Scenario s = scenario; s != null; s = s.getParent()) {
            if (!seen.add(s)) {
                StringBuilder names = new StringBuilder();
                for (Scenario t : seen) {
                    names.append('"').append(t.getId()).append("\" \u2192 ");
                }
                names.append('"').append(s.getId()).append('"');
                throw new ScenarioProblem("scenario \"" + scenario.getId() + "\" inherits from itself: " + names
                        + "; give one of these scenarios another parent (or none)");
            }
            chain.add(0, s);
        }
        return chain;
    }

    private static void add(Map<Assumption, List<AssumptionChange>> changes, Assumption target, AssumptionChange change) {
        changes.computeIfAbsent(target, k -> new ArrayList<>()).add(change);
    }
}
