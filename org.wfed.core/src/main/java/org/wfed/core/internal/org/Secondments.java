package org.wfed.core.internal.org;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;

/**
 * The cadres a unit sends to work elsewhere for a while (派驻/下沉干部, issue 13, S8 L132 "派2名干部到大托新村"): a person
 * of the registry, the unit sending her, where to (a unit of the tree or a named place outside it), the purpose and
 * the dates. Each write is one transaction with its audit entry; a change carries the version read.
 */
@Component(service = Secondments.class)
public final class Secondments {

    /** A cadre sent: {@code destination} is the unit's name or the place. */
    public record SecondmentRecord(long id, long unitId, long personId, String name, Long toUnitId, String toPlace,
                                   String destination, String purpose, LocalDate fromOn, LocalDate toOn, int version) {
    }

    /** A new or changed secondment: exactly one of {@code toUnitId} and {@code toPlace}. */
    public record SecondmentInput(Long personId, Long toUnitId, String toPlace, String purpose, LocalDate fromOn, LocalDate toOn,
                                  Integer version) {
    }

    private final Database db;
    private final AuditLog audit;

    @Activate
    public Secondments(@Reference Database db, @Reference AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<SecondmentRecord> ofUnit(long unitId) {
        return db.read(c -> SecondmentStore.ofUnit(c, unitId));
    }

    public SecondmentRecord get(long id) {
        return db.read(c -> SecondmentStore.one(c, id)).orElseThrow(() -> WfedException.notFound("secondment " + id));
    }

    public SecondmentRecord create(Caller caller, long unitId, SecondmentInput in) {
        Validation v = new Validation().required("personId", in.personId()).text("purpose", in.purpose(), 200, true)
                .required("fromOn", in.fromOn());
        v.rule(in.toUnitId() != null || place(in.toPlace()) != null, "toPlace", "DESTINATION_REQUIRED", "派驻单位和派驻地点须填写一项");
        check(v, in, in.fromOn(), in.toOn());
        long id = db.write(c -> {
            long sid = SecondmentStore.insert(c, unitId, in);
            audit.ok(caller, "org.secondment.create", "secondment", sid, null);
            return sid;
        });
        return get(id);
    }

    public SecondmentRecord update(Caller caller, long id, SecondmentInput in) {
        SecondmentRecord old = get(id);
        Validation v = new Validation().required("version", in.version()).text("purpose", in.purpose(), 200, false);
        v.rule(in.purpose() == null || !in.purpose().isBlank(), "purpose", "REQUIRED", "派驻事由必填");
        check(v, in, in.fromOn() != null ? in.fromOn() : old.fromOn(), in.toOn() != null ? in.toOn() : old.toOn());
        db.write(c -> {
            SecondmentStore.update(c, id, in);
            audit.ok(caller, "org.secondment.update", "secondment", id, null);
            return null;
        });
        return get(id);
    }

    private static void check(Validation v, SecondmentInput in, LocalDate from, LocalDate to) {
        v.text("toPlace", in.toPlace(), 100, false).notInFuture("fromOn", in.fromOn())
                .rule(in.toUnitId() == null || place(in.toPlace()) == null, "toPlace", "BOTH_DESTINATIONS",
                        "派驻单位和派驻地点只填写一项")
                .rule(to == null || from == null || !to.isBefore(from), "toOn", "BEFORE_START", "结束日期不能早于派驻日期")
                .check();
    }

    /** A place as stored: trimmed, inner white space removed (it names a breakdown's member), null when blank. */
    static String place(String text) {
        if (text == null) {
            return null;
        }
        String p = text.replaceAll("\\s+", "");
        return p.isEmpty() ? null : p;
    }
}
