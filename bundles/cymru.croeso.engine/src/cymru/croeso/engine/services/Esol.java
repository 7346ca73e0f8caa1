package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;

import java.util.Arrays;
import java.util.List;

/**
 * Works out ESOL demand, provision and cost by area and year.
 *
 * <p>The rule, for each area and year t:
 * <pre>
 *   new(t)      = Σ_groups adults 16+ × limited-English share × uptake rate(t)   (with its changes, within 0 … 1)
 *   carried(t)  = waiting(t − 1) × (1 − drop-out share)        (waiting(base − 1) = the waiting list at start)
 *   seeking(t)  = new(t) + carried(t)
 *   served(t)   = min(places(t), seeking(t))                  (places of the area's providers, with their changes)
 *   waiting(t)  = seeking(t) − served(t)                       = unmet demand
 *   hours(t)    = served(t) × place-weighted guided hours per learner of the area's providers
 *   cost(t)     = hours(t) × £ per guided hour
 * </pre>
 * The uptake rate counts new applications in a year, so those still waiting are added to, not counted within, the
 * year's applicants; a learner who moves up a level applies again.
 */
public final class Esol {

    private Esol() {
    }

    public static EsolDemand project(ProjectedPopulation population, EsolAssumptions assumptions) {
        PopulationShape shape = population.shape();
        int areas = shape.areas();
        int groups = shape.groups();
        int years = population.years();
        if (assumptions.uptakeRate().length != groups || assumptions.waitingListAtStart().length != areas) {
            throw new IllegalArgumentException("ESOL assumptions are for " + assumptions.uptakeRate().length + " groups and "
                    + assumptions.waitingListAtStart().length + " areas; the projection has " + groups + " and " + areas);
        }
        List<EsolProvider> providers = assumptions.providers();
        double[] basePlaces = new double[providers.size()];
        for (int p = 0; p < basePlaces.length; p++) {
            if (providers.get(p).area() >= areas) {
                throw new IllegalArgumentException("ESOL provider " + providers.get(p).name() + " is in area "
                        + providers.get(p).area() + "; the projection has " + areas);
            }
            basePlaces[p] = providers.get(p).places();
        }
        double[] providerPlaces = StepChange.capacities(basePlaces, assumptions.placeChanges(), population.firstYear(), years);
        double[] limitedShare = assumptions.limitedEnglishShare();
        double[] uptake = StepChange.capacities(assumptions.uptakeRate(), assumptions.uptakeChanges(),
                population.firstYear(), years);
        double[] need = new double[groups];
        double keep = 1 - assumptions.dropOutShare();
        AreaYearValues out = EsolDemand.emptyValues(shape.areaCodes(), population.firstYear(), years);
        double[] waiting = assumptions.waitingListAtStart();
        double[] places = new double[areas];
        double[] placeHours = new double[areas];
        for (int y = 0; y < years; y++) {
            double[] cells = population.cellsAt(y);
            for (int g = 0; g < groups; g++) {
                need[g] = limitedShare[g] * Math.max(0, Math.min(1, uptake[y * groups + g]));
            }
            Arrays.fill(places, 0);
            Arrays.fill(placeHours, 0);
            for (int p = 0; p < providers.size(); p++) {
                double pl = Math.max(0, providerPlaces[y * providers.size() + p]);
                places[providers.get(p).area()] += pl;
                placeHours[providers.get(p).area()] += pl * providers.get(p).guidedHoursPerLearner();
            }
            for (int a = 0; a < areas; a++) {
                double limited = 0;
                double applying = 0;
                for (int g = 0; g < groups; g++) {
                    double adults = 0;
                    for (int s = 0; s < PopulationShape.SEXES; s++) {
                        int first = shape.firstCell(a, g, s);
                        for (int age = EsolAssumptions.ADULT_AGE; age <= shape.topAge(); age++) {
                            adults += cells[first + age];
                        }
                    }
                    limited += adults * limitedShare[g];
                    applying += adults * need[g];
                }
                double carried = waiting[a] * keep;
                double seeking = applying + carried;
                double served = Math.min(places[a], seeking);
                double hours = places[a] > 0 ? served * placeHours[a] / places[a] : 0;
                double[] measures = {limited, applying, carried, waiting[a] - carried, seeking, places[a], served,
                    seeking - served, hours, hours * assumptions.costPerGuidedHour()};
                for (int m = 0; m < measures.length; m++) {
                    out.set(y, a, m, measures[m]);
                }
                waiting[a] = seeking - served;
            }
        }
        return new EsolDemand(out);
    }
}
