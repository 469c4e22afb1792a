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
import org.wfed.services.dto.JobFair;
import org.wfed.services.dto.JobFairInput;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.ServicesFilter;

/** Job fairs (招聘会) a unit held, listed by subtree and day. */
@Component(service = JobFairs.class)
public final class JobFairs {
    private static final String COLUMNS = "t.id, t.unit_id, t.held_on, t.name, t.employers, t.posts, t.visitors, t.agreements, "
            + "t.version";

    private final Records records;
    private final Database db;

    @Activate
    public JobFairs(@Reference Records records) {
        this.records = records;
        this.db = records.db();
    }

    public JobFair create(Caller caller, JobFairInput in) {
        records.manage(caller, in.unitId());
        return db.write(c -> {
            long id = insert(c, in);
            records.audit().ok(c, caller, "services.fair.create", "jobFair", id, in.heldOn() + " " + in.name());
            return get(c, id);
        });
    }

    public long insert(Connection c, JobFairInput in) throws SQLException {
        records.checkDay(c, in.unitId(), "heldOn", in.heldOn());
        return Jdbc.insert(c, "INSERT INTO svc_fair (unit_id, held_on, name, employers, posts, visitors, agreements, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.heldOn(), in.name().trim(), in.employers(), in.posts(),
                in.visitors(), in.agreements(), Instant.now());
    }

    public JobFair update(Caller caller, long id, JobFairInput in) {
        int version = Records.version(in.version());
        return db.write(c -> {
            JobFair old = get(c, id);
            records.manage(caller, old.unitId());
            records.manage(caller, in.unitId());
            records.checkDay(c, old.unitId(), "heldOn", old.heldOn());
            records.checkDay(c, in.unitId(), "heldOn", in.heldOn());
            Jdbc.updateVersioned(c, "svc_fair", id, "UPDATE svc_fair SET unit_id = ?, held_on = ?, name = ?, employers = ?, "
                    + "posts = ?, visitors = ?, agreements = ?, version = version + 1 WHERE id = ? AND version = ?", in.unitId(),
                    in.heldOn(), in.name().trim(), in.employers(), in.posts(), in.visitors(), in.agreements(), id, version);
            records.audit().ok(c, caller, "services.fair.update", "jobFair", id, in.heldOn() + " " + in.name());
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            JobFair old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "heldOn", old.heldOn());
            Records.delete(c, "svc_fair", id, version);
            records.audit().ok(c, caller, "services.fair.delete", "jobFair", id, old.heldOn() + " " + old.name());
            return null;
        });
    }

    public JobFair get(Caller caller, long id) {
        return db.read(c -> {
            JobFair f = get(c, id);
            records.read(caller, f.unitId());
            return f;
        });
    }

    private JobFair get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM svc_fair t WHERE t.id = ?", this::map, id)
                .orElseThrow(() -> WfedException.notFound("招聘会 " + id));
    }

    public Page<JobFair> list(Caller caller, ServicesFilter f) {
        return records.page(caller, f, "svc_fair t", COLUMNS, "held_on", this::map);
    }

    private JobFair map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new JobFair(rs.getLong("id"), unit, records.unitName(unit), Jdbc.date(rs, "held_on"), rs.getString("name"),
                rs.getInt("employers"), rs.getInt("posts"), rs.getInt("visitors"), rs.getInt("agreements"), rs.getInt("version"));
    }
}
