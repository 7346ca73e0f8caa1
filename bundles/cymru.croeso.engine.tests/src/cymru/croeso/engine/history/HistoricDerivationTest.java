package cymru.croeso.engine.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cymru.croeso.engine.Component;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Assumptions derived from a tiny history (ages 0, 1, 2+; one area) worked by hand.
 * Populations: 2000 F [10 20 30] M [10 10 10]; 2001 F [4 12 60] M [6 10 25]; 2002 F [4 5 70] M [4 6 33].
 * Births: 2001 F 5 M 6; 2002 F 4 M 4. So R(2001) = F [5 10 50] M [6 10 20] and R(2002) = F [4 4 72] M [4 6 35].
 */
class HistoricDerivationTest {
    private static final YearRange BOTH = new YearRange(2001, 2002);

    static HistoricTables tables(List<TableRow> byAgeOfMother) {
        List<TableRow> population = new ArrayList<>();
        population.addAll(year(2000, 10, 20, 30, 10, 10, 10));
        population.addAll(year(2001, 4, 12, 60, 6, 10, 25));
        population.addAll(year(2002, 4, 5, 70, 4, 6, 33));
        List<TableRow> births = List.of(row(Sex.FEMALE, 0, 2001, 5), row(Sex.MALE, 0, 2001, 6),
                row(Sex.FEMALE, 0, 2002, 4), row(Sex.MALE, 0, 2002, 4));
        List<TableRow> deaths = concat(year(2001, 1, 2, 6, 0, 1, 2), year(2002, 0, 1, 18, 1, 0, 7));
        List<TableRow> internalIn = concat(year(2001, 1, 1, 1, 0, 0, 0), year(2002, 0, 0, 0, 0, 0, 0));
        List<TableRow> internalOut = concat(year(2001, 1, 2, 3, 0, 0, 0), year(2002, 3, 2, 1, 2, 2, 2));
        List<TableRow> internationalIn = concat(year(2001, 0, 3, 20, 0, 1, 7), year(2002, 0, 0, 0, 0, 0, 0));
        // Listed twice, as some ONS extracts do: identical repeats must be read once.
        List<TableRow> internationalOut = concat(year(2001, 0, 0, 0, 0, 0, 0), concat(year(2002, 0, 0, 0, 0, 0, 0),
                year(2002, 0, 0, 0, 0, 0, 0)));
        return new HistoricTables(population, births, deaths, internalIn, internalOut, internationalIn, internationalOut,
                byAgeOfMother);
    }

    private static final List<TableRow> MOTHERS_2002 = List.of(row(Sex.FEMALE, 1, 2002, 2), row(Sex.FEMALE, 2, 2002, 4));

    @Test
    void mortalityIsTheMeanOfDeathsOverPopulationAtRisk() {
        // 2001: F [1/5 2/10 6/50] = [0.2 0.2 0.12], M [0 0.1 0.1]; 2002: F [0 1/4 18/72] = [0 0.25 0.25], M [0.25 0 0.2]
        double[] m = MortalityFromHistory.rates(new ComponentHistory(tables(List.of())), "X", BOTH);
        assertArrayEquals(new double[] {0.1, 0.225, 0.185, 0.125, 0.05, 0.15}, m, 1e-12);
    }

    @Test
    void fertilityFromBirthsByAgeOfMotherIsScaledToTheBaseYearsBirths() {
        // f = [0, 2/4, 4/72]; with R(2002) women [.. 4 72] it implies 2 + 4 = 6 births; 8 were born, so × 8/6:
        // f = [0, 2/3, 4/54]
        double[] f = FertilityFromHistory.rates(new ComponentHistory(tables(MOTHERS_2002)), "X", new YearRange(2002, 2002), 2002);
        assertArrayEquals(new double[] {0, 2.0 / 3, 4.0 / 54}, f, 1e-12);
    }

    @Test
    void aStandardScheduleIsScaledWhenOnlyTotalsExist() {
        // Ages stop at 2+ here, below every age of the standard schedule, so it cannot be scaled to 8 births.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FertilityFromHistory.rates(new ComponentHistory(tables(List.of())), "X", new YearRange(2002, 2002), 2002));
        assertTrue(e.getMessage().contains("cannot be scaled to the 8.0 births"), e::getMessage);
    }

