package cymru.croeso.data.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cymru.croeso.data.table.HeaderMapping;
import cymru.croeso.data.table.LongTable;
import cymru.croeso.data.table.Sex;
import cymru.croeso.data.table.StatisticalTable;
import cymru.croeso.data.table.TableLayout;
import cymru.croeso.data.table.TableRow;
import cymru.croeso.data.table.WideTable;
import cymru.croeso.data.table.WideTableRow;

/** The imported statistical tables in a {@link CroesoDatabase}: stored whole in one transaction, read back by area. */
public final class StatisticalTables {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    /** Rows sent to H2 per batch of a wide table. */
    private static final int BATCH = 4096;

    private final CroesoDatabase db;

    public StatisticalTables(CroesoDatabase db) {
        this.db = db;
    }

    /** Table names are short lower-case words so they can be typed on the command line, e.g. {@code population}. */
    public static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new StoreException(StoreMessages.format("store.badName", name));
        }
    }

    /**
     * Stores {@code table} under {@code name} in one transaction: either all of it is written, or nothing.
     *
     * @param replace whether an existing table of that name is replaced; otherwise it is an error
     */
    public StoredTable store(String name, StatisticalTable table, String sha256, boolean replace) throws SQLException {
        checkName(name);
        return db.inTransaction(c -> {
            Optional<StoredTable> existing = find(c, name);
            if (existing.isPresent()) {
                if (!replace) {
                    throw new StoreException(StoreMessages.format("store.exists", name, existing.get().sourceFile(),
                            existing.get().importedAt()));
                }
                delete(c, existing.get().id());
            }
            long id = insertHeader(c, name, table, sha256);
            switch (table) {
                case LongTable t -> insertLongRows(c, id, t);
                case WideTable t -> insertWideRows(c, id, t);
            }
            return find(c, name).orElseThrow();
        });
    }

    private static long insertHeader(Connection c, String name, StatisticalTable table, String sha256)
            throws SQLException {
        String mapping = switch (table) {
            case LongTable t -> t.mapping().toStored();
            case WideTable t -> t.columns();
        };
        try (PreparedStatement p = c.prepareStatement("INSERT INTO imported_table (name, source_file, sha256, "
                + "imported_at, layout, mapping, row_count, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            p.setString(1, name);
            p.setString(2, truncate(table.sourceName(), 1024));
            p.setString(3, sha256);
            p.setObject(4, OffsetDateTime.now());
            p.setString(5, table.layout().name());
            p.setString(6, truncate(mapping, 2000));
            p.setInt(7, table.size());
            p.setDouble(8, table.total());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void insertLongRows(Connection c, long id, LongTable t) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO table_ages (table_id, area_code, period_year, "
                + "sex, first_age, obs_values) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (AgeVector v : AgeVector.of(t.rows())) {
                p.setLong(1, id);
                p.setString(2, v.areaCode());
                p.setInt(3, v.year());
                p.setString(4, v.sex().name());
                p.setInt(5, v.firstAge());
                p.setArray(6, c.createArrayOf("DOUBLE PRECISION", v.boxedValues()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void insertWideRows(Connection c, long id, WideTable t) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO table_category_row (table_id, area_code, "
                + "category, period_year, obs_value) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (WideTableRow r : t.rows()) {
                p.setLong(1, id);
                p.setString(2, r.areaCode());
                p.setString(3, r.category());
                p.setInt(4, r.year());
                p.setDouble(5, r.value());
                p.addBatch();
                if (++n % BATCH == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    /** Every imported table, by name. */
    public List<StoredTable> list() throws SQLException {
        List<StoredTable> out = new ArrayList<>();
        try (PreparedStatement p = db.connection().prepareStatement(SELECT + " ORDER BY name");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(storedTable(r));
            }
        }
        return out;
    }

    public Optional<StoredTable> find(String name) throws SQLException {
        return find(db.connection(), name);
    }

    private static final String SELECT = "SELECT id, name, source_file, sha256, imported_at, layout, mapping, "
            + "row_count, total FROM imported_table";

    private static Optional<StoredTable> find(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(storedTable(r)) : Optional.empty();
            }
        }
    }

    private static StoredTable storedTable(ResultSet r) throws SQLException {
        return new StoredTable(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getObject(5, OffsetDateTime.class), TableLayout.valueOf(r.getString(6)), r.getString(7),
                r.getInt(8), r.getDouble(9));
    }

    /** A long table's rows for one area, ordered by year, sex (M first) and age. */
    public LongTable readArea(String name, String areaCode) throws SQLException {
        return readLong(name, areaCode);
    }

    /** A long table's rows for every area, ordered by area, year, sex (M first) and age. */
    public LongTable readLong(String name) throws SQLException {
        return readLong(name, null);
    }

    private LongTable readLong(String name, String areaCode) throws SQLException {
        StoredTable t = require(name);
        if (t.layout() == TableLayout.STATSWALES_WIDE) {
            throw new StoreException(StoreMessages.format("store.wideNotLong", name));
        }
        List<TableRow> rows = new ArrayList<>(areaCode == null ? t.rowCount() : 256);
        String sql = "SELECT area_code, period_year, sex, first_age, obs_values FROM table_ages WHERE table_id = ?"
                + (areaCode == null ? "" : " AND area_code = ?") + " ORDER BY area_code, period_year, sex DESC";
        try (PreparedStatement p = db.connection().prepareStatement(sql)) {
            p.setLong(1, t.id());
            if (areaCode != null) {
                p.setString(2, areaCode);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String area = r.getString(1);
                    int year = r.getInt(2);
                    Sex sex = Sex.valueOf(r.getString(3));
                    int firstAge = r.getInt(4);
                    Object[] values = (Object[]) r.getArray(5).getArray();
                    for (int i = 0; i < values.length; i++) {
                        rows.add(new TableRow(area, sex, firstAge + i, year, ((Number) values[i]).doubleValue()));
                    }
                }
            }
        }
        return new LongTable(t.sourceFile(), t.layout(), HeaderMapping.fromStored(t.mapping()), rows);
    }

    /** A wide table's values, ordered by area, category and year. */
    public WideTable readWide(String name) throws SQLException {
        StoredTable t = require(name);
        if (t.layout() != TableLayout.STATSWALES_WIDE) {
            throw new StoreException(StoreMessages.format("store.longNotWide", name));
        }
        List<WideTableRow> rows = new ArrayList<>(t.rowCount());
        try (PreparedStatement p = db.connection().prepareStatement("SELECT area_code, category, period_year, "
                + "obs_value FROM table_category_row WHERE table_id = ? ORDER BY area_code, category, period_year")) {
            p.setLong(1, t.id());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new WideTableRow(r.getString(1), r.getString(2), r.getInt(3), r.getDouble(4)));
                }
            }
        }
        return new WideTable(t.sourceFile(), "stored table '" + name + "'", "area", "category", rows);
    }

    private StoredTable require(String name) throws SQLException {
        return find(name).orElseThrow(() -> new StoreException(StoreMessages.format("store.noTable", name)));
    }

    /** Deletes a table and its rows; returns false if there was none of that name. */
    public boolean delete(String name) throws SQLException {
        return db.inTransaction(c -> {
            Optional<StoredTable> t = find(c, name);
            if (t.isEmpty()) {
                return false;
            }
            delete(c, t.get().id());
            return true;
        });
    }

    private static void delete(Connection c, long id) throws SQLException {
        for (String sql : new String[] {"DELETE FROM table_ages WHERE table_id = ?",
            "DELETE FROM table_category_row WHERE table_id = ?", "DELETE FROM imported_table WHERE id = ?"}) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }
}
