package org.wfed.aid.internal.application;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.Objection;
import org.wfed.aid.dto.ObjectionInput;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.internal.programme.ProgrammeService;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.PublicNotice;
import org.wfed.core.WfedException;
import org.wfed.core.dto.ObjectionResolution;

/**
 * Objections (异议) to an application on public notice (公示): a clerk records what a resident raised, a reviewer
 * resolves it. Upheld, the application is 未通过 and its budget and quota place are given back; dismissed, the
 * notice runs to its end. The payment waits for every objection to be resolved.
 */
@Component(service = ObjectionService.class)
public final class ObjectionService {
    private final Database db;
    private final ApplicationService applications;
    private final ProgrammeService programmes;
    private final AccessControl access;
    private final AuditLog audit;

    @Activate
    public ObjectionService(@Reference Database db, @Reference ApplicationService applications,
                            @Reference ProgrammeService programmes, @Reference AccessControl access,
                            @Reference AuditLog audit) {
        this.db = db;
        this.applications = applications;
        this.programmes = programmes;
        this.access = access;
        this.audit = audit;
    }

    public List<Objection> list(Caller caller, long applicationId) {
        applications.row(caller, applicationId);
        return db.read(c -> ObjectionStore.of(c, applicationId));
    }

    public Objection lodge(Caller caller, long applicationId, ObjectionInput in) {
        applications.row(caller, applicationId);
        access.require(caller, AidPermissions.APPLY);
        return db.write(c -> {
            ApplicationRow a = current(c, applicationId);
            onNotice(a, "登记异议");
            PublicNotice.checkNotBefore("lodgedOn", in.lodgedOn(), a.noticeFrom(), "公示开始日期");
            long id = ObjectionStore.insert(c, applicationId, in);
            audit.ok(c, caller, "aid.objection.create", "aid_objection", id, "application " + applicationId);
            return ObjectionStore.one(c, applicationId, id);
        });
    }

    public Objection resolve(Caller caller, long applicationId, long objectionId, ObjectionResolution in) {
        applications.row(caller, applicationId);
        access.require(caller, AidPermissions.REVIEW);
        return db.write(c -> {
            ApplicationRow a = current(c, applicationId);
            onNotice(a, "处理异议");
            Objection o = ObjectionStore.one(c, applicationId, objectionId);
            PublicNotice.checkResolvable(o.open(), o.lodgedOn(), in.resolvedOn());
            ObjectionStore.resolve(c, objectionId, in);
            if (in.upheld()) {
                Programme p = programmes.get(a.programmeId());
                ApplicationRepository.advance(c, a, ApplicationStatus.REJECTED, a.step(), null, null);
                Counters.releaseBudget(c, p, a.year(), a.amountFen());
                Counters.releaseQuota(c, p, a.unitId(), a.year());
            }
            audit.ok(c, caller, "aid.objection.resolve", "aid_objection", objectionId,
                    in.upheld() ? "upheld: application " + applicationId + " not granted" : "dismissed");
            return ObjectionStore.one(c, applicationId, objectionId);
        });
    }

    private static ApplicationRow current(java.sql.Connection c, long applicationId) throws java.sql.SQLException {
        return ApplicationRepository.byId(c, applicationId)
                .orElseThrow(() -> WfedException.notFound("救助申请 " + applicationId));
    }

    private static void onNotice(ApplicationRow a, String what) {
        if (a.status() != ApplicationStatus.NOTICE) {
            throw WfedException.conflict("AID_WRONG_STATUS", "该申请当前为「" + a.status().labelZh() + "」，只有公示中的申请才能"
                    + what, "Only an application on public notice takes objections");
        }
    }
}
