package cymru.croeso.core.analysis;

import java.util.List;

import cymru.croeso.core.scenario.ComparisonRow;
import cymru.croeso.core.scenario.ScenarioComparison;
import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.engine.services.GpRegistrationDemand;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.SchoolPlacesDemand;
import cymru.croeso.engine.services.ServiceDemand;

/**
 * Two or more scenarios' values of one measure for one area over the years they share, and each one's difference
 * from the first (the reference): what the comparison chart draws. Population comes from
 * {@link ScenarioComparison} (summed over the origin groups); a service's gap from {@link ScenarioServices}.
 *
 * @param measure     what was compared
 * @param areaCode    the area
 * @param scenarioIds the scenarios, the reference first
 * @param firstYear   the first year the runs share
 * @param values      [scenario][year − firstYear]
 * @param differences [scenario][year − firstYear]: the scenario's value minus the reference's (all 0 for the
 *                    reference itself)
 */
public record ScenarioLines(ComparedMeasure measure, String areaCode, List<String> scenarioIds, int firstYear,
        double[][] values, double[][] differences) {

    /**
     * @param runs  the scenario runs, the reference first
     * @param roots each run's root scenario run (for the housing calibration); only read for a service's gap
     * @throws ScenarioProblem if fewer than two runs are given or they do not share a year
     */
    public static ScenarioLines compare(List<ScenarioRun> runs, List<ScenarioRun> roots, String areaCode,
            ComparedMeasure measure) {
        List<ComparisonRow> rows = ScenarioComparison.compare(runs, List.of(AgeBand.ALL_AGES));
        int first = rows.stream().mapToInt(ComparisonRow::year).min().orElseThrow();
        int last = rows.stream().mapToInt(ComparisonRow::year).max().orElseThrow();
        int years = last - first + 1;
        List<String> ids = runs.stream().map(ScenarioRun::id).toList();
        double[][] values = new double[runs.size()][years];
        AreaIndex.of(runs.get(0), areaCode);
        if (measure == ComparedMeasure.POPULATION) {
            double[][] differences = new double[runs.size()][years];
            // rows come run by run, each run the same number of rows (a scenario compared with itself included)
            int perRun = rows.size() / runs.size();
            for (int i = 0; i < rows.size(); i++) {
                ComparisonRow row = rows.get(i);
                if (row.area().equals(areaCode)) {
                    int s = i / perRun;
                    values[s][row.year() - first] += row.value();
                    differences[s][row.year() - first] += row.difference();
                }
            }
            return new ScenarioLines(measure, areaCode, ids, first, values, differences);
        }
        for (int s = 0; s < runs.size(); s++) {
            ScenarioRun run = runs.get(s);
            ServiceDemand demand = ScenarioServices.of(run, roots.get(s)).demand(run);
            int area = AreaIndex.of(run, areaCode);
            for (int y = 0; y < years; y++) {
                values[s][y] = gap(demand, measure, first + y, area);
            }
        }
        double[][] differences = new double[runs.size()][years];
        for (int s = 0; s < runs.size(); s++) {
            for (int y = 0; y < years; y++) {
                differences[s][y] = values[s][y] - values[0][y];
            }
        }
        return new ScenarioLines(measure, areaCode, ids, first, values, differences);
    }

    static double gap(ServiceDemand demand, ComparedMeasure measure, int year, int area) {
        return switch (measure) {
            case SCHOOL_PLACES_GAP -> schoolSurplus(demand.schools(), year, area);
            case ESOL_GAP -> demand.esol().get(EsolDemand.Measure.PLACES, year, area)
                    - demand.esol().get(EsolDemand.Measure.SEEKING_PLACE, year, area);
            case HOUSING_GAP -> -demand.housing().shortfall(year, area);
            case GP_GAP -> demand.gp().get(GpRegistrationDemand.Measure.HEADROOM, year, area);
            case POPULATION -> throw new IllegalArgumentException("population is not a service gap");
        };
    }

    private static double schoolSurplus(SchoolPlacesDemand schools, int year, int area) {
        double surplus = 0;
        for (int p = 0; p < schools.planningAreas().size(); p++) {
            if (schools.planningAreas().get(p).area() == area) {
                for (SchoolPhase phase : SchoolPhase.values()) {
                    surplus += schools.surplus(year, p, phase);
                }
            }
        }
        return surplus;
    }

    public int years() {
        return values[0].length;
    }

    public int lastYear() {
        return firstYear + years() - 1;
    }
}
