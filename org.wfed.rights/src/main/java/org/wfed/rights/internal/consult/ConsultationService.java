package org.wfed.rights.internal.consult;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Scope;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.rights.RightsPermissions;
import org.wfed.rights.dto.CaseKind;
import org.wfed.rights.dto.Channel;
import org.wfed.rights.dto.Consultation;
import org.wfed.rights.dto.ConsultationInput;
import org.wfed.rights.internal.Listing;
import org.wfed.rights.internal.RightsSchema;
import org.wfed.rights.internal.Units;

/**
 * The hotline and consultation log (12338热线、法律咨询、法律服务): people served and problems solved, counted even
 * when no case opens. Entries hold counts and a topic, never a caller's name.
 */
@Component(service = ConsultationService.class)
public final class ConsultationService {
    private static final String COLUMNS = "id, unit_id, held_on, channel, topic, contacts, solved, note, version";

    private final Database db;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;

    @Activate
    public ConsultationService(@Reference RightsSchema schema, @Reference OrgService orgs, @Reference AccessControl access,
                               @Reference AuditLog audit, @Reference PeriodLocks locks) {
        this.db = schema.db();
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
    }

    public Consultation create(Caller caller, ConsultationInput in) {
        access.check(caller, RightsPermissions.MANAGE, in.unitId());
        return db.write(c -> {
            long id = insert(c, in);
            audit.ok(c, caller, "rights.consultation.create", "rightsConsultation", id, in.heldOn() + " " + in.channel().labelZh());
            return get(c, id);
        });
    }

    /** Inserts after the unit and period-lock checks, in the caller's transaction (demo data too). */
    public long insert(Connection c, ConsultationInput in) throws SQLException {
        Validation.checkUnitExisted("heldOn", orgs.get(in.unitId()), in.heldOn());
        locks.checkOpen(c, in.unitId(), in.heldOn());
        return Jdbc.insert(c, "INSERT INTO rights_consultation (unit_id, held_on, channel, topic, contacts, solved, note, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.heldOn(), in.channel().name(), in.topic().name(),
                in.contacts(), in.solved(), in.note() == null || in.note().isBlank() ? null : in.note().trim(), Instant.now());
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Consultation old = get(c, id);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            locks.checkOpen(c, old.unitId(), old.heldOn());
            if (Jdbc.update(c, "DELETE FROM rights_consultation WHERE id = ? AND version = ?", id, version) == 0) {
                throw WfedException.staleVersion("rights_consultation " + id);
            }
            audit.ok(c, caller, "rights.consultation.delete", "rightsConsultation", id, old.heldOn() + " " + old.channel().labelZh());
            return null;
        });
    }

    public Page<Consultation> list(Caller caller, Listing f, Channel channel) {
        access.check(caller, RightsPermissions.READ, f.unitId());
        Scope scope = orgs.scope(f.unitId(), f.period());
        String where = " FROM rights_consultation WHERE " + scope.unitCondition("unit_id") + " AND held_on BETWEEN ? AND ?"
                + (channel == null ? "" : " AND channel = ?");
        Object[] params = channel == null ? Scope.params(scope.unitIdParams(), f.from(), f.to())
                : Scope.params(scope.unitIdParams(), f.from(), f.to(), channel.name());
        return db.read(c -> {
            long total = Jdbc.number(c, "SELECT COUNT(*)" + where, params);
            Units units = new Units(orgs);
            List<Consultation> items = Jdbc.list(c, "SELECT " + COLUMNS + where
                    + " ORDER BY held_on DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ConsultationService::map,
                    Scope.params(params, f.offset(), f.size())).stream().map(x -> new Consultation(x.id(), x.unitId(),
                    units.name(x.unitId()), x.heldOn(), x.channel(), x.topic(), x.contacts(), x.solved(), x.note(),
                    x.version())).toList();
            return new Page<>(items, total, f.page(), f.size());
        });
    }

    private Consultation get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM rights_consultation WHERE id = ?", ConsultationService::map, id)
                .orElseThrow(() -> WfedException.notFound("咨询记录 " + id));
    }

    private static Consultation map(ResultSet rs) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getLong("unit_id"), null, Jdbc.date(rs, "held_on"),
                Channel.valueOf(rs.getString("channel")), CaseKind.valueOf(rs.getString("topic")), rs.getInt("contacts"),
                rs.getInt("solved"), rs.getString("note"), rs.getInt("version"));
    }
}
