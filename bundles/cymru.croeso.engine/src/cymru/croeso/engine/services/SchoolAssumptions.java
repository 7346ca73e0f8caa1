package cymru.croeso.engine.services;

import java.util.ArrayList;
import java.util.List;

/**
 * What the school-places calculation assumes: planning areas, participation rates by age (or cohort progression),
 * capacity by phase with its changes, and the share of each origin group's pupils needing EAL/WAL support.
 *
 * @param planningAreas      the planning areas
 * @param participation      share of children attending maintained schools, {@code [planningArea * 15 + yearGroup]}
 * @param progression        cohort progression to use instead of participation from year group 1 up, or null
 * @param capacity           places in the base year, {@code [planningArea * 4 + phase]}
 * @param capacityChanges    changes to capacity from a year, indexed {@code planningArea * 4 + phase}
 * @param ealShare           share of pupils needing English/Welsh-as-an-additional-language support, per group
 * @param surplusFlagPercent surplus above which a phase is flagged, per cent (default 10)
 */
public record SchoolAssumptions(List<PlanningArea> planningAreas, double[] participation, CohortProgression progression,
        double[] capacity, List<StepChange> capacityChanges, double[] ealShare, double surplusFlagPercent) {

    public static final int PHASES = SchoolPhase.values().length;

    public SchoolAssumptions {
        planningAreas = List.copyOf(planningAreas);
        participation = participation.clone();
        capacity = capacity.clone();
        capacityChanges = List.copyOf(capacityChanges);
        ealShare = ealShare.clone();
        int n = planningAreas.size();
        if (participation.length != n * SchoolYearGroup.COUNT || capacity.length != n * PHASES) {
            throw new IllegalArgumentException("school assumptions for " + n + " planning areas need " + n * SchoolYearGroup.COUNT
                    + " participation rates and " + n * PHASES + " capacities, not " + participation.length + " and "
                    + capacity.length);
        }
        if (progression != null && progression.planningAreas() != n) {
            throw new IllegalArgumentException("cohort progression covers " + progression.planningAreas()
                    + " planning areas, the assumptions " + n);
        }
    }

    /** Participation at the default rate, the default EAL shares (group 0 UK-born) and the default 10 % flag. */
    public static SchoolAssumptions withDefaults(List<PlanningArea> planningAreas, double[] capacity, int groups) {
        return new SchoolAssumptions(planningAreas,
                ServiceDefaults.filled(planningAreas.size() * SchoolYearGroup.COUNT, ServiceDefaults.PARTICIPATION_RATE),
                null, capacity, List.of(),
                ServiceDefaults.byBirthplace(ServiceDefaults.groupZeroUkBorn(groups), 0, ServiceDefaults.NON_UK_BORN_EAL_SHARE),
                ServiceDefaults.SURPLUS_FLAG_PERCENT);
    }

    /**
     * Participation rates from the base year's rolls: rate = roll ÷ children of the year group's age in the planning
     * area (0 where there are no children).
     *
     * @param rolls {@code [planningArea * 15 + yearGroup]}
     */
    public static double[] participationFromRolls(ProjectedPopulation population, List<PlanningArea> planningAreas,
            double[] rolls) {
        double[] rates = new double[rolls.length];
        int year = population.firstYear();
        for (int p = 0; p < planningAreas.size(); p++) {
            PlanningArea pa = planningAreas.get(p);
            for (SchoolYearGroup yg : SchoolYearGroup.values()) {
                double children = 0;
                for (int g = 0; g < population.shape().groups(); g++) {
                    children += population.sum(year, pa.area(), g, yg.age(), yg.age());
                }
                children *= pa.share();
                int i = p * SchoolYearGroup.COUNT + yg.ordinal();
                rates[i] = children > 0 ? rolls[i] / children : 0;
            }
        }
        return rates;
    }

    /** The same assumptions with {@code places} more (fewer if negative) in a phase from {@code fromYear}. */
    public SchoolAssumptions withCapacityChange(int planningArea, SchoolPhase phase, int fromYear, double places) {
        List<StepChange> changes = new ArrayList<>(capacityChanges);
        changes.add(new StepChange(planningArea * PHASES + phase.ordinal(), fromYear, places));
        return new SchoolAssumptions(planningAreas, participation, progression, capacity, changes, ealShare, surplusFlagPercent);
    }

    /** The same assumptions forecasting by cohort progression. */
    public SchoolAssumptions withProgression(CohortProgression cohortProgression) {
        return new SchoolAssumptions(planningAreas, participation, cohortProgression, capacity, capacityChanges, ealShare,
                surplusFlagPercent);
    }

    // Accessors copy, so that the assumptions stay immutable; calculators read each array once.
    @Override
    public double[] participation() {
        return participation.clone();
    }

    @Override
    public double[] capacity() {
        return capacity.clone();
    }

    @Override
    public double[] ealShare() {
        return ealShare.clone();
    }
}
