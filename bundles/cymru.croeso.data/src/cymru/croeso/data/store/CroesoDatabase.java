package cymru.croeso.data.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The planner's H2 database: opened from a JDBC URL (a file in the workspace, or a team's {@code jdbc:h2:tcp://}
 * server), its schema brought up to date on opening. One connection, used by one thread at a time.
 */
public final class CroesoDatabase implements AutoCloseable {
    private final String url;
    private final Connection connection;
    private final int schemaVersion;

    private CroesoDatabase(String url, Connection connection, int schemaVersion) {
        this.url = url;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /**
     * The database used when no URL is given: {@code ~/.croeso/croeso.mv.db}, embedded, so it needs no server.
     * AUTO_SERVER stays off so that two Croeso processes never quietly share one file; teams share a TCP server.
     */
    public static String defaultUrl() {
        Path file = Path.of(System.getProperty("user.home"), ".croeso", "croeso");
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=FALSE";
    }

    /** Opens (creating if need be) the database at {@code url} and migrates its schema. */
    public static CroesoDatabase open(String url) throws SQLException {
        if (!url.startsWith("jdbc:h2:")) {
            throw new StoreException(StoreMessages.format("store.notH2", url));
        }
        Properties props = new Properties();
        if (!url.toUpperCase(java.util.Locale.ROOT).contains(";USER=")) {
            props.setProperty("user", "sa");
            props.setProperty("password", "");
        }
        // Through the driver object, not DriverManager, which cannot see bundle class loaders in OSGi (BUILD.md #11).
        Connection c = new org.h2.Driver().connect(url, props);
        if (c == null) {
            throw new StoreException(StoreMessages.format("store.refusedUrl", url));
        }
        try {
            return new CroesoDatabase(url, c, SchemaMigrations.migrate(c));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public String url() {
        return url;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    Connection connection() {
        return connection;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (Throwable e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Work done on the connection inside {@link #inTransaction}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
