package cymru.croeso.data.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cymru.croeso.data.table.TestFiles;

/** Shared steps of the store tests: databases in a temporary folder, test files written out, raw row counts. */
final class StoreFixture {
    private StoreFixture() {
    }

    static String fileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("croeso").toAbsolutePath() + ";AUTO_SERVER=FALSE";
    }

    /** Writes a class-path test resource to {@code dir} so it can be imported as a planner's file. */
    static Path write(Path dir, String resource) throws IOException {
        return Files.write(dir.resolve(resource), TestFiles.resource(resource));
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.write(dir.resolve(name), TestFiles.utf8(content));
    }

    /** Row counts of every data table, to show a failed import left the database exactly as it was. */
    static String counts(CroesoDatabase db) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (String table : new String[] {"imported_table", "table_cell", "table_category_row", "projection_run"}) {
            try (PreparedStatement p = db.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
                    ResultSet r = p.executeQuery()) {
                r.next();
                sb.append(table).append('=').append(r.getLong(1)).append(' ');
            }
        }
        return sb.toString().trim();
    }

    static double sum(CroesoDatabase db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getDouble(1);
            }
        }
    }
}
