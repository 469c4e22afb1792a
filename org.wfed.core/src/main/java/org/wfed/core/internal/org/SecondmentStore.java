package org.wfed.core.internal.org;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.wfed.core.Jdbc;

/** The SQL of the cadres a unit sends elsewhere (派驻/下沉干部, {@code core_secondment}); callers hold the transaction. */
final class SecondmentStore {
    private static final String SELECT = "SELECT s.*, p.name AS person_name, u.name AS to_unit_name FROM core_secondment s"
            + " JOIN core_person p ON p.id = s.person_id LEFT JOIN core_unit u ON u.id = s.to_unit_id";

    private SecondmentStore() {
    }

    static List<Secondments.SecondmentRecord> ofUnit(Connection c, long unitId) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE s.unit_id = ? ORDER BY s.from_on DESC, s.id DESC", SecondmentStore::map, unitId);
    }

    static Optional<Secondments.SecondmentRecord> one(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE s.id = ?", SecondmentStore::map, id);
    }

    static long insert(Connection c, long unitId, Secondments.SecondmentInput in) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO core_secondment (unit_id, person_id, to_unit_id, to_place, purpose, from_on, to_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", unitId, in.personId(), in.toUnitId(), Secondments.place(in.toPlace()),
                in.purpose().trim(), in.fromOn(), in.toOn());
    }

    /** Changes only what the input gives (read in the same transaction); a destination given replaces the other one. */
    static void update(Connection c, long id, Secondments.SecondmentInput in) throws SQLException {
        Secondments.SecondmentRecord old = one(c, id).orElseThrow(() -> org.wfed.core.WfedException.notFound("secondment " + id));
        boolean destination = in.toUnitId() != null || Secondments.place(in.toPlace()) != null;
        Jdbc.updateVersioned(c, "core_secondment", id, "UPDATE core_secondment SET person_id = ?, to_unit_id = ?, to_place = ?,"
                        + " purpose = ?, from_on = ?, to_on = ?, version = version + 1 WHERE id = ? AND version = ?",
                in.personId() != null ? in.personId() : old.personId(), destination ? in.toUnitId() : old.toUnitId(),
                destination ? Secondments.place(in.toPlace()) : old.toPlace(),
                in.purpose() != null ? in.purpose().trim() : old.purpose(), in.fromOn() != null ? in.fromOn() : old.fromOn(),
                in.toOn() != null ? in.toOn() : old.toOn(), id, in.version());
    }

    private static Secondments.SecondmentRecord map(ResultSet rs) throws SQLException {
        Long toUnit = Jdbc.nullableLong(rs, "to_unit_id");
        String place = rs.getString("to_place");
        return new Secondments.SecondmentRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"),
                rs.getString("person_name"), toUnit, place, toUnit != null ? rs.getString("to_unit_name") : place,
                rs.getString("purpose"), Jdbc.date(rs, "from_on"), Jdbc.date(rs, "to_on"), rs.getInt("version"));
    }
}
