package cymru.croeso.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded random projection inputs that exercise every rule of the engine: several areas and groups, rates that
 * change over the years, every kind of migration rule, transitions, special flows and flows large enough to be capped.
 */
public final class RandomInputs {
    private final Random random;

    public RandomInputs(long seed) {
        this.random = new Random(seed);
    }

    public ProjectionInputs next() {
        int top = random.nextBoolean() ? 2 + random.nextInt(12) : PopulationShape.DEFAULT_TOP_AGE;
        List<String> areas = names("A", 1 + random.nextInt(3));
        List<String> groups = names("G", 1 + random.nextInt(4));
        PopulationShape shape = new PopulationShape(areas, groups, top);
        int baseYear = 2000 + random.nextInt(20);
        int endYear = baseYear + 1 + random.nextInt(6);
        PopulationGrid base = new PopulationGrid(shape, values(shape.cells(), 0, 1000, 0.1));
        int ages = shape.ages();
        FertilityAssumption fertility = new FertilityAssumption(series(shape.areas() * shape.groups() * ages, 0, 0.2, baseYear, endYear),
                random.nextDouble(), random.nextInt(shape.groups()));
        // Now and then a rate above one, which must be capped.
        MortalityAssumption mortality = new MortalityAssumption(series(shape.cells(), 0, random.nextInt(10) == 0 ? 1.3 : 0.3, baseYear, endYear));
        int byAreaSexAge = shape.areas() * 2 * ages;
        MigrationAssumption migration = MigrationAssumption.none(shape.groups());
        for (MigrationFlow flow : MigrationFlow.values()) {
            for (int g = 0; g < shape.groups(); g++) {
                MigrationRule rule = switch (random.nextInt(5)) {
                    case 0 -> null;
                    case 1 -> new MigrationRule.Counts(series(byAreaSexAge, 0, random.nextBoolean() ? 50 : 800, baseYear, endYear));
                    case 2 -> new MigrationRule.ScheduledTotal(series(shape.areas(), 0, 5000, baseYear, endYear),
                            AgeSexSchedule.ofWeights(values(2 * ages, 0, 1, 0.2)));
                    case 3 -> MigrationRule.Rate.ofOwnPopulation(series(byAreaSexAge, 0, 0.6, baseYear, endYear));
                    default -> flow.isInflow()
                            ? new MigrationRule.Rate(series(byAreaSexAge, 0, 0.05, baseYear, endYear), series(byAreaSexAge, 0, 5000, baseYear, endYear))
                            : new MigrationRule.Counts(series(byAreaSexAge, 0, 200, baseYear, endYear));
                };
                migration = migration.with(flow, g, rule);
            }
        }
        List<GroupTransition> transitions = new ArrayList<>();
        for (int i = 0; shape.groups() > 1 && i < random.nextInt(4); i++) {
            int from = random.nextInt(shape.groups());
            int to = (from + 1 + random.nextInt(shape.groups() - 1)) % shape.groups();
            transitions.add(new GroupTransition(from, to, series(ages, 0, 0.7, baseYear, endYear)));
        }
        List<SpecialFlow> special = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            int first = baseYear + 1 + random.nextInt(endYear - baseYear);
            special.add(new SpecialFlow(random.nextInt(shape.areas()), random.nextInt(shape.groups()), first,
                    first + random.nextInt(3), random.nextDouble() * 500, AgeSexSchedule.ofWeights(values(2 * ages, 0, 1, 0.3))));
        }
        return new ProjectionInputs(base, baseYear, endYear, fertility, mortality, migration, transitions, special);
    }

    private YearSeries series(int length, double low, double high, int baseYear, int endYear) {
        if (random.nextBoolean()) {
            return YearSeries.constant(values(length, low, high, 0.1));
        }
        Map<Integer, double[]> byYear = new TreeMap<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            byYear.put(baseYear + random.nextInt(endYear - baseYear + 2), values(length, low, high, 0.1));
        }
        return YearSeries.from(byYear);
    }

    /** Uniform values in [low, high), a share of them exactly zero. */
    private double[] values(int length, double low, double high, double zeroShare) {
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = random.nextDouble() < zeroShare ? 0 : low + (high - low) * random.nextDouble();
        }
        return v;
    }

    private static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
