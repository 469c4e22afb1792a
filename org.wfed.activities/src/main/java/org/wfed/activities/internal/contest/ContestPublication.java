package org.wfed.activities.internal.contest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.CommendInput;
import org.wfed.activities.dto.Contest;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.ContestType;
import org.wfed.activities.dto.NoticeInput;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.activities.dto.Objection;
import org.wfed.activities.dto.ObjectionInput;
import org.wfed.core.dto.ObjectionResolution;
import org.wfed.activities.dto.RankedNominee;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PublicNotice;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.WfedException;

/**
 * From the ranking to the honour list: public notice (公示) with its computed end, objections (异议) lodged and
 * resolved, the result confirmed (结果确定, refused while an objection is open or before the notice has run),
 * and the commendation (表彰) with certificate numbers.
 */
@Component(service = ContestPublication.class)
public final class ContestPublication {
    private final Database db;
    private final ContestService contests;
    private final ContestPanel panel;
    private final ContestTypes types;
    private final OrgService orgs;
    private final AuditLog audit;
    private final PeriodLocks locks;
    private final NoticeDays noticeDays;
    private final CertificateNumbers certificates;

    @Activate
    public ContestPublication(@Reference ActivitiesSchema schema, @Reference ContestService contests,
                              @Reference ContestPanel panel, @Reference ContestTypes types, @Reference OrgService orgs,
                              @Reference AuditLog audit, @Reference PeriodLocks locks, @Reference NoticeDays noticeDays,
                              org.osgi.framework.BundleContext context) {
        this.db = schema.db();
        this.certificates = new CertificateNumbers(org.wfed.core.SettingSources.of(context, "configured", null,
                CertificateNumbers.SETTING).stream().findFirst().map(org.wfed.core.SettingSources.Source::value).orElse(null));
        this.contests = contests;
        this.panel = panel;
        this.types = types;
        this.orgs = orgs;
        this.audit = audit;
        this.locks = locks;
        this.noticeDays = noticeDays;
    }

