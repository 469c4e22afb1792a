package org.wfed.rights.internal.orders;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.rights.RightsPermissions;
import org.wfed.rights.dto.DecisionInput;
import org.wfed.rights.dto.Order;
import org.wfed.rights.dto.OrderInput;
import org.wfed.rights.dto.OrderKind;
import org.wfed.rights.dto.OrderStatus;
import org.wfed.rights.dto.Worklist;
import org.wfed.rights.internal.RightsSchema;
import org.wfed.rights.internal.Units;

/**
 * Protection orders (人身保护令) and police warning letters (告诫书) of the cases. The Anti-Domestic Violence Law's
 * deadlines drive the worklist: a court decides within 72 hours of the application, 24 when it is urgent, and an
 * order lasts at most six months; pending applications and orders ending within {@link #EXPIRING_DAYS} days are
 * listed for the unit's subtree.
 */
@Component(service = OrderService.class)
public final class OrderService {
    static final int EXPIRING_DAYS = 30;
    private static final String COLUMNS = "id, case_id, unit_id, kind, applied_on, urgent, status, decided_on, valid_until, "
            + "issued_by, version";

    private final Database db;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;

    @Activate
    public OrderService(@Reference RightsSchema schema, @Reference OrgService orgs, @Reference AccessControl access,
                        @Reference AuditLog audit, @Reference PeriodLocks locks) {
        this.db = schema.db();
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
    }

    public Order create(Caller caller, OrderInput in) {
        Validation.body(in);
        return db.write(c -> {
            access.check(caller, RightsPermissions.MANAGE, caseOf(c, in.caseId()).unitId());
            long id = insert(c, in);
            audit.ok(c, caller, "rights.order.create", "rightsOrder", id, in.appliedOn() + " " + in.kind().labelZh());
            return get(c, id);
        });
    }

    /** Records an application (or a warning letter) for a case, dated from its intake (demo data too). */
    public long insert(Connection c, OrderInput in) throws SQLException {
        CaseRef ref = caseOf(c, in.caseId());
        if (in.appliedOn().isBefore(ref.intakeOn())) {
            throw WfedException.invalidFields(List.of(new FieldError("appliedOn", "BEFORE_INTAKE",
                    "日期不能早于个案受理日期（" + ref.intakeOn() + "）")));
        }
        locks.checkOpen(c, ref.unitId(), in.appliedOn());
        boolean letter = in.kind() == OrderKind.WARNING_LETTER;
        return Jdbc.insert(c, "INSERT INTO rights_order (case_id, unit_id, kind, applied_on, urgent, status, decided_on, issued_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", in.caseId(), ref.unitId(), in.kind().name(), in.appliedOn(),
                in.urgent(), (letter ? OrderStatus.ISSUED : OrderStatus.APPLIED).name(), letter ? in.appliedOn() : null,
                in.issuedBy() == null || in.issuedBy().isBlank() ? null : in.issuedBy().trim(), Instant.now());
    }

    /** The unit and intake day of the case an order is for. */
    private record CaseRef(long unitId, LocalDate intakeOn) {
    }

    private static CaseRef caseOf(Connection c, long caseId) throws SQLException {
        return Jdbc.one(c, "SELECT unit_id, intake_on FROM rights_case WHERE id = ?",
                rs -> new CaseRef(rs.getLong("unit_id"), Jdbc.date(rs, "intake_on")), caseId)
                .orElseThrow(() -> WfedException.notFound("维权个案 " + caseId));
    }

    /** The court's decision: only on a pending application, not before it was filed, an order for at most six months. */
    public Order decide(Caller caller, long id, DecisionInput in) {
        Validation.body(in);
        return db.write(c -> {
            Order old = get(c, id);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            checkDecision(old, in);
            locks.checkOpen(c, old.unitId(), in.decidedOn());
            Jdbc.updateVersioned(c, "rights_order", id, "UPDATE rights_order SET status = ?, decided_on = ?, valid_until = ?, "
                    + "issued_by = COALESCE(?, issued_by), version = version + 1 WHERE id = ? AND version = ?", in.status().name(),
                    in.decidedOn(), in.status() == OrderStatus.GRANTED ? in.validUntil() : null,
                    in.issuedBy() == null || in.issuedBy().isBlank() ? null : in.issuedBy().trim(), id, in.version());
            audit.ok(c, caller, "rights.order.decide", "rightsOrder", id, in.decidedOn() + " " + in.status().labelZh());
            return get(c, id);
        });
    }

