package org.wfed.elections.internal.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.Validation;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PublicNotice;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.elections.ElectionsError;
import org.wfed.elections.dto.AttendanceInput;
import org.wfed.elections.dto.Candidate;
import org.wfed.elections.dto.CandidateInput;
import org.wfed.elections.dto.Election;
import org.wfed.elections.dto.ElectionDetail;
import org.wfed.elections.dto.ElectionInput;
import org.wfed.elections.dto.OfficialInput;
import org.wfed.elections.dto.PositionInput;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.Step;
import org.wfed.elections.dto.StepInput;
import org.wfed.elections.dto.StepRecord;
import org.wfed.elections.dto.Verdict;
import org.wfed.elections.internal.ElectionsConfig;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.rules.Eligibility;
import org.wfed.elections.internal.rules.RuleSet;
import org.wfed.elections.internal.rules.Share;
import org.wfed.elections.internal.store.CandidateRow;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.ElectionStore;
import org.wfed.elections.internal.store.PositionRow;

/**
 * Runs an election from opening to the first meeting: positions, candidates, officials,
 * attendance and steps, refusing what breaks a rule and auditing every change. Callers have been
 * authorised by the resource (permission and the election's unit).
 */
@Component(service = ElectionService.class, configurationPid = "org.wfed.elections")
@Designate(ocd = ElectionsConfig.class)
public final class ElectionService {

    private final Database db;
    private final ElectionStore store;
    private final OrgService org;
    private final People people;
    private final AuditLog audit;
    private final ElectionsConfig config;
    private final PeriodLocks locks;
    private final AccessControl access;

    @Activate
    public ElectionService(@Reference Database db, @Reference ElectionStore store, @Reference OrgService org,
                           @Reference People people, @Reference AuditLog audit, @Reference PeriodLocks locks,
                           @Reference AccessControl access, ElectionsConfig config) {
        this.db = db;
        this.store = store;
        this.org = org;
        this.people = people;
        this.audit = audit;
        this.config = config;
        this.locks = locks;
        this.access = access;
    }

    public ElectionDetail open(Caller caller, ElectionInput in) {
        Validation.checkUnitExisted("electionDate", org.get(in.unitId()), in.electionDate());
        RuleSet rules = rules(in);
        int term = in.termYears() == null ? config.termYears() : in.termYears();
        long id = db.write(c -> {
            checkOpen(c, in.unitId(), in.electionDate());
            checkTerm(c, caller, in);
            long eid = store.insertElection(c, in.unitId(), in.title(), in.electionDate(), in.deadline(), term,
                    rules.quorum().text(), rules.winning().text(), rules.surplusPercent());
            for (PositionInput p : in.positions()) {
                store.insertPosition(c, eid, p.kind(), p.seats(), p.competitive());
            }
            store.insertStep(c, eid, Step.PREPARATION, LocalDate.now(), in.responsible(), null, caller.userId());
            return eid;
        });
        audit.ok(caller, "elections.open", "election", id, in.title());
        return detail(id);
    }

