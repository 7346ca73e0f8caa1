package cymru.croeso.engine;

/** How one migration flow of one origin group is stated: as counts, as a total spread by a schedule, or as a rate. */
public sealed interface MigrationRule {

    /**
     * Migrants by area, sex and age, per year.
     *
     * @param counts laid out [area][sex][age]
     */
    record Counts(YearSeries counts) implements MigrationRule {
        public Counts {
            counts.requireNonNegative("migration counts");
        }
    }

    /**
     * A total number of migrants per area and year, spread over sex and age by a schedule
     * (for example a {@link RogersCastro} curve).
     *
     * @param totals   laid out [area]
     * @param schedule shares by sex and age, summing to one
     */
    record ScheduledTotal(YearSeries totals, AgeSexSchedule schedule) implements MigrationRule {
        public ScheduledTotal {
            totals.requireNonNegative("migration totals");
        }
    }

    /**
     * Migrants as a rate by area, sex and age. Out-flows (and in-flows with no reference) apply the rate to the
     * area's own population at risk; internal in-flows apply it to a reference population, such as the rest
     * of the country, that the area draws its migrants from.
     *
     * @param rates     laid out [area][sex][age]
     * @param reference the population the rate applies to, laid out [area][sex][age]; null for the area's own
     *                  population at risk
     */
    record Rate(YearSeries rates, YearSeries reference) implements MigrationRule {
        public Rate {
            rates.requireNonNegative("migration rates");
            if (reference != null) {
                reference.requireNonNegative("migration reference population");
            }
        }

        /** A rate of the area's own population at risk. */
        public static Rate ofOwnPopulation(YearSeries rates) {
            return new Rate(rates, null);
        }
    }
}
