package org.wfed.elections.internal.report;

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
import org.wfed.elections.internal.ElectionsSchema;

/** 完成换届的单位数 (elections.finished): elections approved and filed by the parent in the period. */
@Component(service = Indicator.class)
public final class FinishedIndicator implements Indicator {

    /** Every unit's count, filtered by the scope in Java: elections are few (one a unit in five years). */
    private static final String SQL = "SELECT unit_id, COUNT(DISTINCT unit_id) FROM elec_election WHERE step = 'FILED'"
            + " AND filed_on BETWEEN ? AND ? GROUP BY unit_id";

    private final Database db;

    @Activate
    public FinishedIndicator(@Reference Database db, @Reference ElectionsSchema schema) {
        this.db = db;
    }

    @Override
    public String id() { return "elections.finished"; }

    @Override
    public String nameZh() { return "完成换届的单位"; }

    @Override
    public String nameEn() { return "Units that finished their election"; }

    @Override
    public String unitZh() { return "个"; }

    @Override
    public String section() { return "organisation"; }

    @Override
    public int order() { return 1; }

    @Override
    public Map<Long, Long> compute(Scope scope, Period period) {
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            Jdbc.list(c, SQL, rs -> out.put(rs.getLong(1), rs.getLong(2)), period.from(), period.to());
            out.keySet().retainAll(scope.unitIds());
            return out;
        });
    }
}
