package org.wfed.services.internal.training;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Page;
import org.wfed.core.WfedException;
import org.wfed.services.dto.Course;
import org.wfed.services.dto.CourseInput;
import org.wfed.services.dto.Trainee;
import org.wfed.services.dto.TraineeInput;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.ServicesFilter;

/**
 * Skills training courses (技能培训: 家政、手工、电商、育婴…) and their trainees with outcomes: completed, certificate
 * obtained, employed afterwards. A course counts in the period it starts; its trainees are written under the course's
 * unit and its period lock.
 */
@Component(service = Courses.class)
public final class Courses {
    private static final String COLUMNS = "t.id, t.unit_id, t.name, t.kind, t.start_on, t.end_on, t.hours, t.provider, "
            + "t.certificate, (SELECT COUNT(*) FROM svc_trainee r WHERE r.course_id = t.id) AS trainees, "
            + "(SELECT COUNT(*) FROM svc_trainee r WHERE r.course_id = t.id AND r.completed = TRUE) AS completed, "
            + "(SELECT COUNT(*) FROM svc_trainee r WHERE r.course_id = t.id AND r.certified = TRUE) AS certified, "
            + "(SELECT COUNT(*) FROM svc_trainee r WHERE r.course_id = t.id AND r.employed_after = TRUE) AS employed_after, "
            + "t.version";
    private static final String TRAINEE_COLUMNS = "id, course_id, person_id, name, completed, certified, employed_after, placement_id, version";

    private final Records records;
    private final Database db;

    @Activate
    public Courses(@Reference Records records) {
        this.records = records;
        this.db = records.db();
    }

    public Course create(Caller caller, CourseInput in) {
        records.manage(caller, in.unitId());
        return db.write(c -> {
            long id = insert(c, in);
            records.audit().ok(c, caller, "services.course.create", "course", id, in.startOn() + " " + in.name());
            return get(c, id);
        });
    }

    public long insert(Connection c, CourseInput in) throws SQLException {
        records.checkDay(c, in.unitId(), "startOn", in.startOn());
        return Jdbc.insert(c, "INSERT INTO svc_course (unit_id, name, kind, start_on, end_on, hours, provider, certificate, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.name().trim(), in.kind(), in.startOn(),
                in.endOn(), in.hours(), Records.trim(in.provider()), Records.trim(in.certificate()), Instant.now());
    }

