package cymru.croeso.engine.history;

/**
 * A projection from history, as the CLI's {@code project} command states it.
 *
 * @param tables          the historic tables, parsed
 * @param baseYear        the year of the base population, e.g. 2014
 * @param endYear         the last projected year, e.g. 2040
 * @param fertilityYears  reference years for fertility by age of mother, e.g. 2013:2013
 * @param mortalityYears  reference years for mortality, e.g. 2010:2014
 * @param migrationYears  reference years for migration, e.g. 2003:2014
 * @param migrationBasis  counts or out-flow rates
 */
public record ProjectionRequest(HistoricTables tables, int baseYear, int endYear, YearRange fertilityYears,
        YearRange mortalityYears, YearRange migrationYears, MigrationBasis migrationBasis) {

    public ProjectionRequest {
        if (endYear <= baseYear) {
            throw new IllegalArgumentException("the end year " + endYear + " must come after the base year " + baseYear);
        }
    }

    /** A request with migration as mean counts. */
    public ProjectionRequest(HistoricTables tables, int baseYear, int endYear, YearRange fertilityYears,
            YearRange mortalityYears, YearRange migrationYears) {
        this(tables, baseYear, endYear, fertilityYears, mortalityYears, migrationYears, MigrationBasis.MEAN_COUNTS);
    }
}
