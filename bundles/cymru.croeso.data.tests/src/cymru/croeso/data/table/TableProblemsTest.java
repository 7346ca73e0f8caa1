package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each kind of broken file gives a precise {@code file:row:column: what is wrong} message and no table. */
class TableProblemsTest {

    private static TableFormatException problems(String content) {
        return problems(TestFiles.utf8(content));
    }

    private static TableFormatException problems(byte[] content) {
        return assertThrows(TableFormatException.class, () -> LongTableReader.read("t.csv", content));
    }

    /** The small table with line {@code line} (1 = header) replaced. */
    private static String withLine(int line, String replacement) {
        List<String> lines = TestFiles.small(",", "\n").lines().toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == line - 1 ? replacement : lines.get(i)).append('\n');
        }
        return sb.toString();
    }

    private static void assertOnly(String expected, TableFormatException e) {
        assertEquals(List.of(expected), e.problems(), e.getMessage());
        assertEquals(1, e.problemCount());
        assertEquals(expected, e.getMessage());
    }

    @Test
    void emptyFiles() {
        assertOnly("t.csv: the file is empty; export the table again with its header row", problems(""));
        assertOnly("t.csv: the file is empty; export the table again with its header row", problems("\uFEFF\r\n \n"));
        assertOnly("t.csv: the file has a header but no rows of data", problems("GSS.Code,Sex,Age,Year,Popn\n"));
    }

    @Test
    void missingColumn() {
        TableFormatException e = problems("GSS.Code,Sex,Year,Popn\nW06000015,M,2011,5\n");
        assertOnly("t.csv:1:age: no age column; name one of C_AGE, Age — the header has GSS.Code, Sex, Year, Popn", e);
    }

    @Test
    void badValues() {
        // line 3 of the small table is "W06000015,M,1,2020,10"
        assertOnly("t.csv:3:Popn: 'ten' is not a number; write digits with a '.' for decimals and no thousands "
                + "separators", problems(withLine(3, "W06000015,M,1,2020,ten")));
        assertOnly("t.csv:3:Popn: the value -10 is negative; counts cannot be below 0",
                problems(withLine(3, "W06000015,M,1,2020,-10")));
        assertOnly("t.csv:3:Popn: 'NaN' is not a count; write the number (or 0)",
                problems(withLine(3, "W06000015,M,1,2020,NaN")));
        assertOnly("t.csv:3:Popn: 'Infinity' is not a count; write the number (or 0)",
                problems(withLine(3, "W06000015,M,1,2020,Infinity")));
        assertOnly("t.csv:3:Popn: '1e400' is too large for a count (over 10^15)",
                problems(withLine(3, "W06000015,M,1,2020,1e400")));
        assertOnly("t.csv:3:Popn: the value is missing", problems(withLine(3, "W06000015,M,1,2020,")));
        assertOnly("t.csv:3:Year: 'twenty' is not a year (write e.g. 2011)",
                problems(withLine(3, "W06000015,M,1,twenty,10")));
    }

    @Test
    void badAgesSexesAndAreas() {
        assertOnly("t.csv:3:Age: age 111 is outside 0…110", problems(withLine(3, "W06000015,M,111,2020,10")));
        assertOnly("t.csv:3:Age: '1.5' is not a single year of age; write 0…110 (the oldest may be written like 90+)",
                problems(withLine(3, "W06000015,M,1.5,2020,10")));
        assertOnly("t.csv:3:Sex: unknown sex code '0'; use M/F, Male/Female or 1/2 (Nomis GENDER 0 = all persons "
                + "must be left out)", problems(withLine(3, "W06000015,0,1,2020,10")));
        assertOnly("t.csv:3:GSS.Code: 'Cardiff' is not a GSS area code (a capital letter and 8 digits, "
                + "e.g. W06000015)", problems(withLine(3, "Cardiff,M,1,2020,10")));
    }

    @Test
    void nomisAgeBandIsRejected() {
        String tsv = "GEOGRAPHY_CODE\tGENDER\tC_AGE\tOBS_VALUE\nW06000015\t1\t101\t5\nW06000015\t1\t200\t5\n";
        assertOnly("t.csv:3:C_AGE: '200' is not a Nomis single-year age code; ask Nomis for C_AGE codes 101…191 "
                + "(ages 0…90+), not age bands or totals", problems(tsv));
    }

    @Test
    void duplicateKey() {
        // line 2 is W06000015,M,0,2020,0: the same key with another value cannot be read once
        assertOnly("t.csv:3:GSS.Code: duplicate of row 2 with a different value (same area W06000015, sex M, age 0, "
                + "year 2020; 0 there, 10 here); keep the right one", problems(withLine(3, "W06000015,M,0,2020,10")));
    }

    @Test
    void wrongNumberOfFields() {
        assertOnly("t.csv:3:Popn: the row has 4 fields but the header has 5; check for a missing or extra delimiter "
                + "or an unquoted delimiter inside a field", problems(withLine(3, "W06000015,M,1,2020")));
        assertOnly("t.csv:3:column 6: the row has 6 fields but the header has 5; check for a missing or extra "
                + "delimiter or an unquoted delimiter inside a field", problems(withLine(3, "W06000015,M,1,2020,10,3")));
    }

    @Test
    void invalidUtf8IsReportedWhereItIs() {
        byte[] bytes = TestFiles.utf8(withLine(4, "W06000015,M,2,2020,2X"));
        int x = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("2X");
        bytes[x + 1] = (byte) 0xE9; // "é" in Latin-1, as Excel's plain "CSV" writes it
        assertOnly("t.csv:4:Popn: the byte 0xE9 is not UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and "
                + "import it again", problems(bytes));
    }

    @Test
    void unclosedQuote() {
        assertOnly("t.csv:3:GSS.Code: a quoted field is never closed; add the closing \"",
                problems(withLine(3, "\"W06000015,M,1,2020,10")));
    }

    @Test
    void missingCellsAreFound() {
        // W06000022 has no row for M age 1 (line 9 of the small table)
        String csv = withLine(9, "");
        assertOnly("t.csv:13:Age: area W06000022 in 2020 has no row for M age 1 (other areas have it)", problems(csv));
        // Age 1 removed everywhere for both sexes: lines 3, 6, 9, 12
        String gap = withLine(3, "").replace("W06000015,F,1,2020,11\n", "").replace("W06000022,M,1,2020,110\n", "")
                .replace("W06000022,F,1,2020,111\n", "");
        TableFormatException e = problems(gap);
        assertEquals(List.of("t.csv:1:Age: no M row in the whole file has age 1, but ages run from 0 to 2; add the "
                + "missing ages", "t.csv:1:Age: no F row in the whole file has age 1, but ages run from 0 to 2; add "
                + "the missing ages"), e.problems());
    }

    @Test
    void firstTwentyProblemsThenACount() {
        StringBuilder csv = new StringBuilder("GSS.Code,Sex,Age,Year,Popn\n");
        for (int age = 0; age < 25; age++) {
            csv.append("W06000015,M,").append(age).append(",2020,-1\n");
        }
        TableFormatException e = problems(csv.toString());
        assertEquals(25, e.problemCount());
        assertEquals(20, e.problems().size());
        assertEquals("t.csv:2:Popn: the value -1 is negative; counts cannot be below 0", e.problems().get(0));
        assertEquals("t.csv:21:Popn: the value -1 is negative; counts cannot be below 0", e.problems().get(19));
        assertTrue(e.getMessage().endsWith("\n… and 5 more problems (25 in all)"), e.getMessage());
    }

    @Test
    void noDelimiter() {
        assertOnly("t.csv:1:header: cannot tell the columns apart: the header line has no tab, comma or semicolon; "
                + "a table needs at least an area, a sex, an age and a value column", problems("just words\n1\n"));
    }
}
