package org.wfed.aid.internal.quota;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.dto.QuotaGrant;
import org.wfed.aid.dto.QuotaGrantInput;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.programme.ProgrammeService;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;

/**
 * Places of a programme granted by a level above (上级下达名额: 申请市级“两癌”救助名额3个), recorded by the unit that
 * received them. A binding grant caps the programme's applications of its year in the unit's subtree: the unit
 * nearest the applicant holding one counts them, under the grant's row lock, and refuses the one beyond its places.
 */
@Component(service = QuotaGrantService.class)
public final class QuotaGrantService {
    private final Database db;
    private final ProgrammeService programmes;
    private final OrgService orgs;
    private final AccessControl access;
    private final PeriodLocks locks;
    private final AuditLog audit;

    @Activate
    public QuotaGrantService(@Reference AidSchema schema, @Reference Database db, @Reference ProgrammeService programmes,
                             @Reference OrgService orgs, @Reference AccessControl access, @Reference PeriodLocks locks,
                             @Reference AuditLog audit) {
        this.db = db;
        this.programmes = programmes;
        this.orgs = orgs;
        this.access = access;
        this.locks = locks;
        this.audit = audit;
    }

    /** The grants recorded in the unit's subtree for the year, each with the places its applications took. */
    public List<QuotaGrant> list(Caller caller, long unitId, int year) {
        access.check(caller, AidPermissions.READ, unitId);
        Scope scope = orgs.scope(unitId, yearOf(year));
        return db.read(c -> {
            List<QuotaGrant> out = new ArrayList<>();
            for (QuotaGrantStore.Row r : QuotaGrantStore.list(c, scope, year)) {
                out.add(view(c, r));
            }
            return out;
        });
    }

    public QuotaGrant get(Caller caller, long id) {
        return db.read(c -> {
            QuotaGrantStore.Row r = row(c, id);
            access.check(caller, AidPermissions.READ, r.unitId());
            return view(c, r);
        });
    }

    public QuotaGrant create(Caller caller, QuotaGrantInput in) {
        access.check(caller, AidPermissions.REVIEW, in.unitId());
        Programme p = programmes.get(in.programmeId());
        checkUnit(in);
        return db.write(c -> {
            locks.checkOpen(c, in.unitId(), in.grantedOn());
            long id = QuotaGrantStore.insert(c, in);
            audit.ok(c, caller, "aid.quotaGrant.create", "aid_quota_grant", id, describe(in, p));
            return view(c, row(c, id));
        });
    }

    /** Changes a grant (all of it, at the version read); fewer places than its applications took is refused. */
    public QuotaGrant update(Caller caller, long id, QuotaGrantInput in) {
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        Programme p = programmes.get(in.programmeId());
        checkUnit(in);
        return db.write(c -> {
            QuotaGrantStore.Row old = row(c, id);
            access.check(caller, AidPermissions.REVIEW, old.unitId());
            access.checkUnit(caller, in.unitId());
            locks.checkOpen(c, old.unitId(), old.grantedOn());
            locks.checkOpen(c, in.unitId(), in.grantedOn());
            QuotaGrantStore.update(c, id, in);
            if (in.binding()) {
                int used = QuotaGrantStore.used(c, orgs.scope(in.unitId(), yearOf(in.year())), in.programmeId(), in.year());
                int places = QuotaGrantStore.bindingLocked(c, in.unitId(), in.programmeId(), in.year()).stream()
                        .mapToInt(QuotaGrantStore.Row::places).sum();
                if (used > places) {
                    throw WfedException.invalidFields(List.of(new FieldError("places", "BELOW_USED",
                            "本年度已有" + used + "人申请「" + p.name() + "」，名额不能少于" + used + "个")));
                }
            }
            audit.ok(c, caller, "aid.quotaGrant.update", "aid_quota_grant", id, describe(in, p));
            return view(c, row(c, id));
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            QuotaGrantStore.Row old = row(c, id);
            access.check(caller, AidPermissions.REVIEW, old.unitId());
            locks.checkOpen(c, old.unitId(), old.grantedOn());
            QuotaGrantStore.delete(c, id, version);
            audit.ok(c, caller, "aid.quotaGrant.delete", "aid_quota_grant", id, old.level() + " " + old.places());
            return null;
        });
    }

    /**
     * In the application's transaction: when the applicant's unit or an ancestor holds a binding grant of the programme
     * and year, the nearest such unit's places must not all be taken (409 {@code AID_QUOTA_GRANT_FULL}).
     */
    public void checkPlace(Connection c, Programme p, long applicantUnitId, int year) throws SQLException {
        for (Long unit = applicantUnitId; unit != null; unit = orgs.get(unit).parentId()) {
            if (!QuotaGrantStore.holdsBinding(c, unit, p.id(), year)) {
                continue;
            }
            List<QuotaGrantStore.Row> grants = QuotaGrantStore.bindingLocked(c, unit, p.id(), year);
            int places = grants.stream().mapToInt(QuotaGrantStore.Row::places).sum();
            int used = QuotaGrantStore.used(c, orgs.scope(unit, yearOf(year)), p.id(), year);
            if (used >= places) {
                String levels = String.join("、", grants.stream().map(g -> g.level().zh()).distinct().toList());
                throw WfedException.conflict("AID_QUOTA_GRANT_FULL", "「" + p.name() + "」" + year + "年" + levels + "下达给"
                        + orgs.get(unit).name() + "的名额（" + places + "个）已用完，不能再申请",
                        "The places granted from above for " + year + " (" + places + ") are all taken");
            }
            return;
        }
    }

    /** The unit must exist; a grant is recorded by the unit that received it. */
    private void checkUnit(QuotaGrantInput in) {
        OrgUnit u = orgs.get(in.unitId());
        FieldError existed = org.wfed.core.Validation.unitProblem("grantedOn", u, in.grantedOn());
        if (existed != null) {
            throw WfedException.invalidFields(List.of(existed));
        }
    }

    private QuotaGrantStore.Row row(Connection c, long id) throws SQLException {
        return QuotaGrantStore.get(c, id).orElseThrow(() -> WfedException.notFound("名额记录 " + id));
    }

    private QuotaGrant view(Connection c, QuotaGrantStore.Row r) throws SQLException {
        int used = QuotaGrantStore.used(c, orgs.scope(r.unitId(), yearOf(r.year())), r.programmeId(), r.year());
        return new QuotaGrant(r.id(), r.unitId(), orgs.get(r.unitId()).name(), r.programmeId(),
                programmes.get(r.programmeId()).name(), r.year(), r.level(), r.places(), used, r.binding(), r.documentNo(),
                r.grantedOn(), r.version());
    }

    private static String describe(QuotaGrantInput in, Programme p) {
        return in.year() + " " + in.level().zh() + " " + p.code() + " " + in.places();
    }

    private static Period yearOf(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
