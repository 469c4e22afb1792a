package org.wfed.elections.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.People;

/**
 * People elected to one position whose registry facts match a test on election day (e.g. 大专及以上,
 * under 35), per unit, for elections with a published result held in the period. Like
 * {@link ElectedIndicator}, every unit's rows are read and the scope applied in Java.
 */
abstract class ElectedFactIndicator implements Indicator {

    private static final String SQL = "SELECT e.unit_id, c.person_id, e.election_date FROM elec_candidate c"
            + " JOIN elec_position p ON p.id = c.position_id JOIN elec_election e ON e.id = p.election_id"
            + " WHERE c.elected = TRUE AND p.kind = ? AND e.election_date BETWEEN ? AND ?"
            + " AND e.step IN ('RESULT_PUBLISHED', 'FIRST_MEETING', 'FILED')";

    private record Row(long unitId, long personId, java.time.LocalDate day) {
    }

    private final Database db;
    private final People people;
    private final String kind;
    private final BiPredicate<PersonFacts, java.time.LocalDate> test;

    ElectedFactIndicator(Database db, People people, String kind, BiPredicate<PersonFacts, java.time.LocalDate> test) {
        this.db = db;
        this.people = people;
        this.kind = kind;
        this.test = test;
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
        List<Row> rows = db.read(c -> Jdbc.list(c, SQL, rs -> new Row(rs.getLong(1), rs.getLong(2), Jdbc.date(rs, "election_date")),
                kind, period.from(), period.to())).stream().filter(r -> scope.contains(r.unitId())).toList();
        Map<Long, PersonFacts> facts = people.facts(new ArrayList<>(rows.stream().map(Row::personId).toList()));
        Map<Long, Long> out = new HashMap<>();
        for (Row r : rows) {
            PersonFacts f = facts.get(r.personId());
            if (f != null && test.test(f, r.day())) {
                out.merge(r.unitId(), 1L, Long::sum);
            }
        }
        return out;
    }
}
