package org.wfed.aid.internal.quota;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.wfed.aid.dto.GrantLevel;
import org.wfed.aid.dto.QuotaGrantInput;
import org.wfed.core.Jdbc;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;

/** SQL of the grants of places from a level above ({@code aid_quota_grant}); every method runs in the caller's transaction. */
final class QuotaGrantStore {
    static final String COLUMNS = "id, unit_id, programme_id, grant_year, granting_level, places, binding, document_no, "
            + "granted_on, version";
    /** Applications taking a place: of the programme and year in a subtree, not rejected. */
    private static final String USED = "SELECT COUNT(*) FROM aid_application a WHERE a.programme_id = ? AND a.aid_year = ? "
            + "AND a.status <> 'REJECTED' AND ";

    /** A grant as stored, before names and use are added. */
    record Row(long id, long unitId, long programmeId, int year, GrantLevel level, int places, boolean binding,
               String documentNo, java.time.LocalDate grantedOn, int version) {
    }

    private QuotaGrantStore() {
    }

    static long insert(Connection c, QuotaGrantInput in) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO aid_quota_grant (unit_id, programme_id, grant_year, granting_level, places, binding, "
                + "document_no, granted_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.programmeId(),
                in.year(), in.level().name(), in.places(), in.binding(), blankToNull(in.documentNo()), in.grantedOn(),
                Instant.now());
    }

    static void update(Connection c, long id, QuotaGrantInput in) throws SQLException {
        Jdbc.updateVersioned(c, "aid_quota_grant", id, "UPDATE aid_quota_grant SET unit_id = ?, programme_id = ?, grant_year = ?, "
                + "granting_level = ?, places = ?, binding = ?, document_no = ?, granted_on = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", in.unitId(), in.programmeId(), in.year(), in.level().name(), in.places(),
                in.binding(), blankToNull(in.documentNo()), in.grantedOn(), id, in.version());
    }

    static void delete(Connection c, long id, int version) throws SQLException {
        if (Jdbc.update(c, "DELETE FROM aid_quota_grant WHERE id = ? AND version = ?", id, version) == 0) {
            throw WfedException.staleVersion("aid_quota_grant " + id);
        }
    }

    static Optional<Row> get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM aid_quota_grant WHERE id = ?", QuotaGrantStore::map, id);
    }

    /** The grants recorded in a subtree for a year, by unit and programme. */
    static List<Row> list(Connection c, Scope scope, int year) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM aid_quota_grant WHERE " + scope.unitCondition("unit_id")
                + " AND grant_year = ? ORDER BY unit_id, programme_id, id", QuotaGrantStore::map,
                Scope.params(scope.unitIdParams(), year));
    }

    /** The binding grants of a programme and year held by one unit, row-locked so that two applications take places in turn. */
    static List<Row> bindingLocked(Connection c, long unitId, long programmeId, int year) throws SQLException {
        // a no-op update takes the rows' write locks (Derby and PostgreSQL alike) until the transaction ends
        Jdbc.update(c, "UPDATE aid_quota_grant SET version = version WHERE unit_id = ? AND programme_id = ? AND grant_year = ? "
                + "AND binding = TRUE", unitId, programmeId, year);
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM aid_quota_grant WHERE unit_id = ? AND programme_id = ? AND grant_year = ? "
                + "AND binding = TRUE", QuotaGrantStore::map, unitId, programmeId, year);
    }

    /** Whether a unit holds a binding grant of the programme and year (no lock). */
    static boolean holdsBinding(Connection c, long unitId, long programmeId, int year) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*) FROM aid_quota_grant WHERE unit_id = ? AND programme_id = ? AND grant_year = ? "
                + "AND binding = TRUE", unitId, programmeId, year) > 0;
    }

    /** The programme's applications of the year in the subtree that take a place. */
    static int used(Connection c, Scope scope, long programmeId, int year) throws SQLException {
        return (int) Jdbc.number(c, USED + scope.unitCondition("a.unit_id"),
                Scope.params(new Object[] {programmeId, year}, scope.unitIdParams()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("programme_id"), rs.getInt("grant_year"),
                GrantLevel.valueOf(rs.getString("granting_level")), rs.getInt("places"), rs.getBoolean("binding"),
                rs.getString("document_no"), Jdbc.date(rs, "granted_on"), rs.getInt("version"));
    }
}
