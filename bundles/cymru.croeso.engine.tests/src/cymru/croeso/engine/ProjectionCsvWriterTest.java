package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV output's columns, row order and numbers for a run small enough to write out by hand. */
class ProjectionCsvWriterTest {

    @Test
    void writesEveryCellOfEveryYear() throws IOException {
        // Ages 0 and 1+, women only non-zero: 10 aged 0, 20 aged 1+; fertility 0.5 at 1+, 10 % deaths at 1+,
        // 3 internal in-migrants aged 1+. Births = 0.5·(10 + 20) = 15, all girls (male share 0).
        // 2021 women 1+: 30 − 3 + 3 = 30; girls 0: 15.
        PopulationShape shape = new PopulationShape(List.of("W06000015"), List.of("all"), 1);
        ProjectionInputs in = new ProjectionInputs(new PopulationGrid(shape, new double[] {10, 20, 0, 0}), 2020, 2021,
                new FertilityAssumption(YearSeries.constant(0, 0.5), 0, 0), new MortalityAssumption(YearSeries.constant(0, 0.1, 0, 0)),
                MigrationAssumption.none(1).with(MigrationFlow.INTERNAL_IN, 0, new MigrationRule.Counts(YearSeries.constant(0, 3, 0, 0))),
                List.of(), List.of());
        StringWriter out = new StringWriter();
        ProjectionCsvWriter.write(CohortComponentProjection.run(in), out);
        assertEquals("""
                area_code,group,sex,age,year,population,births,deaths,internal_in,internal_out,international_in,international_out
                W06000015,all,F,0,2020,10,,,,,,
                W06000015,all,F,0,2021,15,15,0,0,0,0,0
                W06000015,all,F,1,2020,20,,,,,,
                W06000015,all,F,1,2021,30,0,3,3,0,0,0
                W06000015,all,M,0,2020,0,,,,,,
                W06000015,all,M,0,2021,0,0,0,0,0,0,0
                W06000015,all,M,1,2020,0,,,,,,
                W06000015,all,M,1,2021,0,0,0,0,0,0,0
                """, out.toString());
    }

    @Test
    void numbersHaveAtMostSixDecimalsAndNoExponent() {
        assertEquals("0.000001", format(1e-6));
        assertEquals("1234.5", format(1234.5));
        assertEquals("29.35", format(31.5 - 3.15 + 2 - 1));
        assertEquals("0", format(4e-7));
        assertEquals("-2.25", format(-2.25));
        assertEquals("123456789", format(123456789));
    }

    private static String format(double v) {
        StringBuilder sb = new StringBuilder();
        ProjectionCsvWriter.appendNumber(sb, v);
        return sb.toString();
    }
}
