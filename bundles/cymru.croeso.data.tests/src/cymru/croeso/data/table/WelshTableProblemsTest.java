package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A Welsh user reads a broken file's problems in Welsh, still as {@code file:row:field: what is wrong} (issue 8). */
@ExtendWith(WelshLocale.class)
class WelshTableProblemsTest {
    private static String cy(String key, Object... args) throws IOException {
        return MessageFiles.welsh(TableMessages.class, key, args);
    }

    private static TableFormatException problems(String csv) {
        return assertThrows(TableFormatException.class,
                () -> LongTableReader.read("drwg.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBadValueIsReportedInWelshWithFileRowAndField() throws IOException {
        String csv = TestFiles.small(",", "\n").replace("W06000015,M,1,2020,10\n", "W06000015,M,1,2020,deg\n");
        TableFormatException e = problems(csv);
        // the bad value is on line 3 (header, age 0, age 1) in the column headed Popn
        String expected = "drwg.csv:3:Popn: " + cy("value.notNumber", "deg");
        assertEquals(List.of(expected), e.problems());
        assertEquals(expected, e.getMessage());
        // by hand, so a quoting mistake in the properties cannot hide behind the same MessageFormat
        assertEquals("drwg.csv:3:Popn: nid yw 'deg' yn rhif; ysgrifennwch ddigidau gyda '.' ar gyfer degolion a heb "
                + "wahanyddion miloedd", expected);

        // a text without arguments follows the same quoting: mae''r in the file reads mae'r
        e = problems(TestFiles.small(",", "\n").replace("W06000015,M,1,2020,10\n", "W06000015,M,1,2020,\n"));
        assertEquals("drwg.csv:3:Popn: mae'r gwerth ar goll", e.getMessage());
    }

    @Test
    void aMissingCellAndAMissingColumnAreWelsh() throws IOException {
        // without W06000022's M age 1 row, the area's last row (F age 2) is line 12: header, 6 rows, then 5
        TableFormatException e = problems(TestFiles.small(",", "\n").replace("W06000022,M,1,2020,110\n", ""));
        assertEquals(List.of("drwg.csv:12:Age: " + cy("complete.missingInYear", "W06000022", "M", "1", "2020")),
                e.problems());
        assertEquals("drwg.csv:12:Age: nid oes gan ardal W06000022 yn 2020 res ar gyfer M oed 1 (mae gan ardaloedd "
                + "eraill un)", e.getMessage());

        // the field named in the prefix is the missing column's Welsh name, as the column is not in the header
        e = problems("GSS.Code,Sex,Year,Popn\nW06000015,M,2011,5\n");
        assertEquals("drwg.csv:1:" + cy("column.AGE") + ": " + cy("header.missing", cy("column.AGE"), "C_AGE, Age",
                "GSS.Code, Sex, Year, Popn"), e.getMessage());
        assertTrue(e.getMessage().startsWith("drwg.csv:1:oed: dim colofn oed;"), e.getMessage());
    }

    @Test
    void theCountOfFurtherProblemsIsWelsh() throws IOException {
        StringBuilder csv = new StringBuilder("GSS.Code,Sex,Age,Year,Popn\n");
        for (int age = 0; age < 25; age++) {
            csv.append("W06000015,M,").append(age).append(",2020,-1\n");
        }
        TableFormatException e = problems(csv.toString());
        assertEquals("drwg.csv:2:Popn: " + cy("value.negative", "-1"), e.problems().get(0));
        assertTrue(e.getMessage().endsWith("\n" + cy("problems.more", 5, 25)), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n\u2026 a 5 problem arall (25 i gyd)"), e.getMessage());
    }

    @Test
    void thePreviewBeforeImportIsWelshAndTheEnglishIsUnchanged() throws IOException {
        byte[] small = TestFiles.utf8(TestFiles.small(",", "\n"));
        byte[] wide = TestFiles.utf8("GSS.Code,HOUSEHOLD_TYPE,2014,2015\nW06000015,All,10,11\nW06000022,All,20,21\n");
        HeaderMapping nomis = new HeaderMapping("tab-separated text", "GEOGRAPHY_CODE", "GENDER", "C_AGE", null,
                "OBS_VALUE", true, AgeCoding.NOMIS_C_AGE);
        // small table: 12 rows; values 0,10,20 + 1,11,21 + 100,110,120 + 101,111,121 = 726. Wide: 10+11+20+21 = 62.
        assertEquals("t.csv: cynllun hir SYG/GLA, testun wedi'i wahanu gan gom\u00e2u\n"
                + "  colofnau: ardal=GSS.Code, rhyw=Sex, oed=Age, blwyddyn=Year, gwerth=Popn\n"
                + "  12 rhes, 2 ardal, blynyddoedd 2020\u20262020, cyfanswm 726",
                LongTableReader.read("t.csv", small).describe());
        assertEquals("w.csv: cynllun llydan StatsCymru (un golofn i bob blwyddyn), "
                + "testun wedi'i wahanu gan gom\u00e2u\n"
                + "  colofnau: ardal=GSS.Code, categori=HOUSEHOLD_TYPE, blynyddoedd 2014\u20262015 (un golofn yr un)\n"
                + "  4 gwerth, 2 ardal, 1 categori, cyfanswm 62", WideTableReader.read("w.csv", wide).describe());

        assertEquals("ardal=GEOGRAPHY_CODE, rhyw=GENDER, oed=C_AGE (codau Nomis 101\u2026191 = oed 0\u202690), "
                + "blwyddyn=(dim), gwerth=OBS_VALUE (yr unig golofn rifol arall)", nomis.describe());

        // the English form is what is stored beside a table, so it is shown in Welsh but never stored in Welsh
        assertEquals("tab-separated text", LongTableReader.read("t.tsv", TestFiles.utf8(TestFiles.small("\t", "\n")))
                .mapping().format());
        assertEquals("llyfr gwaith Excel, taflen 'Data'", FileFormat.shown(FileFormat.excel("Data")));

        Locale.setDefault(Locale.UK);
        assertEquals("Excel workbook, sheet 'Data'", FileFormat.shown(FileFormat.excel("Data")));
        assertEquals("area=GEOGRAPHY_CODE, sex=GENDER, age=C_AGE (Nomis codes 101\u2026191 = ages 0\u202690), "
                + "year=(none), value=OBS_VALUE (the only other numeric column)", nomis.describe());
        assertEquals("t.csv: long ONS/GLA layout, comma-separated text\n"
                + "  columns: area=GSS.Code, sex=Sex, age=Age, year=Year, value=Popn\n"
                + "  12 rows, 2 areas, years 2020\u20262020, total 726",
                LongTableReader.read("t.csv", small).describe());
        assertEquals("w.csv: wide StatsWales layout (one column per year), comma-separated text\n"
                + "  columns: area=GSS.Code, category=HOUSEHOLD_TYPE, years 2014\u20262015 (one column each)\n"
                + "  4 values, 2 areas, 1 categories, total 62", WideTableReader.read("w.csv", wide).describe());
    }

    @Test
    void everyMessageHasAWelshTextWithTheSamePlaceholders() throws IOException {
        MessageFiles.assertComplete(TableMessages.class);
    }
}