    public Contest startNotice(Caller caller, long contestId, NoticeInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.MANAGE);
            ContestService.requireStatus(contest, ContestStatus.REVIEWING, "发布公示");
            ContestType type = types.get(c, contest.typeId());
            List<RankedNominee> ranking = panel.ranking(c, contest);
            List<Long> chosen = new ArrayList<>(in.nomineeIds());
            if (chosen.isEmpty()) {
                for (RankedNominee r : ranking) {
                    if (contest.quota() == 0 || chosen.size() < contest.quota()) {
                        chosen.add(r.nomineeId());
                    }
                }
            }
            Set<Long> eligible = new HashSet<>();
            ranking.forEach(r -> eligible.add(r.nomineeId()));
            for (Long id : chosen) {
                if (!eligible.contains(id)) {
                    throw WfedException.invalid("NOT_ELIGIBLE", "所选对象（编号" + id + "）未通过资格审查或不属于本次评选",
                            "A chosen nominee is not eligible");
                }
            }
            if (chosen.isEmpty()) {
                throw WfedException.invalid("NOTHING_CHOSEN", "请选择拟表彰对象", "Choose the nominees to commend");
            }
            if (contest.quota() > 0 && new HashSet<>(chosen).size() > contest.quota()) {
                throw WfedException.conflict("OVER_QUOTA", "拟表彰" + chosen.size() + "名，超过名额" + contest.quota() + "名",
                        "More nominees chosen than the quota");
            }
            // the notice announces the choice made now: it cannot have started before (issue 22: no backdating)
            PublicNotice.checkStart("startOn", in.startOn(), LocalDate.now());
            locks.checkOpen(c, contest.unitId(), in.startOn());
            LocalDate end = noticeDays.end(type, in.startOn());
            Jdbc.update(c, "UPDATE act_nominee SET status = ?, version = version + 1 WHERE contest_id = ? AND status = ?",
                    NomineeStatus.NOT_SELECTED, contestId, NomineeStatus.ELIGIBLE);
            for (Long id : new HashSet<>(chosen)) {
                Jdbc.update(c, "UPDATE act_nominee SET status = ?, version = version + 1 WHERE id = ?", NomineeStatus.SELECTED, id);
            }
            Jdbc.updateVersioned(c, "act_contest", contestId, "UPDATE act_contest SET status = ?, notice_start = ?, "
                    + "notice_end = ?, version = version + 1 WHERE id = ? AND version = ?", ContestStatus.NOTICE,
                    in.startOn(), end, contestId, in.version());
            audit.ok(c, caller, "activities.contest.notice", "contest", contestId, in.startOn() + ".." + end);
            return contests.view(c, ContestStore.contest(c, contestId));
        });
    }

    public Objection lodge(Caller caller, long contestId, ObjectionInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.MANAGE);
            ContestService.requireStatus(contest, ContestStatus.NOTICE, "登记异议");
            PublicNotice.checkNotBefore("lodgedOn", in.lodgedOn(), contest.noticeStart(), "公示开始日期");
            Nominee n = ContestStore.nominee(c, contestId, in.nomineeId());
            if (n.status() != NomineeStatus.SELECTED) {
                throw WfedException.invalid("NOT_ON_NOTICE", "“" + n.name() + "”不在公示名单中", "The nominee is not on the notice");
            }
            long id = Jdbc.insert(c, "INSERT INTO act_objection (contest_id, nominee_id, lodged_on, lodged_by, content, status) "
                    + "VALUES (?, ?, ?, ?, ?, 'OPEN')", contestId, n.id(), in.lodgedOn(), in.lodgedBy(), in.content());
            audit.ok(c, caller, "activities.objection.create", "objection", id, "nominee " + n.id());
            return ContestStore.objection(c, contestId, id);
        });
    }

    public List<Objection> objections(Caller caller, long contestId) {
        return db.read(c -> {
            contests.readable(c, caller, contestId);
            return ContestStore.objections(c, contestId);
        });
    }

    public Objection resolve(Caller caller, long contestId, long objectionId, ObjectionResolution in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.APPROVE);
            ContestService.requireStatus(contest, ContestStatus.NOTICE, "处理异议");
            Objection o = ContestStore.objection(c, contestId, objectionId);
            PublicNotice.checkResolvable(o.open(), o.lodgedOn(), in.resolvedOn());
            Jdbc.updateVersioned(c, "act_objection", objectionId, "UPDATE act_objection SET status = 'RESOLVED', upheld = ?, "
                    + "resolution = ?, resolved_on = ?, version = version + 1 WHERE id = ? AND version = ?",
                    in.upheld(), in.resolution(), in.resolvedOn(), objectionId, in.version());
            if (in.upheld()) {
                Jdbc.update(c, "UPDATE act_nominee SET status = ?, version = version + 1 WHERE id = ?",
                        NomineeStatus.REMOVED, o.nomineeId());
            }
            audit.ok(c, caller, "activities.objection.resolve", "objection", objectionId, in.upheld() ? "upheld" : "dismissed");
            return ContestStore.objection(c, contestId, objectionId);
        });
    }

    public Contest finalise(Caller caller, long contestId, int version) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.APPROVE);
            ContestService.requireStatus(contest, ContestStatus.NOTICE, "确定评选结果");
            long open = Jdbc.number(c, "SELECT COUNT(*) FROM act_objection WHERE contest_id = ? AND status = 'OPEN'", contestId);
            PublicNotice.checkNoOpenObjections("确定评选结果", open);
            LocalDate today = LocalDate.now();
            PublicNotice.checkEnded("确定评选结果", today, contest.noticeEnd());
            Jdbc.updateVersioned(c, "act_contest", contestId, "UPDATE act_contest SET status = ?, finalised_on = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", ContestStatus.FINALISED, today, contestId, version);
            audit.ok(c, caller, "activities.contest.finalise", "contest", contestId, null);
            return contests.view(c, ContestStore.contest(c, contestId));
        });
    }

    public Contest commend(Caller caller, long contestId, CommendInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.APPROVE);
            ContestService.requireStatus(contest, ContestStatus.FINALISED, "表彰");
            PublicNotice.checkEnded("表彰", in.commendedOn(), contest.noticeEnd());
            PublicNotice.checkNotBefore("commendedOn", in.commendedOn(), contest.finalisedOn(), "评选结果确定日期");
            locks.checkOpen(c, contest.unitId(), in.commendedOn());
            ContestType type = types.get(c, contest.typeId());
            // a prefix the user gives is followed by the sequence; else the readable pattern (CertificateNumbers)
            String prefix = in.certificatePrefix() == null || in.certificatePrefix().isBlank() ? null : in.certificatePrefix().trim();
            String unitName = orgs.get(contest.unitId()).name();
            var level = Levels.of(orgs.get(contest.unitId()).kind());
            int seq = 0;
            for (RankedNominee r : panel.ranking(c, contest)) {
                if (r.status() == NomineeStatus.SELECTED) {
                    seq++;
                    Jdbc.update(c, "UPDATE act_nominee SET status = ?, certificate_no = ?, honour_level = ?, "
                            + "version = version + 1 WHERE id = ?", NomineeStatus.COMMENDED,
                            prefix != null ? prefix + String.format("%03d", seq)
                                    : certificates.number(unitName, contest.contestYear(), type.name(), seq), level, r.nomineeId());
                }
            }
            Jdbc.updateVersioned(c, "act_contest", contestId, "UPDATE act_contest SET status = ?, commended_on = ?, "
                    + "document_no = ?, version = version + 1 WHERE id = ? AND version = ?", ContestStatus.COMMENDED,
                    in.commendedOn(), in.documentNo(), contestId, in.version());
            audit.ok(c, caller, "activities.contest.commend", "contest", contestId, seq + " commended");
            return contests.view(c, ContestStore.contest(c, contestId));
        });
    }
}
