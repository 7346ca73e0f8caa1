package cymru.croeso.core.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableYearsTest {

    @Test
    void baseYearEveryFifthYearAndTheLastYear() {
        assertEquals(List.of(2011, 2016, 2021, 2026, 2031, 2036, 2039), BoardPackAssembler.tableYears(2011, 2039));
        assertEquals(List.of(2011, 2016, 2021, 2026, 2031, 2036, 2040), BoardPackAssembler.tableYears(2011, 2040));
        assertEquals(List.of(2020, 2025, 2030), BoardPackAssembler.tableYears(2020, 2030));
        assertEquals(List.of(2020, 2021), BoardPackAssembler.tableYears(2020, 2021));
    }
}