    public Course update(Caller caller, long id, CourseInput in) {
        int version = Records.version(in.version());
        return db.write(c -> {
            Course old = get(c, id);
            records.manage(caller, old.unitId());
            records.manage(caller, in.unitId());
            records.checkDay(c, old.unitId(), "startOn", old.startOn());
            records.checkDay(c, in.unitId(), "startOn", in.startOn());
            Jdbc.updateVersioned(c, "svc_course", id, "UPDATE svc_course SET unit_id = ?, name = ?, kind = ?, start_on = ?, "
                    + "end_on = ?, hours = ?, provider = ?, certificate = ?, version = version + 1 WHERE id = ? AND version = ?",
                    in.unitId(), in.name().trim(), in.kind(), in.startOn(), in.endOn(), in.hours(), Records.trim(in.provider()),
                    Records.trim(in.certificate()), id, version);
            records.audit().ok(c, caller, "services.course.update", "course", id, in.startOn() + " " + in.name());
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Course old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "startOn", old.startOn());
            if (old.trainees() > 0) {
                throw WfedException.conflict("COURSE_HAS_TRAINEES", "该培训已有学员，请先删除学员", "The course has trainees");
            }
            Records.delete(c, "svc_course", id, version);
            records.audit().ok(c, caller, "services.course.delete", "course", id, old.startOn() + " " + old.name());
            return null;
        });
    }

    public Course get(Caller caller, long id) {
        return db.read(c -> {
            Course k = get(c, id);
            records.read(caller, k.unitId());
            return k;
        });
    }

    private Course get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM svc_course t WHERE t.id = ?", this::map, id)
                .orElseThrow(() -> WfedException.notFound("培训 " + id));
    }

    public Page<Course> list(Caller caller, ServicesFilter f) {
        return records.page(caller, f, "svc_course t", COLUMNS, "start_on", this::map);
    }

    public List<Trainee> trainees(Caller caller, long courseId) {
        return db.read(c -> {
            Course k = get(c, courseId);
            records.read(caller, k.unitId());
            return Jdbc.list(c, "SELECT " + TRAINEE_COLUMNS + " FROM svc_trainee WHERE course_id = ? ORDER BY id", Courses::trainee,
                    courseId);
        });
    }

    public Trainee addTrainee(Caller caller, long courseId, TraineeInput in) {
        return db.write(c -> {
            records.manage(caller, get(c, courseId).unitId());
            long id = insertTrainee(c, caller, courseId, in);
            records.audit().ok(c, caller, "services.trainee.create", "trainee", id, "course " + courseId);
            return trainee(c, courseId, id);
        });
    }

    /** Adds a trainee in the caller's transaction after the period check (the permission checked by the caller; also demo data). */
    public long insertTrainee(Connection c, Caller caller, long courseId, TraineeInput in) throws SQLException {
        Course k = get(c, courseId);
        records.checkDay(c, k.unitId(), "startOn", k.startOn());
        String name = records.personName(caller, in.personId(), in.name());
        checkPlacement(c, caller, k, in, name);
        return Jdbc.insert(c, "INSERT INTO svc_trainee (course_id, person_id, name, completed, certified, employed_after, "
                + "placement_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", courseId, in.personId(), name, in.completed(),
                in.certified(), in.employedAfter(), in.placementId(), Instant.now());
    }

    public Trainee updateTrainee(Caller caller, long courseId, long id, TraineeInput in) {
        int version = Records.version(in.version());
        return db.write(c -> {
            Course k = get(c, courseId);
            records.manage(caller, k.unitId());
            records.checkDay(c, k.unitId(), "startOn", k.startOn());
            trainee(c, courseId, id);
            String name = records.personName(caller, in.personId(), in.name());
            checkPlacement(c, caller, k, in, name);
            Jdbc.updateVersioned(c, "svc_trainee", id, "UPDATE svc_trainee SET person_id = ?, name = ?, completed = ?, certified = ?, "
                    + "employed_after = ?, placement_id = ?, version = version + 1 WHERE id = ? AND version = ?", in.personId(), name,
                    in.completed(), in.certified(), in.employedAfter(), in.placementId(), id, version);
            records.audit().ok(c, caller, "services.trainee.update", "trainee", id, "course " + courseId);
            return trainee(c, courseId, id);
        });
    }

    public void deleteTrainee(Caller caller, long courseId, long id, int version) {
        db.write(c -> {
            Course k = get(c, courseId);
            records.manage(caller, k.unitId());
            records.checkDay(c, k.unitId(), "startOn", k.startOn());
            trainee(c, courseId, id);
            Records.delete(c, "svc_trainee", id, version);
            records.audit().ok(c, caller, "services.trainee.delete", "trainee", id, "course " + courseId);
            return null;
        });
    }

    /** The names of the course's trainees (a list import refuses a second trainee of the same name). */
    public List<String> traineeNames(Connection c, long courseId) throws SQLException {
        return Jdbc.list(c, "SELECT name FROM svc_trainee WHERE course_id = ?", rs -> rs.getString(1), courseId);
    }

    /** The course's unit when the caller may manage it and its period is open (404, 403 or 409 otherwise). */
    public long checkWritable(Connection c, Caller caller, long courseId) throws SQLException {
        Course k = get(c, courseId);
        records.manage(caller, k.unitId());
        records.checkDay(c, k.unitId(), "startOn", k.startOn());
        return k.unitId();
    }

    /** The course's unit, or 404. */
    public long unitOf(long courseId) {
        return db.read(c -> get(c, courseId)).unitId();
    }

    private Trainee trainee(Connection c, long courseId, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + TRAINEE_COLUMNS + " FROM svc_trainee WHERE id = ? AND course_id = ?", Courses::trainee, id,
                courseId).orElseThrow(() -> WfedException.notFound("学员 " + id));
    }


    /**
     * A placement named as the trainee's employment afterwards is one the caller may see, of the same person (the same
     * registry person, or the same name when either has none) and dated after the course started; else a 400.
     */
    private void checkPlacement(Connection c, Caller caller, Course k, TraineeInput in, String name) throws SQLException {
        if (in.placementId() == null) {
            return;
        }
        record Placed(long unitId, Long personId, String name, java.time.LocalDate placedOn) { }
        Placed p = Jdbc.one(c, "SELECT p.unit_id, s.person_id, s.name, p.placed_on FROM svc_placement p "
                + "JOIN svc_seeker s ON s.id = p.seeker_id WHERE p.id = ?", rs -> new Placed(rs.getLong("unit_id"),
                Jdbc.nullableLong(rs, "person_id"), rs.getString("name"), Jdbc.date(rs, "placed_on")), in.placementId())
                .orElse(null);
        if (p == null || !records.access().canSee(caller, p.unitId())) {
            throw Records.invalid("placementId", "UNKNOWN_PLACEMENT", "没有该就业记录");
        }
        boolean same = in.personId() != null && p.personId() != null ? in.personId().equals(p.personId())
                : name.equals(p.name());
        if (!same) {
            throw Records.invalid("placementId", "OTHER_PERSON", "该就业记录不是这名学员的（求职人员为" + p.name() + "）");
        }
        if (!p.placedOn().isAfter(k.startOn())) {
            throw Records.invalid("placementId", "BEFORE_COURSE", "培训后就业的日期应晚于培训开始日期" + k.startOn()
                    + "（该就业记录为" + p.placedOn() + "）");
        }
    }

    private Course map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        String kind = rs.getString("kind");
        return new Course(rs.getLong("id"), unit, records.unitName(unit), rs.getString("name"), kind,
                CourseInput.KINDS.getOrDefault(kind, kind), Jdbc.date(rs, "start_on"), Jdbc.date(rs, "end_on"),
                rs.getBigDecimal("hours"), rs.getString("provider"), rs.getString("certificate"), rs.getInt("trainees"),
                rs.getInt("completed"), rs.getInt("certified"), rs.getInt("employed_after"), rs.getInt("version"));
    }

    private static Trainee trainee(ResultSet rs) throws SQLException {
        return new Trainee(rs.getLong("id"), rs.getLong("course_id"), Jdbc.nullableLong(rs, "person_id"), rs.getString("name"),
                rs.getBoolean("completed"), rs.getBoolean("certified"), rs.getBoolean("employed_after"), Jdbc.nullableLong(rs, "placement_id"), rs.getInt("version"));
    }
}
