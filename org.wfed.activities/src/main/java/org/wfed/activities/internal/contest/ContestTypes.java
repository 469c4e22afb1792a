package org.wfed.activities.internal.contest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.ContestType;
import org.wfed.activities.dto.NomineeKind;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;

/** The configured contest types (评选类型): shipped defaults from the migration, changed by administrators. */
@Component(service = ContestTypes.class)
public final class ContestTypes {
    private static final String COLUMNS = "id, code, name, nominee_kind, criteria, cycle_years, quota, vote_share, "
            + "notice_days, notice_working, requires_lower_title, active, sort_order, version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM act_contest_type";

    private final Database db;
    private final AuditLog audit;

    @Activate
    public ContestTypes(@Reference ActivitiesSchema schema, @Reference AuditLog audit) {
        this.db = schema.db();
        this.audit = audit;
    }

    public List<ContestType> list(boolean activeOnly) {
        return db.read(c -> Jdbc.list(c, SELECT + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY sort_order, id",
                ContestTypes::map));
    }

    public ContestType get(long id) {
        return db.read(c -> get(c, id));
    }

    public ContestType get(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> WfedException.notFound("评选类型 " + id));
    }

    java.util.Optional<ContestType> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE id = ?", ContestTypes::map, id);
    }

    public ContestType byCode(Connection c, String code) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE code = ?", ContestTypes::map, code)
                .orElseThrow(() -> WfedException.notFound("评选类型 " + code));
    }

    public ContestType create(Caller caller, ContestType t) {
        return db.write(c -> {
            if (Jdbc.number(c, "SELECT COUNT(*) FROM act_contest_type WHERE code = ?", t.code()) > 0) {
                throw WfedException.conflict("DUPLICATE_CODE", "评选类型代码已存在：" + t.code(), "Duplicate code");
            }
            long id = Jdbc.insert(c, "INSERT INTO act_contest_type (code, name, nominee_kind, criteria, cycle_years, quota, "
                    + "vote_share, notice_days, notice_working, requires_lower_title, active, sort_order) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t.code(), t.name(), t.nomineeKind(), t.criteria(),
                    t.cycleYears(), t.quota(), t.voteShare(), t.noticeDays(), t.noticeWorkingDays(),
                    t.requiresLowerTitle(), t.active(), t.sortOrder());
            audit.ok(c, caller, "activities.contestType.create", "contestType", id, t.code());
            return get(c, id);
        });
    }

    /** Changes a type; its code and nominee kind stay (contests already refer to them). */
    public ContestType update(Caller caller, long id, ContestType t) {
        return db.write(c -> {
            ContestType old = get(c, id);
            if (old.nomineeKind() != t.nomineeKind() || !old.code().equals(t.code())) {
                throw WfedException.invalid("TYPE_IDENTITY", "评选类型的代码和评选对象不能修改", "Code and nominee kind are fixed");
            }
            Jdbc.updateVersioned(c, "act_contest_type", id, "UPDATE act_contest_type SET name = ?, criteria = ?, "
                    + "cycle_years = ?, quota = ?, vote_share = ?, notice_days = ?, notice_working = ?, "
                    + "requires_lower_title = ?, active = ?, sort_order = ?, version = version + 1 WHERE id = ? AND version = ?",
                    t.name(), t.criteria(), t.cycleYears(), t.quota(), t.voteShare(), t.noticeDays(),
                    t.noticeWorkingDays(), t.requiresLowerTitle(), t.active(), t.sortOrder(), id, t.version());
            audit.ok(c, caller, "activities.contestType.update", "contestType", id, t.code());
            return get(c, id);
        });
    }

    private static ContestType map(ResultSet rs) throws SQLException {
        return new ContestType(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                NomineeKind.valueOf(rs.getString("nominee_kind")), rs.getString("criteria"), rs.getInt("cycle_years"),
                rs.getInt("quota"), rs.getInt("vote_share"), rs.getInt("notice_days"), rs.getBoolean("notice_working"),
                rs.getBoolean("requires_lower_title"), rs.getBoolean("active"), rs.getInt("sort_order"),
                rs.getInt("version"));
    }
}
