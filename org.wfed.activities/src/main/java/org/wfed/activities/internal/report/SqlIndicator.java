package org.wfed.activities.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;

/**
 * An indicator computed by one aggregate query {@code SELECT unit_id, <figure> … WHERE {units} … GROUP BY unit_id}:
 * {@code {units}} becomes the scope's unit condition, then the statement's own parameters follow — the period's
 * first and last day ({@link Bounds#DATES}) or years ({@link Bounds#YEARS}), then any fixed values.
 */
final class SqlIndicator extends NamedIndicator {

    /** What the period binds as. */
    enum Bounds { DATES, YEARS }

    private final Database db;
    private final String sql;
    private final Bounds bounds;
    private final Object[] fixed;

    SqlIndicator(Database db, String id, String nameZh, String nameEn, String unitZh, String section, int order, String sql,
                 Bounds bounds, Object... fixed) {
        super(id, nameZh, nameEn, unitZh, section, order);
        this.db = db;
        this.sql = sql;
        this.bounds = bounds;
        this.fixed = fixed.clone();
    }

    @Override
    public Map<Long, Long> compute(Scope scope, Period period) {
        String column = sql.substring(sql.indexOf("{units:") + 7, sql.indexOf('}', sql.indexOf("{units:")));
        String statement = sql.replace("{units:" + column + "}", scope.unitCondition(column));
        Object[] params = bounds == Bounds.DATES ? Scope.params(scope.unitIdParams(), period.from(), period.to())
                : Scope.params(scope.unitIdParams(), period.from().getYear(), period.to().getYear());
        Object[] all = Scope.params(params, fixed);
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            Jdbc.list(c, statement, rs -> {
                BigDecimal v = rs.getBigDecimal(2);
                out.put(rs.getLong(1), v == null ? 0 : v.setScale(0, RoundingMode.HALF_UP).longValueExact());
                return null;
            }, all);
            return out;
        });
    }
}
