package cymru.croeso.data.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

import cymru.croeso.data.table.StatisticalTable;
import cymru.croeso.data.table.TableFileReader;
import cymru.croeso.data.table.TableFormatException;

/**
 * Imports a planner's file as a named table: reads and checks all of it, shows what was found, and only then writes
 * it, in one transaction. The headless path used by the CLI and the UI alike.
 */
public final class TableImport {
    private final StatisticalTables tables;

    public TableImport(CroesoDatabase db) {
        this.tables = new StatisticalTables(db);
    }

    /** A file read and checked but not yet written: what the preview shows. */
    public record Preview(StatisticalTable table, String sha256) {
    }

    /**
     * Reads and checks a file without writing anything.
     *
     * @throws TableFormatException listing what is wrong with the file
     */
    public static Preview preview(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return new Preview(TableFileReader.read(file.getFileName().toString(), content), sha256(content));
    }

    /** Reads, checks and stores a file under {@code name}; nothing is written unless the whole file is valid. */
    public StoredTable importFile(String name, Path file, boolean replace) throws IOException, SQLException {
        StatisticalTables.checkName(name);
        return store(name, preview(file), replace);
    }

    /** Stores a previewed file, e.g. after the planner has seen and accepted the preview. */
    public StoredTable store(String name, Preview preview, boolean replace) throws SQLException {
        return tables.store(name, preview.table(), preview.sha256(), replace);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
