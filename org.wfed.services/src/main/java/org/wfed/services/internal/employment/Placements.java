package org.wfed.services.internal.employment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Page;
import org.wfed.core.WfedException;
import org.wfed.services.dto.JobPost;
import org.wfed.services.dto.Placement;
import org.wfed.services.dto.PlacementInput;
import org.wfed.services.dto.Seeker;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.ServicesFilter;

/**
 * Placements (成功就业) of seekers, counted for the seeker's unit. A placement is never dated before the seeker's
 * registration, and never fills a post beyond its places unless the writer overrides it, which is audited.
 */
@Component(service = Placements.class)
public final class Placements {
    private static final String COLUMNS = "t.id, t.unit_id, t.seeker_id, s.name AS seeker_name, t.job_id, t.employer, t.placed_on, "
            + "t.confirmed_by, t.over_places, t.referral_id, t.version";
    private static final String TABLE = "svc_placement t JOIN svc_seeker s ON s.id = t.seeker_id";

    private final Records records;
    private final Database db;
    private final Seekers seekers;
    private final JobPosts jobs;

    @Activate
    public Placements(@Reference Records records, @Reference Seekers seekers, @Reference JobPosts jobs) {
        this.records = records;
        this.db = records.db();
        this.seekers = seekers;
        this.jobs = jobs;
    }

    public Placement create(Caller caller, PlacementInput in) {
        return db.write(c -> {
            Seeker seeker = seekers.managed(c, caller, in.seekerId());
            long id = insert(c, caller, seeker, in, true);
            return get(c, id);
        });
    }

    /** Checks the placement rules and inserts, audited, in the caller's transaction: for demo and generated data. */
    public long insert(Connection c, Caller admin, PlacementInput in) throws SQLException {
        return insert(c, admin, seekers.get(c, in.seekerId()), in, false);
    }

    private long insert(Connection c, Caller caller, Seeker seeker, PlacementInput in, boolean checkAccess) throws SQLException {
        String employer = checkRules(c, caller, seeker, in, checkAccess);
        records.checkDay(c, seeker.unitId(), "placedOn", in.placedOn());
        boolean over = overPlaces(c, in, null);
        long id = Jdbc.insert(c, "INSERT INTO svc_placement (unit_id, seeker_id, job_id, employer, placed_on, confirmed_by, "
                + "over_places, referral_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", seeker.unitId(), seeker.id(), in.jobId(),
                employer, in.placedOn(), Records.trim(in.confirmedBy()), over, in.referralId(), Instant.now());
        records.audit().ok(c, caller, "services.placement.create", "placement", id, in.placedOn() + " " + employer);
        if (over) {
            overridden(c, caller, id, in);
        }
        return id;
    }

