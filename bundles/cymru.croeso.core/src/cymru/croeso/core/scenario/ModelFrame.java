package cymru.croeso.core.scenario;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.YearSeries;
import cymru.croeso.model.Area;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.GroupAssumption;
import cymru.croeso.model.PopulationGroup;

/**
 * The frame a model-to-engine conversion works in: the base population's areas and groups in array order, its
 * ages, the projected years, and which assumption applies to an area and group.
 */
final class ModelFrame {
    final ResolvedScenario scenario;
    final List<Area> areas;
    final List<PopulationGroup> groups;
    final int ages;
    final PopulationShape shape;

    ModelFrame(ResolvedScenario scenario) {
        this.scenario = scenario;
        BasePopulation base = scenario.project().getBasePopulation();
        if (base == null) {
            throw new ScenarioProblem("project \"" + scenario.project().getName()
                    + "\" has no base population; import one before running a scenario");
        }
        areas = List.copyOf(base.getAreas());
        groups = List.copyOf(base.getGroups());
        ages = base.getTopAge() + 1;
        shape = new PopulationShape(areas.stream().map(Area::getCode).toList(),
                groups.stream().map(PopulationGroup::getId).toList(), base.getTopAge());
    }

    int firstYear() {
        return scenario.baseYear() + 1;
    }

    int lastYear() {
        return scenario.endYear();
    }

    /** A year series with one array for every projected year. */
    YearSeries everyYear(IntFunction<double[]> valuesInYear) {
        Map<Integer, double[]> byYear = new TreeMap<>();
        for (int y = firstYear(); y <= lastYear(); y++) {
            byYear.put(y, valuesInYear.apply(y));
        }
        return YearSeries.from(byYear);
    }

    /**
     * The assumption that applies to an area and group: one naming both beats one naming the area, which beats one
     * naming the group, which beats one naming neither; among equals the first listed wins. Null if none applies.
     */
    <T extends GroupAssumption> T mostSpecific(List<? extends T> candidates, int area, int group) {
        T best = null;
        int bestScore = -1;
        for (T a : candidates) {
            boolean areaFits = a.getArea() == null || a.getArea() == areas.get(area);
            boolean groupFits = a.getGroup() == null || a.getGroup() == groups.get(group);
            int score = (a.getArea() != null ? 2 : 0) + (a.getGroup() != null ? 1 : 0);
            if (areaFits && groupFits && score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    /** The array position of an assumption's group; refused when the base population does not hold it. */
    int groupIndex(PopulationGroup group, Assumption forMessage) {
        int i = groups.indexOf(group);
        if (i < 0) {
            throw new ScenarioProblem(AssumptionLabel.of(forMessage) + " names group "
                    + (group == null ? "(none)" : "\"" + group.getId() + "\"")
                    + ", which the base population does not hold; choose one of " + shape.groupNames());
        }
        return i;
    }

    int areaIndex(Area area, Assumption forMessage) {
        int i = areas.indexOf(area);
        if (i < 0) {
            throw new ScenarioProblem(AssumptionLabel.of(forMessage) + " names area \"" + area.getCode()
                    + "\", which the base population does not hold; choose one of " + shape.areaCodes());
        }
        return i;
    }
}
