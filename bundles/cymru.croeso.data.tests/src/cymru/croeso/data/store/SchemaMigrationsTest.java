package cymru.croeso.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema is created once, recorded version by version, and a newer database is refused rather than damaged. */
class SchemaMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void freshDatabaseGetsEveryVersionOnce() throws Exception {
        String url = StoreFixture.fileUrl(dir);
        try (CroesoDatabase db = CroesoDatabase.open(url)) {
            assertEquals(3, db.schemaVersion());
            assertEquals(3, StoreFixture.sum(db, "SELECT COUNT(*) FROM schema_version"));
        }
        try (CroesoDatabase db = CroesoDatabase.open(url)) {
            assertEquals(3, db.schemaVersion());
            assertEquals(3, StoreFixture.sum(db, "SELECT COUNT(*) FROM schema_version"));
        }
    }

    @Test
    void olderDatabaseIsUpgraded() throws Exception {
        String url = StoreFixture.fileUrl(dir);
        try (CroesoDatabase db = CroesoDatabase.open(url); Statement s = db.connection().createStatement()) {
            s.execute("DROP TABLE projection_run");
            s.execute("DELETE FROM schema_version WHERE version = 3");
        }
        try (CroesoDatabase db = CroesoDatabase.open(url)) {
            assertEquals(3, db.schemaVersion());
            assertEquals(0, StoreFixture.sum(db, "SELECT COUNT(*) FROM projection_run"));
        }
    }

    @Test
    void newerDatabaseIsRefused() throws Exception {
        String url = StoreFixture.fileUrl(dir);
        try (CroesoDatabase db = CroesoDatabase.open(url); Statement s = db.connection().createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
        }
        StoreException e = assertThrows(StoreException.class, () -> CroesoDatabase.open(url));
        assertEquals("the database has schema version 99 but this Croeso knows only up to 3; update Croeso, or use "
                + "another database with --db", e.getMessage());
    }

    @Test
    void nonH2UrlIsRefused() {
        assertThrows(StoreException.class, () -> CroesoDatabase.open("jdbc:postgresql://localhost/croeso"));
    }
}
