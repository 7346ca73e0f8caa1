package cymru.croeso.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.data.table.HeaderMapping;
import cymru.croeso.data.table.LongTable;
import cymru.croeso.data.table.Sex;
import cymru.croeso.data.table.TableFormatException;
import cymru.croeso.data.table.TableLayout;
import cymru.croeso.data.table.TableRow;
import cymru.croeso.data.table.TestFiles;
import cymru.croeso.data.table.WideTable;

/** Imports the published files into a file-mode H2 database and reads them back; broken files leave it untouched. */
class TableImportTest {
    @TempDir
    Path dir;

    @Test
    void nomisFileImportsWholeAndReadsBackByArea() throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            StoredTable t = new TableImport(db).importFile("population", StoreFixture.write(dir, TestFiles.NOMIS),
                    false);
            assertEquals(71_162, t.rowCount());
            assertEquals(63_285_145, t.total());
            assertEquals(TableLayout.NOMIS, t.layout());
            // sha256sum NM_2002_1_mye2011_single_year_of_age.tsv
            assertEquals("a28d743fc961b651c1f4717af803824492e27172549e4060e0aa652cb509670f", t.sha256());
            assertEquals(63_285_145, StoreFixture.sum(db, "SELECT SUM(obs_value) FROM table_cell"));
            StatisticalTables tables = new StatisticalTables(db);
            LongTable cardiff = tables.readArea("population", "W06000015");
            assertEquals(182, cardiff.size());
            assertEquals(345_442, cardiff.total());
            assertEquals(7_412, tables.readArea("population", "E09000001").total());
            assertEquals("OBS_VALUE", cardiff.mapping().value());
            assertEquals(new TableRow("W06000015", Sex.M, 0, 0, 2_538), cardiff.rows().get(0)); // grep: "W06000015" "1" "101" 2538
            assertEquals(71_162, tables.readLong("population").size());
        }
    }

    @Test
    void wideTableImportsAndReadsBack() throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            StoredTable t = new TableImport(db).importFile("households",
                    StoreFixture.write(dir, TestFiles.WALES_HOUSEHOLDS), false);
            assertEquals(TableLayout.STATSWALES_WIDE, t.layout());
            assertEquals("08edd94ee082c45a10be9220d9cd081fae9d685506879a18c516b65a16fcfc13", t.sha256());
            WideTable back = new StatisticalTables(db).readWide("households");
            assertEquals(7_436, back.size());
            // the Python total of every value in the file (see WideTableReaderTest)
            assertEquals(73_105_539.226811, back.total(), 1e-5);
        }
    }

    @Test
    void fileListingEveryRowTwiceImportsOnceWithANote() throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            Path file = StoreFixture.write(dir, TestFiles.BRISTOL_DOMESTIC_IN);
            TableImport.Preview preview = TableImport.preview(file);
            assertTrue(preview.table().describe().contains(
                    "2,366 rows repeat an earlier row exactly and were read once"), preview.table().describe());
            StoredTable t = new TableImport(db).store("domestic_in", preview, false);
            // 4,732 rows in the file, each listed twice: 2,366 values; awk over distinct rows → 326250
            assertEquals(2_366, t.rowCount());
            assertEquals(326_250, t.total());
            assertEquals(326_250, StoreFixture.sum(db, "SELECT SUM(obs_value) FROM table_cell"));
        }
    }

    @Test
    void brokenFileLeavesTheDatabaseAsItWas() throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            TableImport imports = new TableImport(db);
            imports.importFile("population", StoreFixture.write(dir, TestFiles.BRISTOL_POPN), false);
            String before = StoreFixture.counts(db);
            String broken = TestFiles.small(",", "\n").replace("W06000022,F,2,2020,121", "W06000022,F,2,2020,-1");
            Path file = StoreFixture.write(dir, "broken.csv", broken);
            TableFormatException e = assertThrows(TableFormatException.class,
                    () -> imports.importFile("broken", file, false));
            assertEquals("broken.csv:13:Popn: the value -1 is negative; counts cannot be below 0", e.getMessage());
            assertThrows(TableFormatException.class, () -> imports.importFile("population", file, true));
            assertEquals(before, StoreFixture.counts(db));
            assertEquals("imported_table=1 table_cell=2548 table_category_row=0 projection_run=0", before);
        }
    }

    @Test
    void existingNameIsKeptUnlessReplaced() throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            TableImport imports = new TableImport(db);
            imports.importFile("births", StoreFixture.write(dir, TestFiles.BRISTOL_BIRTHS), false);
            Path small = StoreFixture.write(dir, "small.csv", TestFiles.small(",", "\n"));
            StoreException e = assertThrows(StoreException.class, () -> imports.importFile("births", small, false));
            assertTrue(e.getMessage().startsWith("a table named 'births' already exists (imported from "
                    + "bristol_ons_proj_births_age_mother.csv at "), e.getMessage());
            assertEquals(6_587.896, StoreFixture.sum(db, "SELECT SUM(obs_value) FROM table_cell"), 1e-9);
            imports.importFile("births", small, true);
            assertEquals(TestFiles.SMALL_TOTAL, StoreFixture.sum(db, "SELECT SUM(obs_value) FROM table_cell"));
            assertEquals("imported_table=1 table_cell=12 table_category_row=0 projection_run=0",
                    StoreFixture.counts(db));
        }
    }

    @Test
    void databaseFailureHalfwayRollsBackTheWholeImport() throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            // A table built in code, bypassing the reader's checks: its last area code is too long for the
            // column, so H2 fails after the header and the first 2,000 vectors have been sent.
            List<TableRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                rows.add(new TableRow(String.format("W%08d", i), Sex.F, 0, 2020, 1));
            }
            rows.add(new TableRow("W".repeat(40), Sex.F, 0, 2020, 1));
            LongTable bad = new LongTable("bad.csv", TableLayout.ONS_LONG, new HeaderMapping("text", "a", "s", "g",
                    "y", "v", false, cymru.croeso.data.table.AgeCoding.SINGLE_YEAR), rows);
            String before = StoreFixture.counts(db);
            assertThrows(java.sql.SQLException.class,
                    () -> new StatisticalTables(db).store("bad", bad, "0".repeat(64), false));
            assertEquals(before, StoreFixture.counts(db));
        }
    }

    @Test
    void tableNamesAreChecked() {
        StoreException e = assertThrows(StoreException.class, () -> StatisticalTables.checkName("My Table"));
        assertEquals("'My Table' cannot be a table name; use lower-case letters, digits, '-' and '_', starting with "
                + "a letter (e.g. population, births-2011)", e.getMessage());
    }
}
