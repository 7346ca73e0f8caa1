package cymru.croeso.engine;

import java.util.List;

/**
 * Everything one projection run needs: the base population and the assumptions for every year up to the end year.
 * The constructor checks that every array fits the base population's shape, so a run cannot fail half way.
 *
 * @param base         the population at mid-year {@code baseYear}
 * @param baseYear     the year of the base population
 * @param endYear      the last projected year (after the base year)
 * @param fertility    fertility rates, male share of births and the group births go to
 * @param mortality    mortality rates
 * @param migration    the four migration flows of every group
 * @param transitions  moves between origin groups
 * @param specialFlows planned intakes
 */
public record ProjectionInputs(PopulationGrid base, int baseYear, int endYear, FertilityAssumption fertility,
        MortalityAssumption mortality, MigrationAssumption migration, List<GroupTransition> transitions,
        List<SpecialFlow> specialFlows) {

    public ProjectionInputs {
        transitions = List.copyOf(transitions);
        specialFlows = List.copyOf(specialFlows);
        PopulationShape shape = base.shape();
        int ages = shape.ages();
        int byAreaSexAge = shape.areas() * PopulationShape.SEXES * ages;
        if (endYear <= baseYear) {
            throw new IllegalArgumentException("end year " + endYear + " must come after base year " + baseYear);
        }
        fertility.rates().requireLength(shape.areas() * shape.groups() * ages, "fertility rates [area][group][age]");
        if (fertility.birthGroup() >= shape.groups()) {
            throw new IllegalArgumentException("birth group " + fertility.birthGroup() + " does not exist");
        }
        mortality.rates().requireLength(shape.cells(), "mortality rates");
        if (migration.groups() != shape.groups()) {
            throw new IllegalArgumentException("migration has rules for " + migration.groups() + " groups, the population has " + shape.groups());
        }
        for (MigrationFlow flow : MigrationFlow.values()) {
            for (int g = 0; g < shape.groups(); g++) {
                String what = flow + " of group " + g;
                switch (migration.rule(flow, g)) {
                    case null -> { }
                    case MigrationRule.Counts c -> c.counts().requireLength(byAreaSexAge, what + " [area][sex][age]");
                    case MigrationRule.ScheduledTotal s -> {
                        s.totals().requireLength(shape.areas(), what + " totals [area]");
                        requireAges(s.schedule(), ages, what);
                    }
                    case MigrationRule.Rate r -> {
                        r.rates().requireLength(byAreaSexAge, what + " rates [area][sex][age]");
                        if (r.reference() != null) {
                            if (!flow.isInflow()) {
                                throw new IllegalArgumentException(what + ": an out-flow rate applies to the area's own population, not a reference");
                            }
                            r.reference().requireLength(byAreaSexAge, what + " reference population [area][sex][age]");
                        }
                    }
                }
            }
        }
        for (GroupTransition t : transitions) {
            if (t.fromGroup() >= shape.groups() || t.toGroup() >= shape.groups()) {
                throw new IllegalArgumentException("transition " + t.fromGroup() + " → " + t.toGroup() + " names a group that does not exist");
            }
            t.shares().requireLength(ages, "transition shares by age");
        }
        for (SpecialFlow s : specialFlows) {
            if (s.area() < 0 || s.area() >= shape.areas() || s.group() < 0 || s.group() >= shape.groups()) {
                throw new IllegalArgumentException("special flow into area " + s.area() + ", group " + s.group() + " does not fit the population");
            }
            requireAges(s.profile(), ages, "special flow profile");
        }
    }

    /** A closed population: no migration, transitions or special flows. */
    public static ProjectionInputs closed(PopulationGrid base, int baseYear, int endYear, FertilityAssumption fertility,
            MortalityAssumption mortality) {
        return new ProjectionInputs(base, baseYear, endYear, fertility, mortality,
                MigrationAssumption.none(base.shape().groups()), List.of(), List.of());
    }

    public PopulationShape shape() {
        return base.shape();
    }

    /** Number of projected years after the base year. */
    public int years() {
        return endYear - baseYear;
    }

    private static void requireAges(AgeSexSchedule schedule, int ages, String what) {
        if (schedule.ages() != ages) {
            throw new IllegalArgumentException(what + ": the schedule covers " + schedule.ages() + " ages, the population " + ages);
        }
    }
}
