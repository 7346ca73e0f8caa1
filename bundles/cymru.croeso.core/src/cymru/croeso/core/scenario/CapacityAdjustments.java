package cymru.croeso.core.scenario;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

import cymru.croeso.model.Effect;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.SchoolUnit;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.YearGroup;

/**
 * What the strategy actions a scenario switches on add to service capacity, as plain per-year arrays for the
 * service calculators: ESOL places by provider, school places by school and year group, and ESOL uptake rate points
 * by need. Index {@code i} of every array is the year {@code baseYear + i}, so index 0 is the base year.
 * An effect lasts from its first year to its last ({@code toYear}), or to the end of the horizon when it has none.
 */
public final class CapacityAdjustments {
    private final int baseYear;
    private final int years;
    private final Map<EsolProvider, double[]> esolPlaces = new IdentityHashMap<>();
    private final Map<SchoolUnit, Map<YearGroup, double[]>> schoolPlaces = new IdentityHashMap<>();
    private final Map<EsolNeed, double[]> uptakePoints = new IdentityHashMap<>();

    private CapacityAdjustments(int baseYear, int endYear) {
        this.baseYear = baseYear;
        this.years = endYear - baseYear;
    }

    /** The capacity effects of the scenario's enabled actions. */
    public static CapacityAdjustments of(ResolvedScenario scenario) {
        CapacityAdjustments result = new CapacityAdjustments(scenario.baseYear(), scenario.endYear());
        for (StrategyAction action : scenario.actions()) {
            for (Effect e : action.getEffects()) {
                switch (e.getTarget()) {
                    case ESOL_PLACES -> result.add(result.esolPlaces.computeIfAbsent(e.getEsolProvider(), k -> result.zeros()), e);
                    case SCHOOL_PLACES -> result.add(result.schoolPlaces
                            .computeIfAbsent(e.getSchool(), k -> new EnumMap<>(YearGroup.class))
                            .computeIfAbsent(e.getYearGroup(), k -> result.zeros()), e);
                    case RATE -> {
                        if (e.getEsolNeed() != null) {
                            result.add(result.uptakePoints.computeIfAbsent(e.getEsolNeed(), k -> result.zeros()), e);
                        }
                    }
                    case FLOW -> { }
                }
            }
        }
        return result;
    }

    public int baseYear() {
        return baseYear;
    }

    /** ESOL class places added to a provider in each year (zeros if none). */
    public double[] esolPlacesAdded(EsolProvider provider) {
        return copyOrZeros(esolPlaces.get(provider));
    }

    /** School places added to a school's year group in each year (zeros if none). */
    public double[] schoolPlacesAdded(SchoolUnit school, YearGroup yearGroup) {
        Map<YearGroup, double[]> byYearGroup = schoolPlaces.get(school);
        return copyOrZeros(byYearGroup == null ? null : byYearGroup.get(yearGroup));
    }

    /** ESOL uptake rate points (as a fraction) added to a need in each year (zeros if none). */
    public double[] uptakePointsAdded(EsolNeed need) {
        return copyOrZeros(uptakePoints.get(need));
    }

    private void add(double[] perYear, Effect e) {
        int last = e.getToYear() == 0 ? years : Math.min(years, e.getToYear() - baseYear);
        for (int i = Math.max(0, e.getFromYear() - baseYear); i <= last; i++) {
            perYear[i] += e.getAmount();
        }
    }

    private double[] zeros() {
        return new double[years + 1];
    }

    private double[] copyOrZeros(double[] values) {
        return values == null ? zeros() : values.clone();
    }
}
