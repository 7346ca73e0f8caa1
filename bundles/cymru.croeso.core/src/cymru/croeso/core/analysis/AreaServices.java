package cymru.croeso.core.analysis;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.engine.services.HousingDemand;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.SchoolPlacesDemand;
import cymru.croeso.engine.services.ServiceDemand;

/**
 * One area's services against their capacity for every year of a scenario run, as the service charts draw them:
 * pupils and school places by phase (summed over the area's planning areas), adults seeking an ESOL place against
 * places and learners served, and households against dwellings needed and available. The numbers are the service
 * calculators' own, through {@link ScenarioServices}, as the command line's {@code demand} writes them.
 *
 * @param areaCode           the area
 * @param firstYear          the year of every array's first value
 * @param pupils             pupils [phase ordinal][year − firstYear]
 * @param schoolPlaces       school places [phase ordinal][year − firstYear]
 * @param esolSeeking        adults seeking an ESOL place (new applicants and those still waiting)
 * @param esolPlaces         ESOL class places
 * @param esolServed         ESOL learners served
 * @param households         households
 * @param dwellingsNeeded    dwellings needed for them (after vacancy and second homes)
 * @param dwellingsAvailable dwellings available (stock and completions to date)
 * @param schoolEstate       whether the project records a school estate (without one every place count is 0)
 * @param housingStock       whether the project records dwelling stock (without it dwellings available are 0)
 * @param esolProviders      whether any ESOL provider serves the area (without one places are 0)
 */
public record AreaServices(String areaCode, int firstYear, double[][] pupils, double[][] schoolPlaces,
        double[] esolSeeking, double[] esolPlaces, double[] esolServed, double[] households, double[] dwellingsNeeded,
        double[] dwellingsAvailable, boolean schoolEstate, boolean housingStock, boolean esolProviders) {

    /**
     * @param run  the scenario run
     * @param root the run of its root scenario, on which headship rates are calibrated (the same run for a root)
     */
    public static AreaServices of(ScenarioRun run, ScenarioRun root, String areaCode) {
        int area = AreaIndex.of(run, areaCode);
        ScenarioServices services = ScenarioServices.of(run, root);
        ServiceDemand demand = services.demand(run);
        int first = run.result().baseYear();
        int years = run.result().endYear() - first + 1;
        SchoolPhase[] phases = SchoolPhase.values();
        double[][] pupils = new double[phases.length][years];
        double[][] places = new double[phases.length][years];
        SchoolPlacesDemand schools = demand.schools();
        for (int p = 0; p < schools.planningAreas().size(); p++) {
            if (schools.planningAreas().get(p).area() != area) {
                continue;
            }
            for (SchoolPhase phase : phases) {
                for (int y = 0; y < years; y++) {
                    pupils[phase.ordinal()][y] += schools.pupils(first + y, p, phase);
                    places[phase.ordinal()][y] += schools.capacity(first + y, p, phase);
                }
            }
        }
        EsolDemand esol = demand.esol();
        HousingDemand housing = demand.housing();
        double[][] e = new double[3][years];
        double[][] h = new double[3][years];
        for (int y = 0; y < years; y++) {
            e[0][y] = esol.get(EsolDemand.Measure.SEEKING_PLACE, first + y, area);
            e[1][y] = esol.get(EsolDemand.Measure.PLACES, first + y, area);
            e[2][y] = esol.get(EsolDemand.Measure.LEARNERS_SERVED, first + y, area);
            h[0][y] = housing.get(HousingDemand.Measure.HOUSEHOLDS, first + y, area);
            h[1][y] = housing.get(HousingDemand.Measure.DWELLINGS_NEEDED, first + y, area);
            h[2][y] = housing.get(HousingDemand.Measure.DWELLINGS_AVAILABLE, first + y, area);
        }
        boolean providers = services.assumptions().esol().providers().stream().anyMatch(p -> p.area() == area);
        return new AreaServices(areaCode, first, pupils, places, e[0], e[1], e[2], h[0], h[1], h[2],
                services.schoolEstate(), services.housingStock(), providers);
    }

    public int years() {
        return esolSeeking.length;
    }

    public int lastYear() {
        return firstYear + years() - 1;
    }
}
