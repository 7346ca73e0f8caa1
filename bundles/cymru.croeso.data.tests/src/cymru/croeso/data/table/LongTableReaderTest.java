package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reads the published Nomis and GLA files and small hand-made variants, checking totals worked out outside Java. */
class LongTableReaderTest {

    @Test
    void nomisFileMatchesPublishedTotals() throws Exception {
        LongTable t = LongTableReader.read(TestFiles.NOMIS,
                new ByteArrayInputStream(TestFiles.resource(TestFiles.NOMIS)));
        assertEquals(TableLayout.NOMIS, t.layout());
        assertEquals(AgeCoding.NOMIS_C_AGE, t.mapping().ageCoding());
        assertEquals("OBS_VALUE", t.mapping().value());
        assertNull(t.mapping().year());
        // 391 areas × 2 sexes × 91 ages = 71,162 rows; `wc -l` gives 71,163 lines with the header.
        assertEquals(71_162, t.size());
        assertEquals(391, t.areaCodes().size());
        // Totals from the data README, which match:
        // awk -F'\t' 'NR>1{gsub(/"/,""); t[$1]+=$4} END{print t["E09000001"], t["W06000015"]}'  → 7412 345442
        assertEquals(7_412, t.filterArea("E09000001").total());
        LongTable cardiff = t.filterArea("W06000015");
        assertEquals(345_442, cardiff.total());
        assertEquals(182, cardiff.size());
        // The same awk summing every row gives 63285145 for the UK.
        assertEquals(63_285_145, t.total());
        // First data line: "E06000005" "1" "101" 695 → Darlington, male, age 0.
        assertEquals(new TableRow("E06000005", Sex.M, 0, 0, 695), t.rows().get(0));
        assertEquals(90, t.rows().stream().mapToInt(TableRow::age).max().orElseThrow());
    }

    @Test
    void bristolPopulationMatchesAwkTotals() throws Exception {
        LongTable t = LongTableReader.read(TestFiles.BRISTOL_POPN, TestFiles.resource(TestFiles.BRISTOL_POPN));
        assertEquals(TableLayout.ONS_LONG, t.layout());
        assertEquals("Popn", t.mapping().value());
        assertEquals(AgeCoding.SINGLE_YEAR, t.mapping().ageCoding());
        // awk -F, 'NR>1{t+=$5; n++; if($4==2014) y+=$5; if($4==2014&&$2=="F") f+=$5} END{print t,n,y,f}'
        //   → 5790064 2548 442474 221548   (14 years × 2 sexes × 91 ages = 2,548 rows)
        assertEquals(2_548, t.size());
        assertEquals(5_790_064, t.total());
        assertEquals(List.of("E06000023"), t.areaCodes());
        assertEquals(2001, t.years().get(0));
        assertEquals(2014, t.years().get(t.years().size() - 1));
        double y2014 = t.rows().stream().filter(r -> r.year() == 2014).mapToDouble(TableRow::value).sum();
        double f2014 = t.rows().stream().filter(r -> r.year() == 2014 && r.sex() == Sex.F)
                .mapToDouble(TableRow::value).sum();
        assertEquals(442_474, y2014);
        assertEquals(221_548, f2014);
    }

    @Test
    void bristolBirthsByAgeOfMotherKeepsDecimals() throws Exception {
        LongTable t = LongTableReader.read(TestFiles.BRISTOL_BIRTHS, TestFiles.resource(TestFiles.BRISTOL_BIRTHS));
        // awk -F, 'NR>1{t+=$5; n++} END{printf "%.3f %d", t, n}' → 6587.896 30 (mothers aged 15…44)
        assertEquals(30, t.size());
        assertEquals(6_587.896, t.total(), 1e-9);
        assertEquals("Births", t.mapping().value());
        assertTrue(t.rows().stream().allMatch(r -> r.sex() == Sex.F));
    }

