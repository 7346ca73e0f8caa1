package cymru.croeso.engine;

/**
 * Mortality rates m(s,a) by area, group, sex and age at the end of the year: the share of the population at
 * risk that dies in the year.
 *
 * @param rates per year, one rate per cell in {@link PopulationShape#cell} order
 */
public record MortalityAssumption(YearSeries rates) {

    public MortalityAssumption {
        rates.requireNonNegative("mortality rates");
    }
}
