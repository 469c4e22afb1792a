package org.wfed.example.insurance.internal;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;

/** Women insured and premiums paid, per unit, for reporting. */
public final class InsuranceIndicators {
    private InsuranceIndicators() {
    }

    static Map<Long, Long> perUnit(Database db, String aggregate, Scope scope, Period period) {
        String sql = "SELECT unit_id, " + aggregate + " FROM ins_policy WHERE " + scope.unitCondition("unit_id")
                + " AND bought_on BETWEEN ? AND ? GROUP BY unit_id";
        Map<Long, Long> out = new HashMap<>();
        db.read(c -> Jdbc.list(c, sql, rs -> out.put(rs.getLong(1), rs.getLong(2)),
                Scope.params(scope.unitIdParams(), period.from(), period.to())));
        return out;
    }

    /** 投保妇女人数 */
    @Component(service = Indicator.class)
    public static final class Women implements Indicator {
        private final Database db;

        @Activate
        public Women(@Reference Database db, @Reference InsuranceModule schema) {
            this.db = db;
        }

        @Override public String id() { return "insurance.women"; }
        @Override public String nameZh() { return "购买安康保险妇女人数"; }
        @Override public String nameEn() { return "Women insured"; }
        @Override public String unitZh() { return "人"; }
        @Override public String section() { return "care"; }

        @Override
        public Map<Long, Long> compute(Scope scope, Period period) {
            return perUnit(db, "COUNT(DISTINCT person_id)", scope, period);
        }
    }

    /** 保费合计 (fen) */
    @Component(service = Indicator.class)
    public static final class Premium implements Indicator {
        private final Database db;

        @Activate
        public Premium(@Reference Database db, @Reference InsuranceModule schema) {
            this.db = db;
        }

        @Override public String id() { return "insurance.premium"; }
        @Override public String nameZh() { return "安康保险保费合计"; }
        @Override public String nameEn() { return "Care insurance premiums"; }
        @Override public String unitZh() { return "元"; }
        @Override public String section() { return "care"; }

        @Override
        public Map<Long, Long> compute(Scope scope, Period period) {
            return perUnit(db, "SUM(premium_fen)", scope, period);
        }
    }
}
