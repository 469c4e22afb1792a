package org.wfed.core.extension;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;

/**
 * One aggregate query over a scope and period whose rows several indicators answer from: each indicator
 * built {@link Indicators.Builder#from(SqlPass, int) from} it reads one of its value columns (of the rows it
 * wants), and reporting runs the query once per {@link Batch} (one table, summary or form) however many of
 * them it computes. Figures over the same rows should share a pass: 17 scans of a year's activities cost
 * three to four times one pass, and a condition an indicator needs (a status, a type) costs less as a
 * grouping key filtered in Java than as a {@code WHERE} clause of its own query.
 *
 * <p>The query's columns are the unit id, then its keys (for {@link #byMember} one: the member code; for
 * {@link #byKeys} several, the first being the member), then the values:
 * <pre>
 * SELECT a.unit_id, a.programme_id, a.status, COUNT(*)
 *   FROM aid_application a WHERE {units:a.unit_id} AND a.applied_on BETWEEN {from} AND {to}
 *  GROUP BY a.unit_id, a.programme_id, a.status
 * </pre>
 * In the text, {@code {units:<column>}} becomes the scope's condition on that column
 * ({@link Scope#unitCondition}), {@code {from}} and {@code {to}} the period's first and last day,
 * {@code {fromYear}} and {@code {toYear}} their years, and each {@code ?} the next of the fixed parameters.
 * A query without {@code {units:…}} reads every unit's rows (for small tables, e.g. elections: a unit
 * condition inside a join of several tables can make Derby evaluate it row by row); rows of units outside
 * the scope are always dropped. Values are read as exact decimals; money columns are fen. A key holding a
 * surrogate id can be turned into its code with {@link #keyedBy} (cheaper than joining the type table).
 *
 * @since 1.2
 */
public final class SqlPass {
    private static final Pattern TOKEN = Pattern.compile("\\{units:([A-Za-z_][A-Za-z0-9_.]*)\\}|\\{(from|to|fromYear|toYear)\\}|\\?");

    /**
     * One row of a pass: the unit, its keys (the first is the member code; null in a ROLLUP's total row) and
     * its value columns.
     */
    public record Row(long unitId, List<String> keys, List<BigDecimal> values) {
        public Row {
            keys = java.util.Collections.unmodifiableList(new ArrayList<>(keys));
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** The member code (the first key), or null. */
        public String member() {
            return keys.isEmpty() ? null : keys.get(0);
        }

        /** The n-th key, counted from 1. */
        public String key(int n) {
            return keys.get(n - 1);
        }

        /** The n-th value column, counted from 1. */
        public BigDecimal value(int n) {
            return values.get(n - 1);
        }
    }

    private record Key(SqlPass pass, Scope scope, Period period) {
    }

    private final Database db;
    private final String sql;
    private final Object[] fixed;
    private final int keys;
    private final boolean rolledUp;
    private final Map<Integer, String> lookups;

    private SqlPass(Database db, String sql, Object[] fixed, int keys, boolean rolledUp, Map<Integer, String> lookups) {
        this.db = Objects.requireNonNull(db, "db");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.fixed = fixed.clone();
        this.keys = keys;
        this.rolledUp = rolledUp;
        this.lookups = Map.copyOf(lookups);
        int questionMarks = 0;
        Matcher m = TOKEN.matcher(sql);
        while (m.find()) {
            questionMarks += "?".equals(m.group()) ? 1 : 0;
        }
        if (questionMarks != fixed.length) {
            throw new IllegalArgumentException(questionMarks + " '?' in the query but " + fixed.length + " fixed parameters: " + sql);
        }
    }

    /** Rows of unit id, then values. */
    public static SqlPass perUnit(Database db, String sql, Object... fixed) {
        return new SqlPass(db, sql, fixed, 0, false, Map.of());
    }

    /** Rows of unit id, member code, then values ({@code GROUP BY unit_id, member}). */
    public static SqlPass byMember(Database db, String sql, Object... fixed) {
        return new SqlPass(db, sql, fixed, 1, false, Map.of());
    }

    /**
     * Rows of unit id, {@code keys} key columns (the first is the member code), then values, e.g.
     * {@code GROUP BY unit_id, programme_id, status}: indicators pick the rows they count by their keys.
     */
    public static SqlPass byKeys(Database db, int keys, String sql, Object... fixed) {
        if (keys < 1) {
            throw new IllegalArgumentException("a pass by keys has at least one: " + keys);
        }
        return new SqlPass(db, sql, fixed, keys, false, Map.of());
    }

    /**
     * Rows of unit id, member code, then values, grouped by {@code ROLLUP(unit_id, member)}: a row whose
     * member is NULL holds the unit's total (a row whose unit is NULL, the grand total, is dropped). Use it
     * where a total is not the sum of the members, e.g. {@code COUNT(DISTINCT person_id)} over programmes;
     * the member column must then never be NULL in the data ({@code COALESCE} it).
     */
    public static SqlPass byMemberRolledUp(Database db, String sql, Object... fixed) {
        return new SqlPass(db, sql, fixed, 1, true, Map.of());
    }

