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
import org.wfed.services.dto.JobPost;
import org.wfed.services.dto.Referral;
import org.wfed.services.dto.ReferralInput;
import org.wfed.services.dto.Seeker;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.ServicesFilter;

/**
 * Referrals (推荐) of a seeker to a job post, counted for the seeker's unit on the day referred. A referral is never
 * dated before the seeker's registration nor before the post was opened; its outcome is updated with its version.
 */
@Component(service = Referrals.class)
public final class Referrals {
    private static final String COLUMNS = "t.id, t.unit_id, t.seeker_id, s.name AS seeker_name, t.job_id, j.employer, "
            + "j.title, t.referred_on, t.note, t.outcome, t.version";
    private static final String TABLE = "svc_referral t JOIN svc_seeker s ON s.id = t.seeker_id "
            + "JOIN svc_job_post j ON j.id = t.job_id";

    private final Records records;
    private final Database db;
    private final Seekers seekers;
    private final JobPosts jobs;

    @Activate
    public Referrals(@Reference Records records, @Reference Seekers seekers, @Reference JobPosts jobs) {
        this.records = records;
        this.db = records.db();
        this.seekers = seekers;
        this.jobs = jobs;
    }

    public Referral create(Caller caller, ReferralInput in) {
        return db.write(c -> {
            long id = insert(c, caller, seekers.managed(c, caller, in.seekerId()), in);
            return get(c, id);
        });
    }

    /** Checks the referral rules and inserts, audited, in the caller's transaction: for demo and generated data. */
    public long insert(Connection c, Caller admin, ReferralInput in) throws SQLException {
        Seeker seeker = seekers.get(c, in.seekerId());
        return insert(c, admin, seeker, in);
    }

    private long insert(Connection c, Caller caller, Seeker seeker, ReferralInput in) throws SQLException {
        checkRules(c, caller, seeker, in);
        records.checkDay(c, seeker.unitId(), "referredOn", in.referredOn());
        long id = Jdbc.insert(c, "INSERT INTO svc_referral (unit_id, seeker_id, job_id, referred_on, note, outcome, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", seeker.unitId(), seeker.id(), in.jobId(), in.referredOn(),
                Records.trim(in.note()), in.outcome(), Instant.now());
        records.audit().ok(c, caller, "services.referral.create", "referral", id, in.referredOn() + " job " + in.jobId());
        return id;
    }

    public Referral update(Caller caller, long id, ReferralInput in) {
        int version = Records.version(in.version());
        return db.write(c -> {
            Referral old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "referredOn", old.referredOn());
            Seeker seeker = seekers.managed(c, caller, in.seekerId());
            checkRules(c, caller, seeker, in);
            records.checkDay(c, seeker.unitId(), "referredOn", in.referredOn());
            long placed = Jdbc.number(c, "SELECT COUNT(*) FROM svc_placement WHERE referral_id = ? AND (seeker_id <> ? "
                    + "OR placed_on < ?)", id, seeker.id(), in.referredOn());
            if (placed > 0) {
                throw Records.invalid("referredOn", "AFTER_PLACEMENT", "该推荐已有就业登记，推荐对象和日期须与就业登记相符");
            }
            Jdbc.updateVersioned(c, "svc_referral", id, "UPDATE svc_referral SET unit_id = ?, seeker_id = ?, job_id = ?, "
                    + "referred_on = ?, note = ?, outcome = ?, version = version + 1 WHERE id = ? AND version = ?",
                    seeker.unitId(), seeker.id(), in.jobId(), in.referredOn(), Records.trim(in.note()), in.outcome(), id, version);
            records.audit().ok(c, caller, "services.referral.update", "referral", id, in.referredOn() + " " + in.outcome());
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Referral old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "referredOn", old.referredOn());
            if (Jdbc.number(c, "SELECT COUNT(*) FROM svc_placement WHERE referral_id = ?", id) > 0) {
                throw WfedException.conflict("REFERRAL_HAS_PLACEMENT", "该推荐已有就业登记，不能删除", "The referral has a placement");
            }
            Records.delete(c, "svc_referral", id, version);
            records.audit().ok(c, caller, "services.referral.delete", "referral", id, old.referredOn() + " job " + old.jobId());
            return null;
        });
    }

    public Referral get(Caller caller, long id) {
        return db.read(c -> {
            Referral r = get(c, id);
            records.read(caller, r.unitId());
            return r;
        });
    }

    /** The referral, or 404. */
    public Referral get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE t.id = ?", this::map, id)
                .orElseThrow(() -> WfedException.notFound("推荐记录 " + id));
    }

    public Page<Referral> list(Caller caller, ServicesFilter f) {
        return records.page(caller, f, TABLE, COLUMNS, "referred_on", this::map);
    }


    private void checkRules(Connection c, Caller caller, Seeker seeker, ReferralInput in) throws SQLException {
        if (in.referredOn().isBefore(seeker.registeredOn())) {
            throw Records.invalid("referredOn", "BEFORE_REGISTRATION", "推荐日期不能早于求职登记日期" + seeker.registeredOn());
        }
        JobPost job;
        try {
            job = jobs.get(c, in.jobId());
        } catch (WfedException e) {
            throw Records.invalid("jobId", "UNKNOWN_JOB", "没有该岗位");
        }
        if (!records.access().canSee(caller, job.unitId())) {
            throw Records.invalid("jobId", "UNKNOWN_JOB", "没有该岗位");
        }
        if (in.referredOn().isBefore(job.openedOn())) {
            throw Records.invalid("referredOn", "BEFORE_JOB_OPENED", "推荐日期不能早于岗位发布日期" + job.openedOn());
        }
    }

    private Referral map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Referral(rs.getLong("id"), unit, records.unitName(unit), rs.getLong("seeker_id"), rs.getString("seeker_name"),
                rs.getLong("job_id"), rs.getString("employer"), rs.getString("title"), Jdbc.date(rs, "referred_on"),
                rs.getString("note"), rs.getString("outcome"), rs.getInt("version"));
    }
}