    /**
     * A unit holds one 换届 per term: a second one before the last committee's term ends needs a stated reason
     * (提前换届, e.g. the committee can no longer work), which the audit log keeps.
     */
    private void checkTerm(java.sql.Connection c, Caller caller, ElectionInput in) throws java.sql.SQLException {
        java.util.Optional<org.wfed.elections.internal.store.ElectionRow> last = store.ofUnits(c, List.of(in.unitId())).stream().findFirst();
        if (last.isEmpty() || in.electionDate().isAfter(last.get().termTo())) {
            return;
        }
        org.wfed.elections.internal.store.ElectionRow e = last.get();
        if (in.earlyReason() == null || in.earlyReason().isBlank()) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("earlyReason", "WITHIN_TERM",
                    "本单位上一次换届（" + e.electionDate() + "，任期至" + e.termTo() + "）尚在任期内；确需提前换届，请填写理由")));
        }
        audit.ok(c, caller, "elections.open.early", "unit", in.unitId(), "上次换届 " + e.electionDate() + "：" + in.earlyReason().trim());
    }

    private RuleSet rules(ElectionInput in) {
        String quorum = in.rules() != null && in.rules().quorumShare() != null ? in.rules().quorumShare() : config.quorumShare();
        String winning = in.rules() != null && in.rules().winningShare() != null ? in.rules().winningShare() : config.winningShare();
        int surplus = in.rules() != null && in.rules().surplusPercent() != null ? in.rules().surplusPercent() : config.surplusPercent();
        try {
            return new RuleSet(Share.parse(quorum), Share.parse(winning), surplus);
        } catch (IllegalArgumentException e) {
            throw WfedException.invalid(ElectionsError.INVALID_RULES.name(), "选举办法设置有误：比例应写作“>1/2”或“>=2/3”，差额比例为0到200之间的整数",
                    "Invalid rules: " + e.getMessage());
        }
    }

    public long unitOf(long electionId) {
        return db.read(c -> store.get(c, electionId).unitId());
    }

    public ElectionDetail detail(long id) {
        ElectionState s = db.read(c -> store.load(c, id));
        return Views.detail(s, org.get(s.election().unitId()).name(), facts(s), LocalDate.now());
    }

    /** Elections of every unit at or below {@code root}, newest first. */
    public List<Election> list(long root) {
        LocalDate today = LocalDate.now();
        List<Long> units = new ArrayList<>(org.scope(root, new Period(today, today)).unitIds());
        List<ElectionRow> rows = db.read(c -> store.ofUnits(c, units));
        return rows.stream().map(e -> Views.election(e, org.get(e.unitId()).name(), today)).toList();
    }

    public ElectionDetail attendance(Caller caller, long id, AttendanceInput in) {
        db.write(c -> {
            ElectionRow e = store.get(c, id);
            if (e.step().reached(Step.CONGRESS)) {
                throw WfedException.conflict(ElectionsError.STEP_PASSED.name(), "大会已召开，应到、实到人数不能再修改", "The congress has been held");
            }
            store.setAttendance(c, e, in.votersDue(), in.votersPresent(), in.version() == null ? e.version() : in.version());
            return null;
        });
        audit.ok(caller, "elections.attendance", "election", id, "应到" + in.votersDue() + " 实到" + in.votersPresent());
        return detail(id);
    }

    public Candidate addCandidate(Caller caller, long id, CandidateInput in) {
        PersonFacts person = visiblePerson(caller, in.personId());
        CandidateRow added = db.write(c -> {
            ElectionState s = store.load(c, id);
            PositionRow p = s.position(in.positionId());
            checkListOpen(s, p);
            List<String> reasons = refusals(s, p, in.personId(), person);
            if (!reasons.isEmpty()) {
                throw WfedException.conflict(ElectionsError.NOT_ELIGIBLE.name(), "资格审查未通过：" + String.join("；", reasons),
                        "The candidate is not eligible");
            }
            store.touch(c, s.election());
            long cid = store.insertCandidate(c, p.id(), in.personId(), in.sector(), in.inTwoCommittees(), in.fullTime());
            return new CandidateRow(cid, p.id(), in.personId(), in.sector(), in.inTwoCommittees(), in.fullTime(), false, 0);
        });
        audit.ok(caller, "elections.candidate.add", "election", id, "候选人 " + added.id() + " 人员 " + in.personId());
        return Views.candidate(added, person, db.read(c -> store.get(c, id)).electionDate());
    }

    public void removeCandidate(Caller caller, long id, long candidateId) {
        db.write(c -> {
            ElectionState s = store.load(c, id);
            CandidateRow cand = s.candidatesById().get(candidateId);
            if (cand == null) {
                throw WfedException.notFound("候选人 " + candidateId);
            }
            PositionRow p = s.position(cand.positionId());
            if (!s.roundsOf(p.id()).isEmpty() || (!p.kind().atFirstMeeting() && s.election().step().reached(Step.CANDIDATES_APPROVED))) {
                throw WfedException.conflict(ElectionsError.LIST_CLOSED.name(), "候选人名单已确定或已投票，不能再删除候选人", "The list is closed");
            }
            store.touch(c, s.election());
            store.deleteCandidate(c, candidateId);
            return null;
        });
        audit.ok(caller, "elections.candidate.remove", "election", id, "候选人 " + candidateId);
    }

    public ElectionDetail addOfficial(Caller caller, long id, OfficialInput in) {
        if (in.personId() != null) {
            visiblePerson(caller, in.personId());
        }
        db.write(c -> {
            ElectionState s = store.load(c, id);
            if (s.election().step().reached(Step.CONGRESS)) {
                throw WfedException.conflict(ElectionsError.STEP_PASSED.name(), "大会已召开，不能再变更监票人、计票人", "The congress has been held");
            }
            Map<Long, PersonFacts> facts = facts(s);
            boolean isCandidate = s.candidates().stream().map(x -> facts.get(x.personId())).anyMatch(f -> f != null
                    && (in.personId() != null ? f.id() == in.personId() : f.name().equals(in.name())));
            if (isCandidate) {
                throw WfedException.conflict(ElectionsError.CANDIDATE_AS_OFFICIAL.name(), in.name() + "是本次选举的候选人，不能担任" + in.role().zh(),
                        "A candidate cannot be a scrutineer or counter");
            }
            store.touch(c, s.election());
            return store.insertOfficial(c, id, in.role(), in.name(), in.personId());
        });
        audit.ok(caller, "elections.official.add", "election", id, in.role().zh() + " " + in.name());
        return detail(id);
    }

    public void removeOfficial(Caller caller, long id, long officialId) {
        db.write(c -> {
            ElectionRow e = store.get(c, id);
            if (e.step().reached(Step.CONGRESS)) {
                throw WfedException.conflict(ElectionsError.STEP_PASSED.name(), "大会已召开，不能再变更监票人、计票人", "The congress has been held");
            }
            store.touch(c, e);
            store.deleteOfficial(c, id, officialId);
            return null;
        });
        audit.ok(caller, "elections.official.remove", "election", id, "监票/计票人 " + officialId);
    }

    /** Records a step after checking its rules; 409 with the reasons when it breaks one. */
    public ElectionDetail advance(Caller caller, long id, StepInput in) {
        db.write(c -> {
            ElectionState s = store.load(c, id);
            checkStepDate(s, in.step(), in.date());
            Verdict v = StepRules.check(s, in.step(), facts(s));
            if (!v.ok()) {
                throw WfedException.conflict(ElectionsError.STEP_REFUSED.name(), "不能记录“" + in.step().zh() + "”：" + v.explanation(),
                        "Step " + in.step() + " refused");
            }
            checkOpen(c, s.election().unitId(), in.date());
            store.setStep(c, s.election(), in.step(), in.version() == null ? s.election().version() : in.version());
            store.insertStep(c, id, in.step(), in.date(), in.responsible(), in.documents(), caller.userId());
            return null;
        });
        audit.ok(caller, "elections.step", "election", id, in.step().name());
        return detail(id);
    }

    /** The person, if registered in the caller's subtree; 404 otherwise, so that ids tell nothing. */
    /** 409 when the position's candidate list is closed at the election's step. */
    static void checkListOpen(ElectionState s, PositionRow p) {
        Step step = s.election().step();
        if (p.kind().atFirstMeeting() ? step.reached(Step.FIRST_MEETING) : step.reached(Step.CANDIDATES_APPROVED)) {
            throw WfedException.conflict(ElectionsError.LIST_CLOSED.name(), p.kind().zh() + "候选人名单已确定，不能再增加候选人",
                    "The candidate list is closed");
        }
    }

    /** Why the person cannot be nominated for the position (资格审查), empty when she can. */
    static List<String> refusals(ElectionState s, PositionRow p, long personId, PersonFacts person) {
        boolean listed = s.candidatesOf(p.id()).stream().anyMatch(o -> o.personId() == personId);
        List<String> reasons = new ArrayList<>(Eligibility.reasons(person, s.election().electionDate(),
                StepRules.isOfficial(s, person), listed));
        if (p.kind().atFirstMeeting() && s.electedExecutives().stream().noneMatch(x -> x.personId() == personId)) {
            reasons.add(person.name() + "不是新当选的执委，" + p.kind().zh() + "应从当选执委中产生");
        }
        return reasons;
    }

    /** The importer of a candidate list for one position of the election (候选人名单导入); the caller is authorised. */
    public CandidateImporter candidateImporter(long electionId, long positionId) {
        return new CandidateImporter(electionId, positionId, store, people, access, audit);
    }

    private PersonFacts visiblePerson(Caller caller, long personId) {
        PersonFacts person = people.one(personId);
        if (!access.canSee(caller, person.unitId())) {
            throw WfedException.notFound("人员 " + personId);
        }
        return person;
    }

    Map<Long, PersonFacts> facts(ElectionState s) {
        List<Long> ids = new ArrayList<>(s.candidates().stream().map(CandidateRow::personId).toList());
        s.officials().stream().filter(o -> o.personId() != null).forEach(o -> ids.add(o.personId()));
        return people.facts(ids);
    }

    /**
     * A step's date: not in the future, not before the step it follows (the review order cannot be passed
     * by a date in the past), and from the congress on not before the election day the candidates were
     * vetted for (18 on that day).
     */
    static void checkStepDate(ElectionState s, Step step, LocalDate date) {
        new org.wfed.core.Validation().notInFuture("date", date).check();
        if (!s.steps().isEmpty()) {
            StepRecord last = s.steps().get(s.steps().size() - 1);
            PublicNotice.checkNotBefore("date", date, last.doneOn(), "上一步“" + last.stepZh() + "”的日期");
        }
        if (step.reached(Step.CONGRESS)) {
            PublicNotice.checkNotBefore("date", date, s.election().electionDate(), "选举日期");
        }
    }

    /** 409 when the unit's year of {@code day} is locked by an approved annual summary. */
    void checkOpen(Connection c, long unitId, LocalDate day) throws SQLException {
        locks.checkOpen(c, unitId, day);
    }

}
