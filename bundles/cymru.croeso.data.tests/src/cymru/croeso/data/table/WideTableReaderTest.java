package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reads the Welsh Government household projections (one column per year) and checks totals computed with Python. */
class WideTableReaderTest {

    @Test
    void walesHouseholdProjections() throws Exception {
        WideTable t = WideTableReader.read(TestFiles.WALES_HOUSEHOLDS, TestFiles.resource(TestFiles.WALES_HOUSEHOLDS));
        // 22 authorities × 13 household types = 286 rows, × 26 years (2014…2039) = 7,436 values.
        assertEquals(7_436, t.size());
        assertEquals(22, t.areaCodes().size());
        assertEquals(13, t.categories().size());
        assertEquals("All", t.categories().get(0));
        assertEquals("2 person (1 adult, 1 child)", t.categories().get(3));
        assertEquals(2014, t.years().get(0));
        assertEquals(2039, t.years().get(25));
        // python3: rows = list(csv.reader(open('hh_w_2014-2039.csv')))[1:]
        //   sum(float(v) for r in rows for v in r[4:])                  → 73105539.226811
        //   sum(float(r[4])  for r in rows if r[3].strip() == 'All')    → 1326440.801778 (Wales, 2014)
        //   sum(float(r[-1]) for r in rows if r[3].strip() == 'All')    → 1465746.533245 (Wales, 2039)
        assertEquals(73_105_539.226811, t.total(), 1e-5);
        WideTable all = t.filterCategory("All");
        assertEquals(1_326_440.801778, sum(all, 2014), 1e-5);
        assertEquals(1_465_746.533245, sum(all, 2039), 1e-5);
        // Cardiff, All, 2014 as printed in the file: 147582.039185
        assertEquals(147_582.039185, sum(all.filterArea("W06000015"), 2014), 1e-9);
    }

    private static double sum(WideTable t, int year) {
        return t.rows().stream().filter(r -> r.year() == year).mapToDouble(WideTableRow::value).sum();
    }

    @Test
    void fileReaderChoosesTheLayoutFromTheHeader() throws Exception {
        assertInstanceOf(WideTable.class, TableFileReader.read("hh.csv", TestFiles.resource(TestFiles.WALES_HOUSEHOLDS)));
        assertInstanceOf(LongTable.class, TableFileReader.read("p.csv", TestFiles.resource(TestFiles.BRISTOL_POPN)));
    }

    @Test
    void problemsInAWideTable() {
        String csv = ",name,GEOGRAPHY_CODE,HOUSEHOLD_TYPE,2014,2015\n"
                + "Wales,Cardiff,W06000015,All,10,11\n"
                + ",,W06000015,All,-3,x\n";
        TableFormatException e = assertThrows(TableFormatException.class, () -> WideTableReader.read("hh.csv",
                TestFiles.utf8(csv)));
        assertEquals(List.of(
                "hh.csv:3:GEOGRAPHY_CODE: duplicate of row 2 (same area W06000015 and HOUSEHOLD_TYPE 'All'); remove one of them",
                "hh.csv:3:2014: the value -3 is negative; counts cannot be below 0",
                "hh.csv:3:2015: 'x' is not a number; write digits with a '.' for decimals and no thousands separators"),
                e.problems());
    }
}