    @Test
    void valueColumnWithUnknownNameIsTheOnlyRemainingNumericOne() throws Exception {
        String csv = TestFiles.small(",", "\n").replace("Popn", "DomIn").replace("GSS.Code,", "GSS.Code,Name,")
                .replaceAll("(?m)^(W0600001[5]|W0600002[2]),", "$1,Somewhere,");
        LongTable t = LongTableReader.read("dom.csv", TestFiles.utf8(csv));
        assertEquals("DomIn", t.mapping().value());
        assertTrue(t.mapping().valueByElimination());
        assertEquals(TestFiles.SMALL_TOTAL, t.total());
    }

    @Test
    void lineEndsBomQuotesAndDelimitersGiveTheSameTable() throws Exception {
        LongTable reference = LongTableReader.read("lf.csv", TestFiles.utf8(TestFiles.small(",", "\n")));
        assertEquals(TestFiles.SMALL_TOTAL, reference.total());
        assertEquals(12, reference.size());
        String[][] variants = {
            {",", "\r\n"}, {",", "\r"}, {"\t", "\n"}, {";", "\r\n"},
        };
        for (String[] v : variants) {
            LongTable t = LongTableReader.read("v.csv", TestFiles.utf8(TestFiles.small(v[0], v[1])));
            assertEquals(reference.rows(), t.rows(), () -> "delimiter " + v[0].codePointAt(0));
        }
        String bom = "\uFEFF" + TestFiles.small(",", "\r\n");
        assertEquals(reference.rows(), LongTableReader.read("bom.csv", TestFiles.utf8(bom)).rows());
        String quoted = TestFiles.small(",", "\n").replace("W06000015,M", "\"W06000015\",\"M\"")
                .replace("GSS.Code", "\"GSS.Code\"");
        assertEquals(reference.rows(), LongTableReader.read("q.csv", TestFiles.utf8(quoted)).rows());
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineEnds() throws Exception {
        String csv = "\"Area, \"\"name\"\"\",GSS.Code,Sex,Age,value\n"
                + "\"Cardiff, the \"\"capital\"\"\",W06000015,Male,0,5\n"
                + "\"two\nlines\",W06000015,Female,0,7\n";
        LongTable t = LongTableReader.read("q.csv", TestFiles.utf8(csv));
        assertEquals(12, t.total());
        assertEquals(List.of(new TableRow("W06000015", Sex.M, 0, 0, 5), new TableRow("W06000015", Sex.F, 0, 0, 7)),
                t.rows());
    }

    @Test
    void openAgeGroupAndHeaderCaseAndSexWords() throws Exception {
        String csv = "gss_code\tSEX\tage\tyear\tVALUE\n"
                + "E06000023\tmale\t89\t2011-06-30\t3\n"
                + "E06000023\tmale\t90+\t2011-06-30\t4\n";
        LongTable t = LongTableReader.read("a.tsv", TestFiles.utf8(csv));
        assertEquals(List.of(new TableRow("E06000023", Sex.M, 89, 2011, 3), new TableRow("E06000023", Sex.M, 90, 2011, 4)),
                t.rows());
        assertFalse(t.mapping().valueByElimination());
    }

    @Test
    void nomisCodesAreDetectedWhenEveryAgeIsAtLeast101() throws Exception {
        String csv = "area_code,Sex,Age,value\nW06000015,1,101,5\nW06000015,1,102,6\n"
                + "W06000015,2,101,7\nW06000015,2,102,8\n";
        LongTable t = LongTableReader.read("n.csv", TestFiles.utf8(csv));
        assertEquals(AgeCoding.NOMIS_C_AGE, t.mapping().ageCoding());
        assertEquals(TableLayout.NOMIS, t.layout());
        // Nomis code 101 is age 0 and 102 is age 1 (NM_2002_1_metadata.json).
        assertEquals(List.of(0, 1, 0, 1), t.rows().stream().map(TableRow::age).toList());
    }
}
