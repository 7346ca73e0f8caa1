package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rows that repeat an earlier row exactly (key and value) are read once and counted; a repeated key with another
 * value stays an error naming both rows.
 */
class RepeatedRowsTest {

    @Test
    void exactRepeatsAreReadOnceAndCounted() throws Exception {
        String small = TestFiles.small(",", "\n");
        String body = small.substring(small.indexOf('\n') + 1);
        // the 12 data rows, then all 12 again: the same table as the small one, with 12 repeats
        LongTable twice = LongTableReader.read("twice.csv", TestFiles.utf8(small + body));
        LongTable once = LongTableReader.read("once.csv", TestFiles.utf8(small));
        assertEquals(once.rows(), twice.rows());
        assertEquals(TestFiles.SMALL_TOTAL, twice.total());
        assertEquals(12, twice.repeatedRows());
        assertEquals(0, once.repeatedRows());
        assertEquals("12 rows repeat an earlier row exactly and were read once", twice.repeatedRowsNote());
        assertEquals("", once.repeatedRowsNote());
        assertTrue(twice.describe().endsWith("\n  12 rows repeat an earlier row exactly and were read once"),
                twice.describe());
        assertEquals(0, twice.filterArea("W06000015").repeatedRows());
    }

    @Test
    void equalValuesWrittenDifferentlyAreTheSameRow() throws Exception {
        String small = TestFiles.small(",", "\n");
        LongTable t = LongTableReader.read("t.csv", TestFiles.utf8(small + "W06000022,F,2,2020,121.0\n"));
        assertEquals(1, t.repeatedRows());
        assertEquals(TestFiles.SMALL_TOTAL, t.total());
    }

    @Test
    void aRepeatedKeyWithAnotherValueIsAnErrorAtItsOwnRow() {
        String small = TestFiles.small(",", "\n");
        // row 13 is W06000022,F,2,2020,121 (header = row 1); row 14 repeats it exactly, row 15 says 122
        TableFormatException e = assertThrows(TableFormatException.class, () -> LongTableReader.read("t.csv",
                TestFiles.utf8(small + "W06000022,F,2,2020,121\nW06000022,F,2,2020,122\n")));
        assertEquals("t.csv:15:GSS.Code: duplicate of row 13 with a different value (same area W06000022, sex F, "
                + "age 2, year 2020; 121 there, 122 here); keep the right one", e.getMessage());
        assertEquals(1, e.problemCount());
    }

    @Test
    void bristolDomesticInMigrantsListEveryRowTwice() throws Exception {
        LongTable t = LongTableReader.read(TestFiles.BRISTOL_DOMESTIC_IN,
                TestFiles.resource(TestFiles.BRISTOL_DOMESTIC_IN));
        // tail -n +2 bristol_hist_domestic_inmigrants.csv | wc -l → 4732; | sort | uniq -d | wc -l → 2366
        // awk -F, 'NR>1 && !s[$0]++ {t+=$5} END{print t}' → 326250 (each distinct row once)
        // 13 years (2002…2014) × 2 sexes × 91 ages = 2,366 distinct rows
        assertEquals(2_366, t.size());
        assertEquals(2_366, t.repeatedRows());
        assertEquals(326_250, t.total());
        assertEquals("DomIn", t.mapping().value());
        assertTrue(t.describe().contains("2,366 rows repeat an earlier row exactly and were read once"));
    }
}
