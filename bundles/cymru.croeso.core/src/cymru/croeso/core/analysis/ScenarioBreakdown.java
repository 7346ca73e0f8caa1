package cymru.croeso.core.analysis;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.core.scenario.ComparisonRow;
import cymru.croeso.core.scenario.ScenarioComparison;
import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.engine.AgeBand;

/**
 * Two or more scenarios' population of one area by origin group and by age band in every year the runs share, each
 * with its difference from the first (the reference): the breakdown under the comparison chart. It reads the rows of
 * the command line's comparison ({@link ScenarioComparison}, the same bands), so the workbench and the CSV agree.
 *
 * @param areaCode    the area
 * @param scenarioIds the scenarios, the reference first
 * @param firstYear   the first year the runs share
 * @param groups      one line per origin group (its id), all ages, in the projection's order
 * @param bands       one line per age band (0–15, 16–64, 65+), all groups; together they cover every age
 * @param total       everyone: all groups, all ages
 */
public record ScenarioBreakdown(String areaCode, List<String> scenarioIds, int firstYear, List<Line> groups,
        List<Line> bands, Line total) {

    /**
     * One row of the breakdown.
     *
     * @param name        the group's id, or the band as "16-64" / "65+"
     * @param band        the age band, or null for a group's line
     * @param values      [scenario][year − firstYear]: people, both sexes
     * @param differences [scenario][year − firstYear]: the scenario's value minus the reference's
     */
    public record Line(String name, AgeBand band, double[][] values, double[][] differences) {
        public double value(int scenario, int year, int firstYear) {
            return values[scenario][year - firstYear];
        }

        public double difference(int scenario, int year, int firstYear) {
            return differences[scenario][year - firstYear];
        }
    }

    /**
     * @param runs the scenario runs, the reference first
     * @throws ScenarioProblem if fewer than two runs are given, they differ in shape or share no year
     * @throws IllegalArgumentException if the runs have no area {@code areaCode}
     */
    public static ScenarioBreakdown of(List<ScenarioRun> runs, String areaCode) {
        AreaIndex.of(runs.get(0), areaCode);
        List<ComparisonRow> rows = ScenarioComparison.compare(runs);
        int first = rows.stream().mapToInt(ComparisonRow::year).min().orElseThrow();
        int last = rows.stream().mapToInt(ComparisonRow::year).max().orElseThrow();
        int years = last - first + 1;
        List<String> groupIds = runs.get(0).result().shape().groupNames();
        List<AgeBand> bandList = ScenarioComparison.DEFAULT_BANDS.stream().filter(b -> !b.equals(AgeBand.ALL_AGES))
                .toList();
        List<Line> groups = new ArrayList<>();
        groupIds.forEach(g -> groups.add(new Line(g, null, new double[runs.size()][years], new double[runs.size()][years])));
        List<Line> bands = new ArrayList<>();
        bandList.forEach(b -> bands.add(new Line(b.toString(), b, new double[runs.size()][years],
                new double[runs.size()][years])));
        Line total = new Line("", AgeBand.ALL_AGES, new double[runs.size()][years], new double[runs.size()][years]);
        // rows come run by run, each run the same number of rows (a scenario compared with itself included)
        int perRun = rows.size() / runs.size();
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow row = rows.get(i);
            if (!row.area().equals(areaCode)) {
                continue;
            }
            int s = i / perRun;
            int y = row.year() - first;
            if (row.band().equals(AgeBand.ALL_AGES)) {
                add(groups.get(groupIds.indexOf(row.group())), s, y, row);
                add(total, s, y, row);
            } else {
                add(bands.get(bandList.indexOf(row.band())), s, y, row);
            }
        }
        return new ScenarioBreakdown(areaCode, runs.stream().map(ScenarioRun::id).toList(), first, List.copyOf(groups),
                List.copyOf(bands), total);
    }

    private static void add(Line line, int scenario, int year, ComparisonRow row) {
        line.values()[scenario][year] += row.value();
        line.differences()[scenario][year] += row.difference();
    }

    public int years() {
        return total.values()[0].length;
    }

    public int lastYear() {
        return firstYear + years() - 1;
    }
}