    @Test
    void theStandardScheduleHasTheMeanAgeOfMothersIn2013() {
        double[] shape = StandardFertilitySchedule.shape(90);
        double sum = 0;
        double mean = 0;
        for (int x = 0; x <= 90; x++) {
            sum += shape[x];
            mean += x * shape[x];
        }
        assertEquals(1, sum, 1e-12);
        // Hadwiger's function is the inverse Gaussian density with mean c = 30; cut at 15–49 and taken by single
        // years it keeps its mean within half a year.
        assertEquals(30, mean, 0.5);
        assertEquals(0, shape[14], 0);
        assertEquals(0, shape[50], 0);
    }

    @Test
    void migrationMeansOfCountsAndOfRates() {
        ComponentHistory history = new ComponentHistory(tables(List.of()));
        // internal out 2001 F [1 2 3] M [0 0 0], 2002 F [3 2 1] M [2 2 2] → means F [2 2 2] M [1 1 1]
        assertArrayEquals(new double[] {2, 2, 2, 1, 1, 1},
                MigrationFromHistory.meanCounts(history, MigrationFlow.INTERNAL_OUT, "X", BOTH), 1e-12);
        // rates: F age 1: (2/10 + 2/4)/2 = 0.35; M age 0: (0/6 + 2/4)/2 = 0.25
        double[] rates = MigrationFromHistory.meanRates(history, MigrationFlow.INTERNAL_OUT, "X", BOTH);
        assertEquals(0.35, rates[1], 1e-12);
        assertEquals(0.25, rates[3], 1e-12);
    }

    @Test
    void accountingResidualOfAnEstimate() {
        // 2001 rebuilt F: [5−1+1−1, 10−2+1−2+3, 50−6+1−3+20] = [4 10 62] against [4 12 60]: residuals 0, +2, −2.
        // M: [6−0, 10−1+1, 20−2+7] = [6 10 25], exactly the estimate.
        AccountingResidual r = AccountingResidual.of(new ComponentHistory(tables(List.of())), "X", 2001);
        assertEquals(0, r.net(), 1e-12);
        assertEquals(4, r.absoluteTotal(), 1e-12);
        assertEquals(2, r.largestCell(), 1e-12);
    }

    @Test
    void projectionFromHistoryByHand() {
        ProjectionResult r = HistoricProjection.run(new ProjectionRequest(tables(MOTHERS_2002), 2002, 2003,
                new YearRange(2002, 2002), BOTH, BOTH));
        // R(2003) women: [births, 4, 5 + 70 = 75]; births = (2/3)·4 + (4/54)·75 = 8.222222
        double births = 2.0 / 3 * 4 + 4.0 / 54 * 75;
        assertEquals(births, r.component(Component.BIRTHS, 2003, 0, 0, Sex.FEMALE, 0)
                + r.component(Component.BIRTHS, 2003, 0, 0, Sex.MALE, 0), 1e-9);
        // women 2+: 75 − 0.185·75 (13.875) + internal in 0.5 − internal out 2 + international in 10 = 69.625
        assertEquals(69.625, r.population(2003, 0, 0, Sex.FEMALE, 2), 1e-9);
        assertEquals("X", r.shape().areaCodes().get(0));
    }

    @Test
    void missingReferenceYearsAndConflictingRowsAreNamed() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> HistoricProjection.run(new ProjectionRequest(tables(MOTHERS_2002), 2002, 2003,
                        new YearRange(2002, 2002), new YearRange(1999, 2002), BOTH)));
        assertTrue(missing.getMessage().contains("population table has no rows for X in 1998"), missing::getMessage);
        List<TableRow> conflicting = concat(MOTHERS_2002, List.of(row(Sex.FEMALE, 1, 2002, 3)));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new ComponentHistory(tables(conflicting)));
        assertTrue(twice.getMessage().startsWith("births by age of mother table: X F age 1 2002 is given twice"), twice::getMessage);
    }

    @Test
    void yearRanges() {
        assertEquals(new YearRange(2010, 2014), YearRange.parse("2010:2014"));
        assertEquals(new YearRange(2013, 2013), YearRange.parse("2013"));
        assertThrows(IllegalArgumentException.class, () -> YearRange.parse("2014:2010"));
        assertThrows(IllegalArgumentException.class, () -> YearRange.parse("2010-2014"));
    }

    private static List<TableRow> year(int year, double... femaleThenMale) {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < femaleThenMale.length; i++) {
            rows.add(row(i < 3 ? Sex.FEMALE : Sex.MALE, i % 3, year, femaleThenMale[i]));
        }
        return rows;
    }

    private static TableRow row(Sex sex, int age, int year, double value) {
        return new TableRow("X", sex, age, year, value);
    }

    private static List<TableRow> concat(List<TableRow> a, List<TableRow> b) {
        List<TableRow> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
