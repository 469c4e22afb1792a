package org.wfed.core.internal.org;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.wfed.core.Jdbc;
import org.wfed.core.dto.Position;

/** The SQL of the seats of a unit's leadership entered by hand ({@code core_leader}); callers hold the transaction. */
final class SeatStore {
    private static final String SELECT = "SELECT l.*, p.name AS person_name FROM core_leader l JOIN core_person p ON p.id = l.person_id";

    private SeatStore() {
    }

    static List<Seats.SeatRecord> ofUnit(Connection c, long unitId) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE l.unit_id = ? ORDER BY CASE WHEN l.term_to IS NULL THEN 0 ELSE 1 END, l.term_from DESC, l.id",
                SeatStore::map, unitId);
    }

    static Optional<Seats.SeatRecord> one(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE l.id = ?", SeatStore::map, id);
    }

    /** Seats of the unit held on the day in the position (or by the person), other than {@code exceptId}. */
    static long heldOn(Connection c, long unitId, LocalDate day, Position position, Long personId, long exceptId) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*) FROM core_leader WHERE unit_id = ? AND id <> ? AND term_from <= ?"
                        + " AND (term_to IS NULL OR term_to >= ?) AND " + (personId == null ? "position = ?" : "person_id = ?"),
                unitId, exceptId, day, day, personId == null ? position.name() : personId);
    }

    static long insert(Connection c, long unitId, Seats.SeatInput in) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO core_leader (unit_id, person_id, position, full_time, sector, in_two_committees, grid,"
                        + " term_from, term_to, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", unitId, in.personId(), in.position(),
                Boolean.TRUE.equals(in.fullTime()), in.sector(), Boolean.TRUE.equals(in.inTwoCommittees()), in.grid(), in.termFrom(),
                in.termTo(), Seats.SOURCE);
    }

    static void update(Connection c, long id, Seats.SeatRecord old, Seats.SeatInput in) throws SQLException {
        Jdbc.updateVersioned(c, "core_leader", id, "UPDATE core_leader SET position = ?, full_time = ?, sector = ?, in_two_committees = ?,"
                        + " grid = ?, term_from = ?, term_to = ?, version = version + 1 WHERE id = ? AND version = ?",
                in.position() != null ? in.position() : old.position(), in.fullTime() != null ? in.fullTime() : old.fullTime(),
                in.sector() != null ? in.sector() : old.sector(),
                in.inTwoCommittees() != null ? in.inTwoCommittees() : old.inTwoCommittees(), in.grid() != null ? in.grid() : old.grid(),
                in.termFrom() != null ? in.termFrom() : old.termFrom(), in.termTo() != null ? in.termTo() : old.termTo(), id, in.version());
    }

    private static Seats.SeatRecord map(ResultSet rs) throws SQLException {
        return new Seats.SeatRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"), rs.getString("person_name"),
                Position.valueOf(rs.getString("position")), rs.getBoolean("full_time"), rs.getString("sector"),
                rs.getBoolean("in_two_committees"), rs.getString("grid"), Jdbc.date(rs, "term_from"), Jdbc.date(rs, "term_to"),
                rs.getString("source"), rs.getInt("version"));
    }
}
