package cymru.croeso.core.scenario;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionSummary;

/**
 * Compares two or more runs of the same project: population by area, group and age band in every year the runs
 * share, each with its difference from the first run.
 */
public final class ScenarioComparison {

    /**
     * The bands compared unless others are asked for: children 0–15, working age 16–64 and 65+ (the bands of the
     * ONS old-age dependency ratio), and all ages.
     */
    public static final List<AgeBand> DEFAULT_BANDS = List.of(new AgeBand(0, 15), AgeBand.WORKING_AGE,
            AgeBand.OLD_AGE, AgeBand.ALL_AGES);

    private ScenarioComparison() {
    }

    public static List<ComparisonRow> compare(List<ScenarioRun> runs) {
        return compare(runs, DEFAULT_BANDS);
    }

    /**
     * Rows ordered by scenario, area, group, band, then year.
     *
     * @throws ScenarioProblem if fewer than two runs are given, their areas, groups or ages differ, or their horizons
     *                         do not overlap
     */
    public static List<ComparisonRow> compare(List<ScenarioRun> runs, List<AgeBand> bands) {
        if (runs.size() < 2) {
            throw new ScenarioProblem("a comparison needs two or more scenarios, not " + runs.size());
        }
        ScenarioRun first = runs.get(0);
        PopulationShape shape = first.result().shape();
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        for (ScenarioRun run : runs) {
            if (!run.result().shape().equals(shape)) {
                throw new ScenarioProblem("scenarios \"" + first.id() + "\" and \"" + run.id()
                        + "\" have different areas, groups or ages; compare scenarios of the same project");
            }
            from = Math.max(from, run.result().baseYear());
            to = Math.min(to, run.result().endYear());
        }
        if (from > to) {
            throw new ScenarioProblem("the scenarios' horizons share no year; give them overlapping horizons");
        }
        ProjectionSummary reference = new ProjectionSummary(first.result());
        List<ComparisonRow> rows = new ArrayList<>();
        for (ScenarioRun run : runs) {
            ProjectionSummary summary = new ProjectionSummary(run.result());
            for (int area = 0; area < shape.areas(); area++) {
                for (int group = 0; group < shape.groups(); group++) {
                    for (AgeBand band : bands) {
                        for (int year = from; year <= to; year++) {
                            double value = summary.total(year, area, group, band);
                            rows.add(new ComparisonRow(run.id(), shape.areaCodes().get(area),
                                    shape.groupNames().get(group), band, year, value,
                                    value - reference.total(year, area, group, band)));
                        }
                    }
                }
            }
        }
        return rows;
    }
}
