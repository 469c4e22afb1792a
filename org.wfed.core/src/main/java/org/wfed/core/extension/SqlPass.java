package org.wfed.core.extension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * built {@link Indicators.Builder#from(SqlPass, int) from} it reads one of its value columns, and reporting
 * runs the query once per {@link Batch} (one table, summary or form) however many of them it computes.
 * Figures over the same rows should share a pass: 17 scans of a year's activities cost three to four times
 * one pass.
 *
 * <p>The query's columns are the unit id, then (for {@link #byMember}) the member code, then the values:
 * <pre>
 * SELECT a.unit_id, p.code, COUNT(*), SUM(a.paid_fen), COUNT(DISTINCT a.person_id)
 *   FROM aid_application a JOIN aid_programme p ON p.id = a.programme_id
 *  WHERE {units:a.unit_id} AND a.status IN ('PAID', 'RECEIVED') AND a.paid_on BETWEEN {from} AND {to}
 *  GROUP BY a.unit_id, p.code
 * </pre>
 * In the text, {@code {units:<column>}} becomes the scope's condition on that column
 * ({@link Scope#unitCondition}), {@code {from}} and {@code {to}} the period's first and last day,
 * {@code {fromYear}} and {@code {toYear}} their years, and each {@code ?} the next of the fixed parameters.
 * A query without {@code {units:…}} reads every unit's rows (for small tables, e.g. elections: a unit
 * condition inside a join of several tables can make Derby evaluate it row by row); rows of units outside
 * the scope are always dropped. Values are read as exact decimals; money columns are fen.
 *
 * @since 1.2
 */
public final class SqlPass {
    private static final Pattern TOKEN = Pattern.compile("\\{units:([A-Za-z_][A-Za-z0-9_.]*)\\}|\\{(from|to|fromYear|toYear)\\}|\\?");

    /** One row of a pass: the unit, the member code (null without one, or a ROLLUP's total row), the value columns. */
    public record Row(long unitId, String member, List<BigDecimal> values) {
        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private record Key(SqlPass pass, Scope scope, Period period) {
    }

    private final Database db;
    private final String sql;
    private final Object[] fixed;
    private final boolean byMember;
    private final boolean rolledUp;

    private SqlPass(Database db, String sql, Object[] fixed, boolean byMember, boolean rolledUp) {
        this.db = Objects.requireNonNull(db, "db");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.fixed = fixed.clone();
        this.byMember = byMember;
        this.rolledUp = rolledUp;
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
        return new SqlPass(db, sql, fixed, false, false);
    }

    /** Rows of unit id, member code, then values ({@code GROUP BY unit_id, member}). */
    public static SqlPass byMember(Database db, String sql, Object... fixed) {
        return new SqlPass(db, sql, fixed, true, false);
    }

    /**
     * Rows of unit id, member code, then values, grouped by {@code ROLLUP(unit_id, member)}: a row whose
     * member is NULL holds the unit's total (a row whose unit is NULL, the grand total, is dropped). Use it
     * where a total is not the sum of the members, e.g. {@code COUNT(DISTINCT person_id)} over programmes;
     * the member column must then never be NULL in the data ({@code COALESCE} it).
     */
    public static SqlPass byMemberRolledUp(Database db, String sql, Object... fixed) {
        return new SqlPass(db, sql, fixed, true, true);
    }

    boolean byMember() {
        return byMember;
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
        int first = byMember ? 3 : 2;
        return db.read(c -> Jdbc.list(c, text.toString(), rs -> {
            long unit = rs.getLong(1);
            if (rs.wasNull()) {
                return null; // a ROLLUP's grand total
            }
            String member = byMember ? rs.getString(2) : null;
            int columns = rs.getMetaData().getColumnCount();
            List<BigDecimal> values = new ArrayList<>(columns - first + 1);
            for (int i = first; i <= columns; i++) {
                values.add(rs.getBigDecimal(i));
            }
            return new Row(unit, member, values);
        }, params.toArray())).stream().filter(r -> r != null && scope.contains(r.unitId())).toList();
    }

    /**
     * One value column of the rows as an indicator's values: per member when {@code keepMembers}, else the
     * units' totals; only rows whose member passes {@code members} (all when null). Money (fen) becomes yuan.
     */
    Values values(List<Row> rows, int column, Predicate<String> members, boolean keepMembers, Measure measure) {
        if (column < 1) {
            throw new IllegalArgumentException("value columns count from 1: " + column);
        }
        Values out = new Values();
        boolean rollUpTotals = rolledUp && members == null;
        for (Row r : rows) {
            if (column > r.values().size()) {
                throw new IllegalArgumentException("the pass has " + r.values().size() + " value columns, not " + column + ": " + sql);
            }
            BigDecimal v = r.values().get(column - 1);
            if (v == null) {
                continue;
            }
            if (measure == Measure.MONEY) {
                v = v.movePointLeft(2);
            }
            if (rolledUp && r.member() == null) {
                if (rollUpTotals) {
                    out.setTotal(r.unitId(), v);
                }
            } else if (members == null || (r.member() != null && members.test(r.member()))) {
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
