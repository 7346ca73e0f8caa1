package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Inputs that cannot make sense are refused before a run starts, and year series hold until changed. */
class ProjectionInputsTest {
    private static final PopulationShape SHAPE = new PopulationShape(List.of("X"), List.of("a", "b"), 1);
    private static final PopulationGrid BASE = new PopulationGrid(SHAPE, new double[8]);
    private static final MortalityAssumption MORTALITY = new MortalityAssumption(YearSeries.constant(new double[8]));

    @Test
    void fertilityOfTheWrongShapeIsRefused() {
        // [area][group][age] needs 1 × 2 × 2 = 4 rates
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectionInputs.closed(BASE, 2000, 2001,
                new FertilityAssumption(YearSeries.constant(0, 0, 0)), MORTALITY));
        assertTrue(e.getMessage().contains("has 3 values per year, expected 4"), e::getMessage);
    }

    @Test
    void birthsIntoAMissingGroupAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProjectionInputs.closed(BASE, 2000, 2001,
                new FertilityAssumption(YearSeries.constant(new double[4]), 0.5, 2), MORTALITY));
    }

    @Test
    void anOutflowRateOfAReferencePopulationIsRefused() {
        MigrationAssumption m = MigrationAssumption.none(2).with(MigrationFlow.INTERNAL_OUT, 1,
                new MigrationRule.Rate(YearSeries.constant(new double[4]), YearSeries.constant(new double[4])));
        assertThrows(IllegalArgumentException.class, () -> new ProjectionInputs(BASE, 2000, 2001,
                new FertilityAssumption(YearSeries.constant(new double[4])), MORTALITY, m, List.of(), List.of()));
    }

    @Test
    void negativeValuesAndBackwardYearsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PopulationGrid(SHAPE, new double[] {0, 0, 0, -1, 0, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new MortalityAssumption(YearSeries.constant(0, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> ProjectionInputs.closed(BASE, 2001, 2001,
                new FertilityAssumption(YearSeries.constant(new double[4])), MORTALITY));
        assertThrows(IllegalArgumentException.class, () -> new PopulationShape(List.of("X"), List.of("a"), 111));
    }

    @Test
    void aYearSeriesHoldsEachValueUntilTheNextGivenYear() {
        YearSeries s = YearSeries.from(Map.of(2020, new double[] {1}, 2025, new double[] {2}));
        assertArrayEquals(new double[] {1}, s.valuesIn(2015));
        assertArrayEquals(new double[] {1}, s.valuesIn(2024));
        assertArrayEquals(new double[] {2}, s.valuesIn(2025));
        assertArrayEquals(new double[] {2}, s.valuesIn(2040));
    }
}
