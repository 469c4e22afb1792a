package org.wfed.reporting.internal.summary;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Scope;
import org.wfed.core.SuperiorUnit;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.reporting.dto.ApprovalInput;
import org.wfed.reporting.dto.BoardRow;
import org.wfed.reporting.dto.ReviewInput;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummaryStatus;
import org.wfed.reporting.internal.ReportingPermissions;
import org.wfed.reporting.internal.indicator.LockedFigures;

/**
 * The approval chain community → street → district: a unit submits its summary, a user of its superior
 * unit (core's {@link SuperiorUnit}: the direct parent) approves it (once every child's summary of the year is approved, or explicitly without the
 * listed ones) or returns it with comments. Approval locks the unit's records of the year up to the
 * cut-off date (统计截止日) for every module's writes; a return unlocks them.
 */
@Component(service = ApprovalService.class)
public final class ApprovalService {
    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final OrgService orgs;
    private final PeriodLocks locks;
    private final SummaryRepository repo;
    private final SummaryService summaries;
    private final LockedFigures lockedFigures;

    @Activate
    public ApprovalService(@Reference Database db, @Reference AccessControl access, @Reference AuditLog audit,
                           @Reference OrgService orgs, @Reference PeriodLocks locks, @Reference SummaryRepository repo,
                           @Reference SummaryService summaries, @Reference LockedFigures lockedFigures) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.orgs = orgs;
        this.locks = locks;
        this.repo = repo;
        this.summaries = summaries;
        this.lockedFigures = lockedFigures;
    }

    public Summary submit(Caller caller, long id, ReviewInput in) {
        db.write(c -> {
            SummaryRow s = repo.get(c, id);
            access.check(caller, ReportingPermissions.EDIT, s.unitId());
            if (!s.status().editable()) {
                throw WfedException.conflict("SUMMARY_ALREADY_SUBMITTED", "该工作总结已提交或已审核", "The summary is already submitted");
            }
            List<String> unfilled = unfilled(summaries.view(c, s, null));
            if (!unfilled.isEmpty()) {
                throw WfedException.conflict("SUMMARY_UNFILLED", "工作总结中还有未填写的提示（请补充…）：" + String.join("、", unfilled)
                        + "。请写上本单位的情况或删除该段后再提交", "Replace or delete the template hints first: " + String.join(", ", unfilled));
            }
            repo.setStatus(c, id, in.version(), SummaryStatus.SUBMITTED);
            repo.event(c, id, "SUBMIT", caller.username(), caller.unitId(), in.comment());
            return null;
        });
        audit.ok(caller, "reporting.summary.submit", "rep_summary", id, null);
        return summaries.get(caller, id);
    }

    /** The headings of the sections that still hold a template hint, or the section id where it has no heading. */
    private static List<String> unfilled(Summary view) {
        List<String> out = new java.util.ArrayList<>();
        for (org.wfed.reporting.dto.SummarySection sec : view.sections()) {
            if (sec.paragraphs().stream().anyMatch(p -> Hints.count(p.text()) > 0)) {
                out.add(sec.heading().isEmpty() ? "开头段落" : "“" + sec.heading() + "”");
            }
        }
        return out;
    }

    /**
     * Approves a submitted summary and locks the unit's records of its year up to the cut-off date (统计截止日); the
     * summary's stored figures are its snapshot. Children without an approved summary refuse the approval unless
     * the reviewer lists each of them in {@code approveWithout} (audited with their names).
     */
    public Summary approve(Caller caller, long id, ApprovalInput in) {
        String detail = db.write(c -> {
            SummaryRow s = repo.get(c, id);
            OrgUnit unit = reviewable(caller, s);
            if (s.status() != SummaryStatus.SUBMITTED) {
                throw WfedException.conflict("SUMMARY_NOT_SUBMITTED", "只能审核已提交的工作总结", "Only a submitted summary can be approved");
            }
            LocalDate cutOff = cutOff(s.year(), in.cutOff());
            Map<Long, String> pending = childrenNotApproved(c, s);
            List<String> unchosen = new ArrayList<>();
            pending.forEach((child, name) -> {
                if (!in.approveWithout().contains(child)) {
                    unchosen.add(name);
                }
            });
            if (!unchosen.isEmpty()) {
                throw new WfedException(409, "CHILDREN_NOT_APPROVED", "下级单位的" + s.year() + "年工作总结尚未全部审核通过："
                        + String.join("、", unchosen) + "。请先审核，或明确选择不含这些单位审核通过",
                        "Approve the summaries of the units below first, or approve explicitly without: " + String.join(", ", unchosen),
                        List.of(new FieldError("approveWithout", "CHILDREN_NOT_APPROVED", String.join("、", unchosen))));
            }
            repo.setStatus(c, id, in.version(), SummaryStatus.APPROVED);
            String without = pending.isEmpty() ? "" : "（不含未审核的下级单位：" + String.join("、", pending.values()) + "）";
            repo.event(c, id, "APPROVE", caller.username(), caller.unitId(),
                    (in.comment() == null ? "" : in.comment()) + without + "；统计截止日" + cutOff);
            if (!locks.isLocked(c, s.unitId(), s.year())) {
                locks.lock(c, caller, s.unitId(), s.year(), cutOff);
            }
            if (!pending.isEmpty()) {
                audit.ok(c, caller, "reporting.summary.approve.without", "rep_summary", id, String.join("、", pending.values()));
            }
            return unit.name() + " " + s.year() + " locked through " + cutOff;
        });
        audit.ok(caller, "reporting.summary.approve", "rep_summary", id, detail);
        return summaries.get(caller, id);
    }

    /** 统计截止日: the reviewer's day within the year, else today while the year runs, else its last day. */
    private static LocalDate cutOff(int year, LocalDate chosen) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (chosen != null) {
            new Validation().rule(chosen.getYear() == year, "cutOff", "OUTSIDE_YEAR", "统计截止日应在" + year + "年内").check();
            return chosen;
        }
        LocalDate today = LocalDate.now();
        return today.isBefore(yearEnd) && today.getYear() == year ? today : yearEnd;
    }

    /** Returns a submitted or approved summary for revision; an approved one only while its parent's is not approved. */
    public Summary sendBack(Caller caller, long id, ReviewInput in) {
        new Validation().text("comment", in.comment(), 2000, true).check();
        int year = db.write(c -> {
            SummaryRow s = repo.get(c, id);
            OrgUnit unit = reviewable(caller, s);
            if (s.status().editable()) {
                throw WfedException.conflict("SUMMARY_NOT_SUBMITTED", "该工作总结尚未提交，无需退回", "The summary is not submitted");
            }
            if (s.status() == SummaryStatus.APPROVED && unit.parentId() != null) {
                boolean parentApproved = repo.find(c, unit.parentId(), s.year())
                        .map(p -> p.status() == SummaryStatus.APPROVED).orElse(false);
                if (parentApproved) {
                    throw WfedException.conflict("PARENT_APPROVED", "上级单位的工作总结已审核通过，请先退回上级的工作总结",
                            "The parent's summary is approved; return that one first");
                }
            }
            repo.setStatus(c, id, in.version(), SummaryStatus.RETURNED);
            repo.event(c, id, "RETURN", caller.username(), caller.unitId(), in.comment());
            if (locks.isLocked(c, s.unitId(), s.year())) {
                locks.unlock(c, caller, s.unitId(), s.year());
            }
            return s.year();
        });
        lockedFigures.forgetYear(year); // the year's records may change again
        audit.ok(caller, "reporting.summary.return", "rep_summary", id, in.comment());
        return summaries.get(caller, id);
    }

    /** The unit and its children of the year, each with its summary's status. */
    public List<BoardRow> board(Caller caller, long unitId, int year) {
        access.check(caller, ReportingPermissions.READ, unitId);
        Scope scope = orgs.scope(unitId, Period.year(year));
        List<Long> ids = new ArrayList<>();
        ids.add(unitId);
        ids.addAll(scope.children());
        Map<Long, SummaryRow> byUnit = new HashMap<>();
        db.read(c -> repo.ofUnits(c, ids, year)).forEach(s -> byUnit.put(s.unitId(), s));
        Map<Long, String> names = new HashMap<>();
        orgs.children(unitId).forEach(u -> names.put(u.id(), u.name()));
        List<BoardRow> out = new ArrayList<>();
        for (long id : ids) {
            String name = id == unitId ? orgs.get(unitId).name() : names.computeIfAbsent(id, k -> orgs.get(k).name());
            SummaryRow s = byUnit.get(id);
            out.add(new BoardRow(id, name, id == unitId, s == null ? null : s.id(), s == null ? null : s.status(),
                    s == null ? null : s.version(), s == null ? null : s.updatedAt(), summaries.notReviewer(caller, id).isEmpty()));
        }
        return out;
    }

    /**
     * Who reviews a summary: a user holding reporting.approve in the unit's superior unit (core's {@link SuperiorUnit},
     * the direct parent unless configured otherwise); the top unit's own summary (its reviewer is outside wfed) by its
     * own approvers.
     */
    private OrgUnit reviewable(Caller caller, SummaryRow s) {
        access.check(caller, ReportingPermissions.APPROVE, s.unitId());
        summaries.notReviewer(caller, s.unitId()).ifPresent(refusal -> {
            throw refusal;
        });
        return orgs.get(s.unitId());
    }

    /** The children (as the tree stood that year, still existing at its end) without an approved summary, by id, with names. */
    private Map<Long, String> childrenNotApproved(Connection c, SummaryRow s) throws SQLException {
        Period year = Period.year(s.year());
        List<Long> children = orgs.scope(s.unitId(), year).children();
        if (children.isEmpty()) {
            return Map.of();
        }
        Map<Long, SummaryStatus> status = new HashMap<>();
        repo.ofUnits(c, children, s.year()).forEach(r -> status.put(r.unitId(), r.status()));
        Map<Long, String> pending = new java.util.LinkedHashMap<>();
        for (long child : children) {
            if (status.get(child) != SummaryStatus.APPROVED) {
                OrgUnit u = orgs.get(child);
                boolean endedInYear = u.validTo() != null && u.validTo().isBefore(year.to());
                if (!endedInYear) {
                    pending.put(child, u.name());
                }
            }
        }
        return pending;
    }
}