    /** Applies a decision in the caller's transaction (demo data). */
    public void decide(Connection c, long id, DecisionInput in) throws SQLException {
        Order old = get(c, id);
        checkDecision(old, in);
        Jdbc.updateVersioned(c, "rights_order", id, "UPDATE rights_order SET status = ?, decided_on = ?, valid_until = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", in.status().name(), in.decidedOn(),
                in.status() == OrderStatus.GRANTED ? in.validUntil() : null, id, in.version());
    }

    private static void checkDecision(Order old, DecisionInput in) {
        if (old.kind() != OrderKind.PROTECTION_ORDER || old.status() != OrderStatus.APPLIED) {
            throw WfedException.conflict("ORDER_DECIDED", "该申请已有决定，不能再次登记", "This application was decided already");
        }
        Validation v = new Validation();
        if (in.decidedOn().isBefore(old.appliedOn())) {
            v.add("decidedOn", "BEFORE_APPLIED", "决定日期不能早于申请日期（" + old.appliedOn() + "）");
        }
        if (in.status() == OrderStatus.GRANTED && in.validUntil() != null) {
            v.rule(in.validUntil().isAfter(in.decidedOn()), "validUntil", "BEFORE_DECIDED", "有效期至应晚于签发日期")
                    .rule(!in.validUntil().isAfter(in.decidedOn().plusMonths(6)), "validUntil", "LONGER_THAN_SIX_MONTHS",
                            "人身保护令有效期不超过六个月（最晚" + in.decidedOn().plusMonths(6) + "）");
        }
        v.check();
    }

    public Worklist worklist(Caller caller, long unitId) {
        access.check(caller, RightsPermissions.READ, unitId);
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, new Period(today, today));
        return db.read(c -> {
            Units units = new Units(orgs);
            List<Order> pending = Jdbc.list(c, "SELECT " + COLUMNS + " FROM rights_order WHERE " + scope.unitCondition("unit_id")
                    + " AND kind = ? AND status = ?", OrderService::map,
                    Scope.params(scope.unitIdParams(), OrderKind.PROTECTION_ORDER.name(), OrderStatus.APPLIED.name()))
                    .stream().map(o -> named(o, units)).sorted(Comparator.comparing(Order::decisionDue)
                            .thenComparing(Order::id)).toList();
            List<Order> expiring = Jdbc.list(c, "SELECT " + COLUMNS + " FROM rights_order WHERE " + scope.unitCondition("unit_id")
                    + " AND kind = ? AND status = ? AND valid_until BETWEEN ? AND ?", OrderService::map,
                    Scope.params(scope.unitIdParams(), OrderKind.PROTECTION_ORDER.name(), OrderStatus.GRANTED.name(), today,
                            today.plusDays(EXPIRING_DAYS)))
                    .stream().map(o -> named(o, units)).sorted(Comparator.comparing(Order::validUntil)
                            .thenComparing(Order::id)).toList();
            return new Worklist(pending, expiring);
        });
    }

    /** The case's orders and letters, oldest first. */
    public List<Order> forCase(Connection c, long caseId) throws SQLException {
        Units units = new Units(orgs);
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM rights_order WHERE case_id = ? ORDER BY applied_on, id",
                OrderService::map, caseId).stream().map(o -> named(o, units)).toList();
    }

    private Order get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM rights_order WHERE id = ?", OrderService::map, id)
                .map(o -> named(o, new Units(orgs))).orElseThrow(() -> WfedException.notFound("保护令申请 " + id));
    }

    private static Order named(Order o, Units units) {
        return new Order(o.id(), o.caseId(), o.unitId(), units.name(o.unitId()), o.kind(), o.appliedOn(), o.urgent(), o.status(),
                o.decidedOn(), o.validUntil(), o.issuedBy(), o.decisionDue(), o.overdue(), o.version());
    }

    /** The day a decision is due: the day after filing when urgent (24 h), else the third day after it (72 h). */
    static LocalDate decisionDue(LocalDate appliedOn, boolean urgent) {
        return appliedOn.plusDays(urgent ? 1 : 3);
    }

    private static Order map(ResultSet rs) throws SQLException {
        OrderKind kind = OrderKind.valueOf(rs.getString("kind"));
        OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
        LocalDate applied = Jdbc.date(rs, "applied_on");
        boolean urgent = rs.getBoolean("urgent");
        LocalDate due = kind == OrderKind.PROTECTION_ORDER && status == OrderStatus.APPLIED ? decisionDue(applied, urgent) : null;
        return new Order(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"), null, kind, applied, urgent, status,
                Jdbc.date(rs, "decided_on"), Jdbc.date(rs, "valid_until"), rs.getString("issued_by"), due,
                due != null && LocalDate.now().isAfter(due), rs.getInt("version"));
    }
}
