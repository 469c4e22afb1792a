package org.wfed.core.internal.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * One value of a row as a move from Derby reads and writes it, by the PostgreSQL column's JDBC type: exact
 * decimals, dates as dates, timestamps as the same wall-clock time to the nanosecond, bytes as bytes; and the
 * checksum of a table, the same whichever order its rows are read in.
 */
final class MoveRows {
    private MoveRows() {
    }

    static Object read(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.BIGINT -> rs.getLong(i);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(i);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
            case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> rs.getDouble(i);
            case Types.DATE -> {
                java.sql.Date d = rs.getDate(i);
                yield d == null ? null : d.toLocalDate();
            }
            case Types.TIMESTAMP -> {
                Timestamp t = rs.getTimestamp(i);
                // PostgreSQL keeps microseconds: a Derby timestamp's nanoseconds beyond them cannot move (wfed writes milliseconds)
                yield t == null ? null : t.toLocalDateTime().truncatedTo(ChronoUnit.MICROS);
            }
            case Types.TIME -> rs.getTime(i);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
            default -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }

    static void write(PreparedStatement ps, int i, int type, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else if (v instanceof byte[] b) {
            ps.setBytes(i, b);
        } else {
            ps.setObject(i, v);
        }
    }

    /** The text a value stands for in a row's hash: the same for the same value read from either database. */
    static String canonical(Object v) {
        if (v == null) {
            return "\u0000";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }

    /** A table's checksum: the sum of its rows' hashes (so that the order they are read in changes nothing). */
    static final class Sum {
        private final MessageDigest sha;
        private long sum;
        private long rows;

        Sum() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(Object[] row) {
            StringBuilder s = new StringBuilder();
            for (Object v : row) {
                s.append(canonical(v)).append('\u0001');
            }
            byte[] h = sha.digest(s.toString().getBytes(StandardCharsets.UTF_8));
            long x = 0;
            for (int k = 0; k < 8; k++) {
                x = (x << 8) | (h[k] & 0xff);
            }
            sum += x;
            rows++;
        }

        long rows() {
            return rows;
        }

        String value() {
            return Long.toHexString(sum);
        }
    }
}
