package org.wfed.core.internal.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What differs between the two databases wfed runs on, in one place: embedded Derby (the default, one node) and
 * PostgreSQL (several nodes). Everything else is the same standard SQL.
 */
public abstract sealed class Dialect permits Dialect.Derby, Dialect.Postgres {
    public static final Dialect DERBY = new Derby();
    public static final Dialect POSTGRES = new Postgres();

    /** The dialect of a JDBC URL: {@code jdbc:postgresql:…} is PostgreSQL, anything else embedded Derby. */
    public static Dialect ofUrl(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRES : DERBY;
    }

    /** The dialect of an open connection, from its driver's product name. */
    public static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRES : DERBY;
    }

    /** Its name in migration file names ({@code V3__x.postgresql.sql}) and logs. */
    public abstract String name();

    /** The driver class the JDBC {@code DataSourceFactory} service announces. */
    public abstract String driverClass();

    /** A clause after a SELECT that reads without waiting for other writers' locks ({@code WITH UR} in Derby). */
    public abstract String readUncommitted();

    /** Whether the error says a lock could not be had in time, or a deadlock chose this transaction. */
    public abstract boolean isBusy(String sqlState);

    /**
     * Serialises set-up work of several nodes starting at once (migrations, the first start) until the transaction
     * of {@code c} ends. Derby needs nothing: one process owns its database.
     */
    public abstract void lockSetUp(Connection c) throws SQLException;

    /**
     * Waits, at most {@code wait}, until no other transaction is writing {@code table}, and keeps writers out of it
     * until the transaction of {@code c} ends, so that the statements after it see every row written so far and no
     * new one appears below them. Derby needs nothing: its readers wait for rows another transaction has not committed
     * yet; PostgreSQL's read past them (MVCC).
     */
    public abstract void excludeWriters(Connection c, String table, java.time.Duration wait) throws SQLException;

    /** A table's name as the database's catalogue stores unquoted identifiers. */
    public static String catalogueName(DatabaseMetaData meta, String name) throws SQLException {
        if (meta.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** Whether the table exists in the connection's current schema, however its name is cased. */
    public static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (var rs = meta.getTables(null, c.getSchema(), catalogueName(meta, name), new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    /** Whether the table has the column, however their names are cased. */
    public static boolean columnExists(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (var rs = meta.getColumns(null, c.getSchema(), catalogueName(meta, table), catalogueName(meta, column))) {
            return rs.next();
        }
    }

    @Override
    public String toString() {
        return name();
    }

    /** Embedded Apache Derby 10.16. */
    static final class Derby extends Dialect {
        @Override
        public String name() {
            return "derby";
        }

        @Override
        public String driverClass() {
            return "org.apache.derby.jdbc.EmbeddedDriver";
        }

        @Override
        public String readUncommitted() {
            return " WITH UR";
        }

        @Override
        public boolean isBusy(String sqlState) {
            // 40XL1 lock timeout, 40XL2 lock timeout with the lock table dumped; 40001 deadlock
            return sqlState.startsWith("40XL") || sqlState.equals("40001");
        }

        @Override
        public void lockSetUp(Connection c) {
            // the data folder's lock (wfed.lock) already keeps a second process out
        }

        @Override
        public void excludeWriters(Connection c, String table, java.time.Duration wait) {
            // a reader meets another transaction's uncommitted row and waits for it
        }
    }

    /** PostgreSQL 15 (the schema stays within what Citus distributes). */
    static final class Postgres extends Dialect {
        /** The advisory lock that set-up work of all nodes shares (any constant; "wfed" in ASCII). */
        static final long SET_UP_LOCK = 0x77666564L;

        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public String driverClass() {
            return "org.postgresql.Driver";
        }

        @Override
        public String readUncommitted() {
            // readers never wait for writers in PostgreSQL (MVCC)
            return "";
        }

        @Override
        public boolean isBusy(String sqlState) {
            // 55P03 lock not available, 40P01 deadlock, 40001 serialisation failure
            return sqlState.equals("55P03") || sqlState.equals("40P01") || sqlState.equals("40001");
        }

        @Override
        public void lockSetUp(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + SET_UP_LOCK + ")");
            }
        }

        @Override
        public void excludeWriters(Connection c, String table, java.time.Duration wait) throws SQLException {
            if (!table.matches("[a-z_]+")) {
                throw new IllegalArgumentException(table);
            }
            try (Statement st = c.createStatement()) {
                // SHARE ROW EXCLUSIVE waits for every transaction holding ROW EXCLUSIVE (any INSERT, UPDATE or DELETE
                // of the table) and conflicts with itself; the wait is this transaction's only (SET LOCAL)
                st.execute("SET LOCAL lock_timeout = '" + wait.toMillis() + "ms'");
                st.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
            }
        }
    }
}
