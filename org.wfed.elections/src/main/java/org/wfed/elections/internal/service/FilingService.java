package org.wfed.elections.internal.service;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.SuperiorUnit;
import org.wfed.core.WfedException;
import org.wfed.core.dto.LeaderInput;
import org.wfed.core.dto.OrgUnit;
import org.wfed.elections.ElectionsError;
import org.wfed.elections.dto.ApprovalInput;
import org.wfed.elections.dto.ElectionDetail;
import org.wfed.elections.dto.Step;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.ElectionStore;

/**
 * 批复/备案: the parent unit approves the election, and the unit's leadership in core is replaced
 * by the new committee for the term (the previous term stays as history).
 */
@Component(service = FilingService.class)
public final class FilingService {

    private final Database db;
    private final ElectionStore store;
    private final OrgService org;
    private final AuditLog audit;
    private final ElectionService elections;
    private final SuperiorUnit superior;

    @Activate
    public FilingService(@Reference Database db, @Reference ElectionStore store, @Reference OrgService org,
                         @Reference AuditLog audit, @Reference ElectionService elections, @Reference SuperiorUnit superior) {
        this.superior = superior;
        this.db = db;
        this.store = store;
        this.org = org;
        this.audit = audit;
        this.elections = elections;
    }

    /** Only a user of the election unit's superior unit (core's {@link SuperiorUnit}) may approve; the caller holds elections.approve. */
    public ElectionDetail approve(Caller caller, long id, ApprovalInput in) {
        long unitId = elections.unitOf(id);
        OrgUnit unit = org.get(unitId);
        if (!superior.approves(SuperiorUnit.ELECTION_APPROVAL, caller.unitId(), unitId)) {
            audit.record(caller, "elections.approve", "election", String.valueOf(id), AuditLog.Outcome.DENIED, "not the parent unit");
            throw WfedException.forbidden("换届结果只能由" + unit.name() + "的上级妇联批复", "Only the parent unit approves");
        }
        int seats = db.write(c -> {
            ElectionState s = store.load(c, id);
            if (s.election().step() != Step.FIRST_MEETING) {
                throw WfedException.conflict(ElectionsError.STEP_REFUSED.name(), "不能批复：当前处于“" + s.election().step().zh()
                        + "”，须先完成执委会第一次会议选举主席、副主席", "Not ready for approval");
            }
            ElectionService.checkStepDate(s, Step.FILED, in.date());
            elections.checkOpen(c, unitId, in.date());
            List<LeaderInput> leaders = FilingSeats.committee(s);
            org.replaceLeadership(c, caller, unitId, leaders, s.election().electionDate(), s.election().termTo(),
                    "elections:" + id);
            store.setFiled(c, s.election(), in.date());
            store.insertStep(c, id, Step.FILED, in.date(), caller.displayName(), in.documents(), caller.userId());
            return leaders.size();
        });
        audit.ok(caller, "elections.approve", "election", id, "新一届班子" + seats + "人");
        return elections.detail(id);
    }
}
