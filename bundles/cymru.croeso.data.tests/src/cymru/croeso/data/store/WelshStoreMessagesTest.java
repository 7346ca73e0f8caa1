package cymru.croeso.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.data.table.MessageFiles;
import cymru.croeso.data.table.WelshLocale;

/** A Welsh user reads the store's refusals in Welsh (issue 8). */
@ExtendWith(WelshLocale.class)
class WelshStoreMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aBadTableNameIsRefusedInWelsh() throws IOException {
        StoreException e = assertThrows(StoreException.class, () -> StatisticalTables.checkName("My Table"));
        assertEquals(MessageFiles.welsh(StoreMessages.class, "store.badName", "My Table"), e.getMessage());
        assertEquals("ni all 'My Table' fod yn enw tabl; defnyddiwch lythrennau bach, digidau, '-' a '_', gan ddechrau "
                + "gyda llythyren (e.e. population, births-2011)", e.getMessage());
    }

    @Test
    void aMissingTableIsNamedInWelsh() throws IOException, SQLException {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            StoreException e = assertThrows(StoreException.class, () -> new StatisticalTables(db).readLong("births"));
            assertEquals("nid oes tabl o'r enw 'births'; mewnforiwch ef yn gyntaf (croeso cli import --table births "
                    + "--file F)", e.getMessage());
        }
    }

    @Test
    void everyRefusalHasAWelshTextWithTheSamePlaceholders() throws IOException {
        MessageFiles.assertComplete(StoreMessages.class);
    }
}
