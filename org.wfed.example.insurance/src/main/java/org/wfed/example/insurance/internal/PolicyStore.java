package org.wfed.example.insurance.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.Jdbc;

/** The SQL of {@code ins_policy}: every statement a constant, run on the caller's connection (its unit of work). */
@Component(service = PolicyStore.class)
public final class PolicyStore {
    private static final String OF_UNIT = "SELECT id, unit_id, person_id, policy_year, premium_fen, insurer, bought_on FROM ins_policy"
            + " WHERE unit_id = ? AND (? = 0 OR policy_year = ?) ORDER BY id";
    private static final String COUNT_OF_PERSON_YEAR = "SELECT COUNT(*) FROM ins_policy WHERE person_id = ? AND policy_year = ?";
    private static final String INSERT = "INSERT INTO ins_policy (unit_id, person_id, policy_year, premium_fen, insurer, bought_on)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    /** The unit's policies of the year (every year for 0), without names. */
    List<Policy> ofUnit(Connection c, long unitId, int year) throws SQLException {
        return Jdbc.list(c, OF_UNIT, PolicyStore::map, unitId, year, year);
    }

    /** Whether the woman already has a policy of the year. */
    boolean insured(Connection c, long personId, int year) throws SQLException {
        return Jdbc.number(c, COUNT_OF_PERSON_YEAR, personId, year) > 0;
    }

    /** Inserts a policy and returns its id. */
    long insert(Connection c, long unitId, NewPolicy in, LocalDate boughtOn) throws SQLException {
        return Jdbc.insert(c, INSERT, unitId, in.personId(), in.year(), in.premiumFen(), in.insurer(), boughtOn);
    }

    private static Policy map(ResultSet rs) throws SQLException {
        return new Policy(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"), null, rs.getInt("policy_year"),
                rs.getLong("premium_fen"), rs.getString("insurer"), Jdbc.date(rs, "bought_on"));
    }
}
