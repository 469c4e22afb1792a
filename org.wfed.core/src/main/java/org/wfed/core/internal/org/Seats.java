package org.wfed.core.internal.org;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.Position;

/**
 * A unit's leaders seated without an election record (issue 13, S6 L99 "三位妇联主席带领…"): a federation founded or
 * staffed by appointment enters its chair, vice-chairs and members here, with the day each took office (and left it);
 * seats an election put there ({@code source} {@code elections:<id>}) are listed alike. One transaction per write with
 * its audit entry; a change carries the version read; one chair at a time, a person once.
 */
@Component(service = Seats.class)
public final class Seats {
    /** What the seats entered here name as their source. */
    static final String SOURCE = "core";

    /** A seat with its version. */
    public record SeatRecord(long id, long unitId, long personId, String name, Position position, boolean fullTime, String sector,
                             boolean inTwoCommittees, String grid, LocalDate termFrom, LocalDate termTo, String source, int version) {
    }

    /** A seat to enter or change (a change gives only what changes, and the version). */
    public record SeatInput(Long personId, Position position, Boolean fullTime, String sector, Boolean inTwoCommittees, String grid,
                            LocalDate termFrom, LocalDate termTo, Integer version) {
    }

    private final Database db;
    private final AuditLog audit;

    @Activate
    public Seats(@Reference Database db, @Reference AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<SeatRecord> ofUnit(long unitId) {
        return db.read(c -> SeatStore.ofUnit(c, unitId));
    }

    public SeatRecord get(long id) {
        return db.read(c -> SeatStore.one(c, id)).orElseThrow(() -> WfedException.notFound("leader " + id));
    }

    public SeatRecord create(Caller caller, long unitId, SeatInput in) {
        Validation v = new Validation().required("personId", in.personId()).required("position", in.position())
                .required("termFrom", in.termFrom());
        check(v, in, in.termFrom(), in.termTo());
        long id = db.write(c -> {
            free(c, unitId, in.position(), in.personId(), in.termFrom(), 0);
            long sid = SeatStore.insert(c, unitId, in);
            audit.ok(caller, "org.leader.create", "leader", sid, in.position().name());
            return sid;
        });
        return get(id);
    }

    public SeatRecord update(Caller caller, long id, SeatInput in) {
        SeatRecord old = get(id);
        Validation v = new Validation().required("version", in.version());
        v.rule(in.personId() == null || in.personId() == old.personId(), "personId", "NOT_CHANGEABLE", "任职人员不能修改，请另行登记");
        LocalDate from = in.termFrom() != null ? in.termFrom() : old.termFrom();
        check(v, in, from, in.termTo() != null ? in.termTo() : old.termTo());
        db.write(c -> {
            if (in.position() != null || in.termFrom() != null) {
                free(c, old.unitId(), in.position() != null ? in.position() : old.position(), null, from, id);
            }
            SeatStore.update(c, id, old, in);
            audit.ok(caller, "org.leader.update", "leader", id, old.position().name());
            return null;
        });
        return get(id);
    }

    private static void check(Validation v, SeatInput in, LocalDate from, LocalDate to) {
        v.text("sector", in.sector(), 50, false).text("grid", in.grid(), 50, false).notInFuture("termFrom", in.termFrom())
                .rule(to == null || from == null || !to.isBefore(from), "termTo", "BEFORE_START", "离任日期不能早于任职日期")
                .check();
    }

    /** A unit has one chair on a day, and a person holds one of its seats at a time. */
    private static void free(java.sql.Connection c, long unitId, Position position, Long personId, LocalDate day, long exceptId)
            throws java.sql.SQLException {
        if (position == Position.CHAIR && SeatStore.heldOn(c, unitId, day, position, null, exceptId) > 0) {
            throw WfedException.invalidFields(List.of(new FieldError("position", "CHAIR_SEATED", "该单位当日已有在任主席，请先登记其离任日期")));
        }
        if (personId != null && SeatStore.heldOn(c, unitId, day, null, personId, exceptId) > 0) {
            throw WfedException.invalidFields(List.of(new FieldError("personId", "ALREADY_SEATED", "此人当日已在本单位任职")));
        }
    }
}
