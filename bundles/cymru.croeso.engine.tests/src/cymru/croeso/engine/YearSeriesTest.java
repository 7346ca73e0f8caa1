package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A year series given an array for every year reads the same whether or not repeated years are kept apart. */
class YearSeriesTest {

    @Test
    void repeatedYearsReadTheSameAndShareOneArray() {
        double[] a = {1, 2};
        double[] b = {1, 3};
        // -0.0 and 0.0 are different bits: 2024 is a change, not a repeat.
        double[] signed = {-0.0, 3};
        double[] zero = {0.0, 3};
        YearSeries s = YearSeries.from(Map.of(2020, a, 2021, a.clone(), 2022, b, 2023, b.clone(), 2024, zero, 2025, signed));
        assertArrayEquals(a, s.valuesIn(2019));
        assertArrayEquals(a, s.valuesIn(2020));
        assertArrayEquals(a, s.valuesIn(2021));
        assertArrayEquals(b, s.valuesIn(2022));
        assertArrayEquals(b, s.valuesIn(2023));
        assertArrayEquals(zero, s.valuesIn(2024));
        assertArrayEquals(signed, s.valuesIn(2025));
        assertArrayEquals(signed, s.valuesIn(2040));
        // The engine meets the same array in the repeated years.
        assertSame(s.at(2020), s.at(2021));
        assertSame(s.at(2022), s.at(2023));
        assertEquals(2, s.length());
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> YearSeries.from(Map.of(2020, new double[] {1}, 2021, new double[] {1, 2})));
    }
}
