package cymru.croeso.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.data.table.TableFormatException;
import cymru.croeso.data.table.TestFiles;

/** Mutated files imported one after another: each either adds exactly its rows or leaves the database unchanged. */
class ImportFuzzTest {
    @TempDir
    Path dir;

    @Test
    void noPartialImports() throws Exception {
        Random random = new Random(63_285_145);
        String seed = TestFiles.small(",", "\n");
        int accepted = 0;
        int rejected = 0;
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            TableImport imports = new TableImport(db);
            for (int i = 0; i < 300; i++) {
                StringBuilder s = new StringBuilder(seed);
                for (int k = 0; k < random.nextInt(3); k++) {
                    int at = random.nextInt(s.length());
                    String alphabet = "0123456789,-\"\n.eM";
                    s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
                Path file = Files.write(dir.resolve("f" + i + ".csv"), s.toString().getBytes(StandardCharsets.UTF_8));
                double cellsBefore = StoreFixture.sum(db, "SELECT COUNT(*) FROM table_cell");
                String before = StoreFixture.counts(db);
                try {
                    StoredTable t = imports.importFile("t" + i, file, false);
                    accepted++;
                    assertEquals(cellsBefore + t.rowCount(), StoreFixture.sum(db, "SELECT COUNT(*) FROM table_cell"));
                    assertEquals(t.total(), StoreFixture.sum(db,
                            "SELECT SUM(obs_value) FROM table_cell WHERE table_id = ?", t.id()), 1e-6);
                } catch (TableFormatException e) {
                    rejected++;
                    assertTrue(e.getMessage().startsWith("f" + i + ".csv"), e.getMessage());
                    assertEquals(before, StoreFixture.counts(db));
                }
            }
        }
        // the mix matters: a fuzz run that accepts or rejects everything tests little
        assertTrue(accepted > 20 && rejected > 20, accepted + " accepted, " + rejected + " rejected");
    }
}