    /**
     * The same pass with the n-th key (from 1) read as a surrogate id and answered as the code {@code lookup}
     * maps it to ({@code SELECT id, code FROM aid_programme}: two columns, read with the pass's query on the same
     * connection); an id the lookup does not know stays as it is.
     */
    public SqlPass keyedBy(int key, String lookup) {
        if (key < 1 || key > keys) {
            throw new IllegalArgumentException("the pass has " + keys + " keys, not " + key);
        }
        Map<Integer, String> all = new java.util.HashMap<>(lookups);
        all.put(key, Objects.requireNonNull(lookup, "lookup"));
        return new SqlPass(db, sql, fixed, keys, rolledUp, all);
    }

    int keys() {
        return keys;
    }

    boolean rolledUp() {
        return rolledUp;
    }

    /** The rows for the scope and period, run once per batch. */
    public List<Row> rows(Scope scope, Period period, Batch batch) {
        if (scope.unitIds().isEmpty()) {
            return List.of();
        }
        return batch.shared(new Key(this, scope, period), () -> query(scope, period));
    }

    private List<Row> query(Scope scope, Period period) {
        StringBuilder text = new StringBuilder();
        List<Object> params = new ArrayList<>();
        Matcher m = TOKEN.matcher(sql);
        int last = 0;
        int nextFixed = 0;
        while (m.find()) {
            text.append(sql, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                text.append(scope.unitCondition(m.group(1)));
                params.addAll(List.of(scope.unitIdParams()));
            } else if (m.group(2) != null) {
                text.append('?');
                params.add(switch (m.group(2)) {
                    case "from" -> period.from();
                    case "to" -> period.to();
                    case "fromYear" -> period.from().getYear();
                    default -> period.to().getYear();
                });
            } else {
                text.append('?');
                params.add(fixed[nextFixed++]);
            }
        }
        text.append(sql.substring(last));
        int first = keys + 2;
        return db.read(c -> {
            Map<Integer, Map<String, String>> codes = new java.util.HashMap<>();
            for (Map.Entry<Integer, String> l : lookups.entrySet()) {
                Map<String, String> map = new java.util.HashMap<>();
                Jdbc.list(c, l.getValue(), rs -> map.put(rs.getString(1), rs.getString(2)));
                codes.put(l.getKey(), map);
            }
            return Jdbc.list(c, text.toString(), rs -> {
                long unit = rs.getLong(1);
                if (rs.wasNull()) {
                    return null; // a ROLLUP's grand total
                }
                List<String> rowKeys = new ArrayList<>(keys);
                for (int k = 1; k <= keys; k++) {
                    String key = key(rs, k + 1);
                    Map<String, String> map = codes.get(k);
                    rowKeys.add(key == null || map == null ? key : map.getOrDefault(key, key));
                }
                int columns = rs.getMetaData().getColumnCount();
                List<BigDecimal> values = new ArrayList<>(Math.max(0, columns - first + 1));
                for (int i = first; i <= columns; i++) {
                    values.add(rs.getBigDecimal(i));
                }
                return new Row(unit, rowKeys, values);
            }, params.toArray());
        }).stream().filter(r -> r != null && scope.contains(r.unitId())).toList();
    }

    /** A key column as text, the same on every database: a BOOLEAN reads "true" or "false" (PostgreSQL's text is "t"). */
    private static String key(ResultSet rs, int column) throws SQLException {
        int type = rs.getMetaData().getColumnType(column);
        if (type == Types.BOOLEAN || type == Types.BIT) {
            boolean b = rs.getBoolean(column);
            return rs.wasNull() ? null : String.valueOf(b);
        }
        return rs.getString(column);
    }

    /**
     * One value column of the pass's rows for the scope and period as an indicator's values, as
     * {@link Indicators.Builder#from(SqlPass, int, Predicate)} reads them: per member when {@code perMember},
     * else the units' totals; only the rows {@code accept} takes (all when null; a ROLLUP's total rows are
     * then left out and totals are the sum of the rows kept). Money (fen) becomes yuan. For a Java
     * computation that decides per call which rows count (e.g. the activity types marked as training now).
     */
    public Values values(Scope scope, Period period, Batch batch, int column, Predicate<Row> accept, boolean perMember,
                         Measure measure) {
        return values(rows(scope, period, batch), column, accept, perMember, measure);
    }

    Values values(List<Row> rows, int column, Predicate<Row> accept, boolean keepMembers, Measure measure) {
        if (column < 1) {
            throw new IllegalArgumentException("value columns count from 1: " + column);
        }
        Values out = new Values();
        for (Row r : rows) {
            if (column > r.values().size()) {
                throw new IllegalArgumentException("the pass has " + r.values().size() + " value columns, not " + column + ": " + sql);
            }
            BigDecimal v = r.value(column);
            if (v == null) {
                continue;
            }
            if (measure == Measure.MONEY) {
                v = v.movePointLeft(2);
            }
            if (rolledUp && r.member() == null) {
                if (accept == null) {
                    out.setTotal(r.unitId(), v);
                }
            } else if (accept == null || accept.test(r)) {
                out.add(r.unitId(), keepMembers ? r.member() : null, v);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return sql;
    }
}
