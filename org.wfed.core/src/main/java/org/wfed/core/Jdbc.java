package org.wfed.core;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers for plain JDBC with prepared statements; Java time types are bound as SQL types. */
public final class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.setMaxRows(2);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    /** The first column of the first row as a long, or 0 when there is none (for COUNT and SUM). */
    public static long number(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated identity. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (!rs.next()) {
                    throw new SQLException("no generated key for " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    /**
     * Updates a versioned row: the statement must end with {@code WHERE id = ? AND version = ?}.
     * Throws a 409 when no row matched because another writer got there first, a 404 when the row is gone.
     */
    public static void updateVersioned(Connection c, String table, long id, String sql, Object... params) throws SQLException {
        if (update(c, sql, params) == 0) {
            if (number(c, "SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) == 0) {
                throw WfedException.notFound(table + " " + id);
            }
            throw WfedException.staleVersion(table + " " + id);
        }
    }

    /**
     * Inserts a row unless the row's key exists already (also one a concurrent transaction just committed);
     * answers whether it inserted. A savepoint keeps the transaction going after the duplicate key: PostgreSQL
     * would otherwise refuse every further statement of the transaction.
     */
    public static boolean insertMissing(Connection c, String sql, Object... params) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            update(c, sql, params);
        } catch (SQLException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            c.rollback(before);
            return false;
        }
        c.releaseSavepoint(before);
        return true;
    }

    /** Whether a unique or primary key was hit (SQL state 23505, the same in Derby and PostgreSQL). */
    public static boolean isDuplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        // read once: Derby copies every parameter's type on each call, which made binding a multi-row
        // INSERT's NULLs quadratic in its parameters (1,200 of them in a 100-row insert)
        java.sql.ParameterMetaData types = null;
        Boolean derby = null;
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) {
                if (derby == null) {
                    derby = ps.getConnection().getMetaData().getDatabaseProductName().startsWith("Apache Derby");
                }
                if (!derby) {
                    // PostgreSQL takes an untyped NULL's type from where it stands
                    ps.setNull(at, java.sql.Types.NULL);
                    continue;
                }
                // Derby wants the column's own type for a NULL
                if (types == null) {
                    types = ps.getParameterMetaData();
                }
                ps.setNull(at, types.getParameterType(at));
            } else if (p instanceof LocalDate d) {
                ps.setDate(at, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                ps.setTimestamp(at, Timestamp.from(t));
            } else if (p instanceof Boolean b) {
                ps.setBoolean(at, b);
            } else if (p instanceof Enum<?> e) {
                ps.setString(at, e.name());
            } else {
                ps.setObject(at, p);
            }
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A nullable BIGINT column. */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** "?, ?, ?" for an IN list of n values. */
    public static String placeholders(int n) {
        return n == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
