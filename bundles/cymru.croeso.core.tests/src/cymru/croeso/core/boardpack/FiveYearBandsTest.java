package cymru.croeso.core.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.croeso.engine.PopulationShape;

class FiveYearBandsTest {

    @Test
    void topAge90GivesEighteenClosedBandsAnd90Plus() {
        FiveYearBands bands = new FiveYearBands(90);
        List<String> labels = bands.labels();
        assertEquals(19, bands.count());
        assertEquals("0-4", labels.get(0));
        assertEquals("85-89", labels.get(17));
        assertEquals("90+", labels.get(18));
        assertEquals(17, bands.bandOf(89));
        assertEquals(18, bands.bandOf(90));
    }

    /** With 87+ as the open top age, 85–87+ is one open band "85+": 85, 86 and the 87+ group. */
    @Test
    void aTopAgeInsideABandOpensThatBand() {
        FiveYearBands bands = new FiveYearBands(87);
        assertEquals(18, bands.count());
        assertEquals("85+", bands.labels().get(17));
        assertEquals(17, bands.bandOf(87));
        assertEquals(List.of("0-4", "5-9", "10+"), new FiveYearBands(14).labels());
    }

    /** One area, two groups, ages 0–10+ where the person count at each age is the age itself. */
    @Test
    void bandSumsAddEachSexsSingleYears() {
        PopulationShape shape = new PopulationShape(List.of("A", "B"), List.of("g0", "g1"), 10);
        double[] cells = new double[shape.cells()];
        for (int s = 0; s < 2; s++) {
            for (int age = 0; age <= 10; age++) {
                cells[shape.cell(1, 1, s, age)] = age;
            }
        }
        double[][] b = new FiveYearBands(10).byGroup(shape, cells, 1);
        // 0-4: 2 × (0+1+2+3+4) = 20; 5-9: 2 × 35 = 70; 10+: 2 × 10 = 20
        assertEquals(List.of(20.0, 70.0, 20.0), List.of(b[1][0], b[1][1], b[1][2]));
        assertEquals(0, b[0][1]);
        assertEquals(0, new FiveYearBands(10).byGroup(shape, cells, 0)[1][1]);
        assertEquals(70, new FiveYearBands(10).byGroup(shape, cells, -1)[1][1]);
    }
}
