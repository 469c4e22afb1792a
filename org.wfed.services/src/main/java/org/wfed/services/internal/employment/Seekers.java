package org.wfed.services.internal.employment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Page;
import org.wfed.core.WfedException;
import org.wfed.services.dto.Seeker;
import org.wfed.services.dto.SeekerInput;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.ServicesFilter;

/**
 * The job seekers' register (求职登记): a person of core's registry (her name from there) or a name typed in, with the
 * registered unemployed (失业登记) among them; listed by subtree and the day of registration.
 */
@Component(service = Seekers.class)
public final class Seekers {
    private static final String COLUMNS = "t.id, t.unit_id, t.person_id, t.name, t.skills, t.wishes, t.registered_on, "
            + "t.unemployed, t.unemployed_since, (SELECT COUNT(*) FROM svc_placement p WHERE p.seeker_id = t.id) AS placements, "
            + "t.version";

    private final Records records;
    private final Database db;

    @Activate
    public Seekers(@Reference Records records) {
        this.records = records;
        this.db = records.db();
    }

    public Seeker create(Caller caller, SeekerInput in) {
        records.manage(caller, in.unitId());
        String name = records.personName(caller, in.personId(), in.name());
        return db.write(c -> {
            long id = insert(c, in, name);
            records.audit().ok(c, caller, "services.seeker.create", "seeker", id, in.registeredOn().toString());
            return get(c, id);
        });
    }

    /** Inserts a seeker named {@code name} (see {@link #name}) in the caller's transaction (also for demo data). */
    public long insert(Connection c, SeekerInput in, String name) throws SQLException {
        records.checkDay(c, in.unitId(), "registeredOn", in.registeredOn());
        return Jdbc.insert(c, "INSERT INTO svc_seeker (unit_id, person_id, name, skills, wishes, registered_on, unemployed, "
                + "unemployed_since, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.personId(), name,
                Records.trim(in.skills()), Records.trim(in.wishes()), in.registeredOn(), in.unemployed(), in.unemployedSince(),
                Instant.now());
    }

    public Seeker update(Caller caller, long id, SeekerInput in) {
        int version = Records.version(in.version());
        String name = records.personName(caller, in.personId(), in.name());
        return db.write(c -> {
            Seeker old = get(c, id);
            records.manage(caller, old.unitId());
            records.manage(caller, in.unitId());
            records.checkDay(c, old.unitId(), "registeredOn", old.registeredOn());
            records.checkDay(c, in.unitId(), "registeredOn", in.registeredOn());
            LocalDateCheck.firstPlacement(c, id, in);
            Jdbc.updateVersioned(c, "svc_seeker", id, "UPDATE svc_seeker SET unit_id = ?, person_id = ?, name = ?, skills = ?, "
                    + "wishes = ?, registered_on = ?, unemployed = ?, unemployed_since = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", in.unitId(), in.personId(), name, Records.trim(in.skills()),
                    Records.trim(in.wishes()), in.registeredOn(), in.unemployed(), in.unemployedSince(), id, version);
            Jdbc.update(c, "UPDATE svc_placement SET unit_id = ? WHERE seeker_id = ?", in.unitId(), id);
            Jdbc.update(c, "UPDATE svc_referral SET unit_id = ? WHERE seeker_id = ?", in.unitId(), id);
            records.audit().ok(c, caller, "services.seeker.update", "seeker", id, in.registeredOn().toString());
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Seeker old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "registeredOn", old.registeredOn());
            if (old.placements() > 0) {
                throw WfedException.conflict("SEEKER_HAS_PLACEMENTS", "该求职人员已有就业登记，不能删除", "The seeker has placements");
            }
            if (Jdbc.number(c, "SELECT COUNT(*) FROM svc_referral WHERE seeker_id = ?", id) > 0) {
                throw WfedException.conflict("SEEKER_HAS_REFERRALS", "该求职人员已有推荐记录，不能删除", "The seeker has referrals");
            }
            Records.delete(c, "svc_seeker", id, version);
            records.audit().ok(c, caller, "services.seeker.delete", "seeker", id, old.registeredOn().toString());
            return null;
        });
    }

    public Seeker get(Caller caller, long id) {
        return db.read(c -> {
            Seeker s = get(c, id);
            records.read(caller, s.unitId());
            return s;
        });
    }

    /** The seeker, or 404. */
    /** The seeker the caller may manage, for a placement or a referral; a 400 on seekerId when there is none she may see. */
    public Seeker managed(Connection c, Caller caller, long seekerId) throws SQLException {
        Seeker s;
        try {
            s = get(c, seekerId);
        } catch (WfedException e) {
            throw Records.invalid("seekerId", "UNKNOWN_SEEKER", "没有该求职人员");
        }
        if (!records.access().canSee(caller, s.unitId())) {
            throw Records.invalid("seekerId", "UNKNOWN_SEEKER", "没有该求职人员");
        }
        records.manage(caller, s.unitId());
        return s;
    }

    public Seeker get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM svc_seeker t WHERE t.id = ?", this::map, id)
                .orElseThrow(() -> WfedException.notFound("求职人员 " + id));
    }

    public Page<Seeker> list(Caller caller, ServicesFilter f) {
        return records.page(caller, f, "svc_seeker t", COLUMNS, "registered_on", this::map);
    }


    private Seeker map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Seeker(rs.getLong("id"), unit, records.unitName(unit), Jdbc.nullableLong(rs, "person_id"), rs.getString("name"),
                rs.getString("skills"), rs.getString("wishes"), Jdbc.date(rs, "registered_on"), rs.getBoolean("unemployed"),
                Jdbc.date(rs, "unemployed_since"), rs.getInt("placements"), rs.getInt("version"));
    }

    /** A seeker's registration moved later than one of her placements would break the placement rule. */
    private static final class LocalDateCheck {
        static void firstPlacement(Connection c, long seekerId, SeekerInput in) throws SQLException {
            java.util.Optional<java.time.LocalDate> first = Jdbc.one(c, "SELECT MIN(placed_on) FROM svc_placement WHERE seeker_id = ?",
                    rs -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), seekerId);
            if (first.isPresent() && first.get() != null && first.get().isBefore(in.registeredOn())) {
                throw Records.invalid("registeredOn", "AFTER_PLACEMENT", "登记日期不能晚于该人员的就业日期" + first.get());
            }
            java.util.Optional<java.time.LocalDate> referred = Jdbc.one(c, "SELECT MIN(referred_on) FROM svc_referral WHERE seeker_id = ?",
                    rs -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), seekerId);
            if (referred.isPresent() && referred.get() != null && referred.get().isBefore(in.registeredOn())) {
                throw Records.invalid("registeredOn", "AFTER_REFERRAL", "登记日期不能晚于该人员的推荐日期" + referred.get());
            }
        }
    }
}
