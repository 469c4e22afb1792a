package org.wfed.aid.internal.pairing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wfed.core.Jdbc;
import org.wfed.core.Scope;

/** SQL of aid_pairing (一对一结对帮扶). */
final class PairingRepository {

    private static final String SELECT = "SELECT id, unit_id, person_id, helper_person_id, started_on, ended_on, note, version"
            + " FROM aid_pairing";

    private PairingRepository() {
    }

    static Optional<PairingRow> byId(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE id = ?", PairingRepository::map, id);
    }

    /** One page of the subtree's pairings (of one beneficiary when {@code personId} is set), the newest first. */
    static List<PairingRow> page(Connection c, Scope scope, Long personId, long offset, int size) throws SQLException {
        List<Object> p = new ArrayList<>();
        String sql = SELECT + where(scope, personId, p) + " ORDER BY started_on DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        p.add(offset);
        p.add(size);
        return Jdbc.list(c, sql, PairingRepository::map, p.toArray());
    }

    static long count(Connection c, Scope scope, Long personId) throws SQLException {
        List<Object> p = new ArrayList<>();
        return Jdbc.number(c, "SELECT COUNT(*) FROM aid_pairing" + where(scope, personId, p), p.toArray());
    }

    private static String where(Scope scope, Long personId, List<Object> p) {
        p.addAll(List.of(scope.unitIdParams()));
        String sql = " WHERE " + scope.unitCondition("unit_id");
        if (personId != null) {
            sql += " AND person_id = ?";
            p.add(personId);
        }
        return sql;
    }

    /** Whether the helper is paired with the beneficiary's household now (a pairing not ended). */
    static boolean active(Connection c, long personId, long helperPersonId) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*) FROM aid_pairing WHERE person_id = ? AND helper_person_id = ? AND ended_on IS NULL",
                personId, helperPersonId) > 0;
    }

    static long insert(Connection c, long unitId, long personId, long helperPersonId, LocalDate startedOn, String note,
                       String createdBy) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO aid_pairing (unit_id, person_id, helper_person_id, started_on, note, created_at,"
                + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", unitId, personId, helperPersonId, startedOn, note, Instant.now(), createdBy);
    }

    static void end(Connection c, long id, LocalDate endedOn, int version) throws SQLException {
        Jdbc.updateVersioned(c, "aid_pairing", id, "UPDATE aid_pairing SET ended_on = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", endedOn, id, version);
    }

    private static PairingRow map(ResultSet rs) throws SQLException {
        return new PairingRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"), rs.getLong("helper_person_id"),
                Jdbc.date(rs, "started_on"), Jdbc.date(rs, "ended_on"), rs.getString("note"), rs.getInt("version"));
    }
}
