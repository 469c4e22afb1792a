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
import org.wfed.services.dto.JobPostInput;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.ServicesFilter;

/** Job posts (岗位) collected from employers, listed by subtree and the day they were opened. */
@Component(service = JobPosts.class)
public final class JobPosts {
    static final String FILLED = "(SELECT COUNT(*) FROM svc_placement p WHERE p.job_id = t.id)";
    private static final String COLUMNS = "t.id, t.unit_id, t.post_source, t.employer, t.title, t.places, " + FILLED
            + " AS filled, t.pay, t.opened_on, t.closed_on, t.version";

    private final Records records;
    private final Database db;

    @Activate
    public JobPosts(@Reference Records records) {
        this.records = records;
        this.db = records.db();
    }

    public JobPost create(Caller caller, JobPostInput in) {
        records.manage(caller, in.unitId());
        return db.write(c -> {
            long id = insert(c, in);
            records.audit().ok(c, caller, "services.job.create", "jobPost", id, in.employer() + " " + in.title());
            return get(c, id);
        });
    }

    /** Inserts after the day is checked, in the caller's transaction (also for demo data). */
    public long insert(Connection c, JobPostInput in) throws SQLException {
        records.checkDay(c, in.unitId(), "openedOn", in.openedOn());
        return Jdbc.insert(c, "INSERT INTO svc_job_post (unit_id, post_source, employer, title, places, pay, opened_on, closed_on, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.source(), in.employer().trim(),
                in.title().trim(), in.places(), Records.trim(in.pay()), in.openedOn(), in.closedOn(), Instant.now());
    }

    public JobPost update(Caller caller, long id, JobPostInput in) {
        int version = Records.version(in.version());
        return db.write(c -> {
            JobPost old = get(c, id);
            records.manage(caller, old.unitId());
            records.manage(caller, in.unitId());
            records.checkDay(c, old.unitId(), "openedOn", old.openedOn());
            records.checkDay(c, in.unitId(), "openedOn", in.openedOn());
            if (in.places() < old.filled()) {
                throw Records.invalid("places", "BELOW_FILLED", "招聘人数不能少于已就业的" + old.filled() + "人");
            }
            Jdbc.updateVersioned(c, "svc_job_post", id, "UPDATE svc_job_post SET unit_id = ?, post_source = ?, employer = ?, "
                    + "title = ?, places = ?, pay = ?, opened_on = ?, closed_on = ?, version = version + 1 WHERE id = ? AND version = ?",
                    in.unitId(), in.source(), in.employer().trim(), in.title().trim(), in.places(), Records.trim(in.pay()),
                    in.openedOn(), in.closedOn(), id, version);
            records.audit().ok(c, caller, "services.job.update", "jobPost", id, in.employer() + " " + in.title());
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            JobPost old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "openedOn", old.openedOn());
            if (old.filled() > 0) {
                throw WfedException.conflict("JOB_HAS_PLACEMENTS", "该岗位已有就业登记，不能删除", "The post has placements");
            }
            if (Jdbc.number(c, "SELECT COUNT(*) FROM svc_referral WHERE job_id = ?", id) > 0) {
                throw WfedException.conflict("JOB_HAS_REFERRALS", "该岗位已有推荐记录，不能删除", "The post has referrals");
            }
            Records.delete(c, "svc_job_post", id, version);
            records.audit().ok(c, caller, "services.job.delete", "jobPost", id, old.employer() + " " + old.title());
            return null;
        });
    }

    public JobPost get(Caller caller, long id) {
        return db.read(c -> {
            JobPost j = get(c, id);
            records.read(caller, j.unitId());
            return j;
        });
    }

    /** The post, or 404. */
    public JobPost get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM svc_job_post t WHERE t.id = ?", this::map, id)
                .orElseThrow(() -> WfedException.notFound("岗位 " + id));
    }

    public Page<JobPost> list(Caller caller, ServicesFilter f) {
        return records.page(caller, f, "svc_job_post t", COLUMNS, "opened_on", this::map);
    }

    private JobPost map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new JobPost(rs.getLong("id"), unit, records.unitName(unit), rs.getString("post_source"), rs.getString("employer"),
                rs.getString("title"), rs.getInt("places"), rs.getInt("filled"), rs.getString("pay"), Jdbc.date(rs, "opened_on"),
                Jdbc.date(rs, "closed_on"), rs.getInt("version"));
    }
}