    public Placement update(Caller caller, long id, PlacementInput in) {
        int version = Records.version(in.version());
        return db.write(c -> {
            Placement old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "placedOn", old.placedOn());
            Seeker seeker = seekers.managed(c, caller, in.seekerId());
            String employer = checkRules(c, caller, seeker, in, true);
            records.checkDay(c, seeker.unitId(), "placedOn", in.placedOn());
            checkTrainees(c, id, old, in);
            boolean over = overPlaces(c, in, id);
            Jdbc.updateVersioned(c, "svc_placement", id, "UPDATE svc_placement SET unit_id = ?, seeker_id = ?, job_id = ?, "
                    + "employer = ?, placed_on = ?, confirmed_by = ?, over_places = ?, referral_id = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", seeker.unitId(), seeker.id(), in.jobId(), employer, in.placedOn(),
                    Records.trim(in.confirmedBy()), over, in.referralId(), id, version);
            records.audit().ok(c, caller, "services.placement.update", "placement", id, in.placedOn() + " " + employer);
            if (over) {
                overridden(c, caller, id, in);
            }
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Placement old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "placedOn", old.placedOn());
            if (Jdbc.number(c, "SELECT COUNT(*) FROM svc_trainee WHERE placement_id = ?", id) > 0) {
                throw WfedException.conflict("PLACEMENT_HAS_TRAINEE", "该就业记录已作为学员的培训后就业，不能删除",
                        "A trainee's employment after training names the placement");
            }
            Records.delete(c, "svc_placement", id, version);
            records.audit().ok(c, caller, "services.placement.delete", "placement", id, old.placedOn() + " " + old.employer());
            return null;
        });
    }

    public Placement get(Caller caller, long id) {
        return db.read(c -> {
            Placement p = get(c, id);
            records.read(caller, p.unitId());
            return p;
        });
    }

    private Placement get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE t.id = ?", this::map, id)
                .orElseThrow(() -> WfedException.notFound("就业记录 " + id));
    }

    public Page<Placement> list(Caller caller, ServicesFilter f) {
        return records.page(caller, f, TABLE, COLUMNS, "placed_on", this::map);
    }


    /** The placement rules; answers the employer (the post's when not given). */
    private String checkRules(Connection c, Caller caller, Seeker seeker, PlacementInput in, boolean checkAccess)
            throws SQLException {
        if (in.placedOn().isBefore(seeker.registeredOn())) {
            throw Records.invalid("placedOn", "BEFORE_REGISTRATION", "就业日期不能早于求职登记日期" + seeker.registeredOn());
        }
        if (in.referralId() != null) {
            checkReferral(c, seeker, in);
        }
        if (in.jobId() == null) {
            return in.employer().trim();
        }
        JobPost job;
        try {
            job = jobs.get(c, in.jobId());
        } catch (WfedException e) {
            throw Records.invalid("jobId", "UNKNOWN_JOB", "没有该岗位");
        }
        if (checkAccess && !records.access().canSee(caller, job.unitId())) {
            throw Records.invalid("jobId", "UNKNOWN_JOB", "没有该岗位");
        }
        if (in.placedOn().isBefore(job.openedOn())) {
            throw Records.invalid("placedOn", "BEFORE_JOB_OPENED", "就业日期不能早于岗位发布日期" + job.openedOn());
        }
        return in.employer() == null || in.employer().isBlank() ? job.employer() : in.employer().trim();
    }

    /** A placement named by a trainee keeps its seeker and stays after her course's start. */
    private static void checkTrainees(Connection c, long id, Placement old, PlacementInput in) throws SQLException {
        if (Jdbc.number(c, "SELECT COUNT(*) FROM svc_trainee WHERE placement_id = ?", id) == 0) {
            return;
        }
        if (old.seekerId() != in.seekerId()) {
            throw Records.invalid("seekerId", "NAMED_BY_TRAINEE", "该就业记录已作为学员的培训后就业，不能改为别的求职人员");
        }
        if (Jdbc.number(c, "SELECT COUNT(*) FROM svc_trainee r JOIN svc_course k ON k.id = r.course_id "
                + "WHERE r.placement_id = ? AND k.start_on >= ?", id, in.placedOn()) > 0) {
            throw Records.invalid("placedOn", "BEFORE_COURSE", "该就业记录已作为学员的培训后就业，日期应晚于培训开始日期");
        }
    }

    /** The referral named is of the same seeker (and post, when one is named) and not after the placement. */
    private static void checkReferral(Connection c, Seeker seeker, PlacementInput in) throws SQLException {
        var referral = Jdbc.one(c, "SELECT seeker_id, job_id, referred_on FROM svc_referral WHERE id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), Jdbc.date(rs, "referred_on")}, in.referralId());
        if (referral.isEmpty() || (long) referral.get()[0] != seeker.id()) {
            throw Records.invalid("referralId", "UNKNOWN_REFERRAL", "该求职人员没有这条推荐记录");
        }
        if (in.jobId() != null && (long) referral.get()[1] != in.jobId()) {
            throw Records.invalid("referralId", "OTHER_JOB", "推荐记录的岗位与所选岗位不一致");
        }
        java.time.LocalDate referredOn = (java.time.LocalDate) referral.get()[2];
        if (in.placedOn().isBefore(referredOn)) {
            throw Records.invalid("placedOn", "BEFORE_REFERRAL", "就业日期不能早于推荐日期" + referredOn);
        }
    }

    /**
     * Whether this placement fills the post beyond its places: refused (409 PLACES_FILLED) unless {@code override}.
     * The post's row is locked first, so that two writers cannot both take its last place.
     */
    private boolean overPlaces(Connection c, PlacementInput in, Long self) throws SQLException {
        if (in.jobId() == null) {
            return false;
        }
        Jdbc.update(c, "UPDATE svc_job_post SET places = places WHERE id = ?", in.jobId());
        long places = Jdbc.number(c, "SELECT places FROM svc_job_post WHERE id = ?", in.jobId());
        long filled = Jdbc.number(c, "SELECT COUNT(*) FROM svc_placement WHERE job_id = ? AND id <> ?", in.jobId(),
                self == null ? -1L : self);
        if (filled < places) {
            return false;
        }
        if (!in.override()) {
            throw WfedException.conflict("PLACES_FILLED", "该岗位的" + places + "个名额已满；确需超额登记请选择“超额登记”",
                    "The post's places are filled; override to record beyond them");
        }
        return true;
    }

    private void overridden(Connection c, Caller caller, long id, PlacementInput in) throws SQLException {
        records.audit().record(c, caller, "services.placement.override", "placement", String.valueOf(id), AuditLog.Outcome.OK,
                "job " + in.jobId() + " beyond its places");
    }

    private Placement map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Placement(rs.getLong("id"), unit, records.unitName(unit), rs.getLong("seeker_id"), rs.getString("seeker_name"),
                Jdbc.nullableLong(rs, "job_id"), rs.getString("employer"), Jdbc.date(rs, "placed_on"), rs.getString("confirmed_by"),
                rs.getBoolean("over_places"), Jdbc.nullableLong(rs, "referral_id"), rs.getInt("version"));
    }
}
