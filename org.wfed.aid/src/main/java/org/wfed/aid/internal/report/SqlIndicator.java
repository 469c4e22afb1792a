package org.wfed.aid.internal.report;

import java.util.HashMap;
import java.util.Map;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;

/**
 * An aid figure computed by one aggregate query {@code SELECT unit_id, n ... WHERE {units} ... GROUP BY unit_id};
 * {@code {units}} becomes the scope's unit condition, then the period's from and to are bound
 * {@code periodParams} times. A rate has no query, only {@link #ratioOf()}.
 */
final class SqlIndicator implements Indicator {

    private final Database db;
    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String unitZh;
    private final int order;
    private final String sql;
    private final String unitColumn;
    private final int periodParams;
    private final String[] ratioOf;

    private SqlIndicator(Database db, String id, String nameZh, String nameEn, String unitZh, int order, String sql,
                         String unitColumn, int periodParams, String[] ratioOf) {
        this.db = db;
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unitZh = unitZh;
        this.order = order;
        this.sql = sql;
        this.unitColumn = unitColumn;
        this.periodParams = periodParams;
        this.ratioOf = ratioOf;
    }

    static SqlIndicator count(Database db, String id, String nameZh, String nameEn, String unitZh, int order, String sql,
                              String unitColumn, int periodParams) {
        return new SqlIndicator(db, id, nameZh, nameEn, unitZh, order, sql, unitColumn, periodParams, null);
    }

    static SqlIndicator rate(Database db, String id, String nameZh, String nameEn, int order, String numerator,
                             String denominator) {
        return new SqlIndicator(db, id, nameZh, nameEn, "%", order, null, null, 0, new String[] {numerator, denominator});
    }

    @Override
    public String id() { return id; }

    @Override
    public String nameZh() { return nameZh; }

    @Override
    public String nameEn() { return nameEn; }

    @Override
    public String unitZh() { return unitZh; }

    @Override
    public String section() { return "care"; }

    @Override
    public int order() { return order; }

    @Override
    public String[] ratioOf() { return ratioOf == null ? null : ratioOf.clone(); }

    @Override
    public Map<Long, Long> compute(Scope scope, Period period) {
        if (sql == null || scope.unitIds().isEmpty()) {
            return Map.of();
        }
        Object[] dates = new Object[periodParams * 2];
        for (int i = 0; i < periodParams; i++) {
            dates[i * 2] = period.from();
            dates[i * 2 + 1] = period.to();
        }
        String query = sql.replace("{units}", scope.unitCondition(unitColumn));
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            for (long[] row : Jdbc.list(c, query, rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                    Scope.params(scope.unitIdParams(), dates))) {
                out.put(row[0], row[1]);
            }
            return out;
        });
    }
}
