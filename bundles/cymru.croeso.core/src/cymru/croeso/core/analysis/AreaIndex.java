package cymru.croeso.core.analysis;

import cymru.croeso.core.scenario.ScenarioRun;

/** Finds an area's place in a run's projection, or says which area is missing. */
final class AreaIndex {

    private AreaIndex() {
    }

    static int of(ScenarioRun run, String areaCode) {
        int area = run.result().shape().areaCodes().indexOf(areaCode);
        if (area < 0) {
            throw new IllegalArgumentException("area " + areaCode + " is not in the projection of scenario \""
                    + run.id() + "\"; choose one of the project's areas with a base population");
        }
        return area;
    }
}
