package cymru.croeso.data.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The history of projection runs: kept so a planner can list, reopen, compare and delete them, and so equal inputs are not recomputed. */
public final class RunHistory {
    /** H2's SQLSTATE for a unique-key violation. */
    private static final String DUPLICATE_KEY = "23505";
    private static final String COLUMNS = "id, scenario_id, fingerprint, run_at, label, outputs_size";

    private final CroesoDatabase db;

    public RunHistory(CroesoDatabase db) {
        this.db = db;
    }

    /**
     * Records a run, or returns the run already recorded for the same scenario and fingerprint (whose outputs are
     * then kept as they were).
     */
    public ProjectionRunRecord record(String scenarioId, String fingerprint, String label, byte[] outputs)
            throws SQLException {
        if (!fingerprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a fingerprint is 64 hex digits (SHA-256), not '" + fingerprint + "'");
        }
        try {
            return insert(scenarioId, fingerprint, label, outputs);
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                // another process recorded the same inputs between our look-up and our insert: theirs stands
                return findByFingerprint(scenarioId, fingerprint).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private ProjectionRunRecord insert(String scenarioId, String fingerprint, String label, byte[] outputs)
            throws SQLException {
        return db.inTransaction(c -> {
            Optional<ProjectionRunRecord> existing = find(c, scenarioId, fingerprint);
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO projection_run (scenario_id, fingerprint, "
                    + "run_at, label, outputs, outputs_size) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, scenarioId);
                p.setString(2, fingerprint);
                p.setObject(3, OffsetDateTime.now());
                p.setString(4, label);
                p.setBytes(5, outputs);
                p.setLong(6, outputs.length);
                p.executeUpdate();
            }
            return find(c, scenarioId, fingerprint).orElseThrow();
        });
    }

    /** The run already made with exactly these inputs, if any. */
    public Optional<ProjectionRunRecord> findByFingerprint(String scenarioId, String fingerprint) throws SQLException {
        return find(db.connection(), scenarioId, fingerprint);
    }

    private static Optional<ProjectionRunRecord> find(Connection c, String scenarioId, String fingerprint)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM projection_run "
                + "WHERE scenario_id = ? AND fingerprint = ?")) {
            p.setString(1, scenarioId);
            p.setString(2, fingerprint);
            return first(p);
        }
    }

    /** Every run, newest first. */
    public List<ProjectionRunRecord> list() throws SQLException {
        List<ProjectionRunRecord> out = new ArrayList<>();
        try (PreparedStatement p = db.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM projection_run ORDER BY run_at DESC, id DESC"); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(run(r));
            }
        }
        return out;
    }

    public Optional<ProjectionRunRecord> find(long id) throws SQLException {
        try (PreparedStatement p = db.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM projection_run WHERE id = ?")) {
            p.setLong(1, id);
            return first(p);
        }
    }

    /** A run's outputs exactly as recorded, to reopen or compare it. */
    public byte[] outputs(long id) throws SQLException {
        try (PreparedStatement p = db.connection().prepareStatement("SELECT outputs FROM projection_run WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException(StoreMessages.format("store.noRun", id));
                }
                return r.getBytes(1);
            }
        }
    }

    /** Deletes a run; returns false if there was none with that id. */
    public boolean delete(long id) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM projection_run WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    private static Optional<ProjectionRunRecord> first(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.of(run(r)) : Optional.empty();
        }
    }

    private static ProjectionRunRecord run(ResultSet r) throws SQLException {
        return new ProjectionRunRecord(r.getLong(1), r.getString(2), r.getString(3),
                r.getObject(4, OffsetDateTime.class), r.getString(5), r.getLong(6));
    }
}
