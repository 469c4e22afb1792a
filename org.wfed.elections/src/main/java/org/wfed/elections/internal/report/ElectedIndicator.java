package org.wfed.elections.internal.report;

import java.util.HashMap;
import java.util.Map;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;

/**
 * People elected to one position in elections held in the period (by election date), per unit;
 * counted once the result is published. Subclasses name the position and the figure. Elections are
 * few (one a unit in five years), so every unit's figure is read and the scope applied in Java: a
 * unit condition inside this three-table join made Derby re-evaluate it row by row at city scale.
 */
abstract class ElectedIndicator implements Indicator {

    private static final String SQL = "SELECT e.unit_id, COUNT(*) FROM elec_candidate c"
            + " JOIN elec_position p ON p.id = c.position_id JOIN elec_election e ON e.id = p.election_id"
            + " WHERE c.elected = TRUE AND p.kind = ? AND e.election_date BETWEEN ? AND ?"
            + " AND e.step IN ('RESULT_PUBLISHED', 'FIRST_MEETING', 'FILED')%s GROUP BY e.unit_id";

    private final Database db;
    private final String kind;
    private final boolean inTwoCommitteesOnly;

    ElectedIndicator(Database db, String kind, boolean inTwoCommitteesOnly) {
        this.db = db;
        this.kind = kind;
        this.inTwoCommitteesOnly = inTwoCommitteesOnly;
    }

    @Override
    public String unitZh() {
        return "人";
    }

    @Override
    public String section() {
        return "organisation";
    }

    @Override
    public Map<Long, Long> compute(Scope scope, Period period) {
        String sql = String.format(SQL, inTwoCommitteesOnly ? " AND c.in_two_committees = TRUE" : "");
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            Jdbc.list(c, sql, rs -> out.put(rs.getLong(1), rs.getLong(2)), kind, period.from(), period.to());
            out.keySet().retainAll(scope.unitIds());
            return out;
        });
    }
}
