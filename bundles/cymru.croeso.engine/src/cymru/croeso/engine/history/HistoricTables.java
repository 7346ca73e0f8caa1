package cymru.croeso.engine.history;

import java.util.List;

/**
 * The historic tables of one or more areas that assumptions are derived from, already parsed into rows.
 *
 * @param population          mid-year estimates by sex and age (the base year and every year before a reference year)
 * @param births              births by sex in the year to mid-year (age 0)
 * @param deaths              deaths by sex and age at mid-year
 * @param internalIn          internal (within-UK) in-migrants by sex and age
 * @param internalOut         internal out-migrants
 * @param internationalIn     international in-migrants
 * @param internationalOut    international out-migrants
 * @param birthsByAgeOfMother births by age of mother (sex F), or an empty list to use a standard schedule
 */
public record HistoricTables(List<TableRow> population, List<TableRow> births, List<TableRow> deaths,
        List<TableRow> internalIn, List<TableRow> internalOut, List<TableRow> internationalIn,
        List<TableRow> internationalOut, List<TableRow> birthsByAgeOfMother) {

    public HistoricTables {
        population = List.copyOf(population);
        births = List.copyOf(births);
        deaths = List.copyOf(deaths);
        internalIn = List.copyOf(internalIn);
        internalOut = List.copyOf(internalOut);
        internationalIn = List.copyOf(internationalIn);
        internationalOut = List.copyOf(internationalOut);
        birthsByAgeOfMother = birthsByAgeOfMother == null ? List.of() : List.copyOf(birthsByAgeOfMother);
    }
}
