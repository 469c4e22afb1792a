package org.wfed.elections.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.elections.ElectionsError;
import org.wfed.elections.dto.BallotInput;
import org.wfed.elections.dto.ElectionDetail;
import org.wfed.elections.dto.OverrideInput;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.RoundInput;
import org.wfed.elections.dto.RoundOutcome;
import org.wfed.elections.dto.Step;
import org.wfed.elections.dto.TallyInput;
import org.wfed.elections.dto.WriteInInput;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.rules.Ballot;
import org.wfed.elections.internal.rules.BallotCounter;
import org.wfed.elections.internal.rules.Check;
import org.wfed.elections.internal.rules.Contender;
import org.wfed.elections.internal.rules.ElectionDecision;
import org.wfed.elections.internal.rules.Mark;
import org.wfed.elections.internal.rules.Outcome;
import org.wfed.elections.internal.rules.Quorum;
import org.wfed.elections.internal.rules.RoundCount;
import org.wfed.elections.internal.rules.Tally;
import org.wfed.elections.internal.rules.Votes;
import org.wfed.elections.internal.store.CandidateRow;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.ElectionStore;
import org.wfed.elections.internal.store.PositionRow;
import org.wfed.elections.internal.store.RoundRow;
import org.wfed.elections.internal.store.TallyRow;

/**
 * Enters the count of a round (计票) ballot by ballot or from the counting sheet, lets the rule
 * engine decide and explain, and records overrides with their reason.
 */
@Component(service = CountingService.class)
public final class CountingService {

    private final Database db;
    private final ElectionStore store;
    private final People people;
    private final AuditLog audit;
    private final ElectionService elections;

    @Activate
    public CountingService(@Reference Database db, @Reference ElectionStore store, @Reference People people,
                           @Reference AuditLog audit, @Reference ElectionService elections) {
        this.db = db;
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.elections = elections;
    }

    public ElectionDetail enterRound(Caller caller, long id, long positionId, RoundInput in) {
        RoundRow saved = db.write(c -> {
            ElectionState s = store.load(c, id);
            PositionRow p = s.position(positionId);
            checkStep(s.election(), p);
            elections.checkOpen(c, s.election().unitId(), s.election().electionDate());
            int remaining = s.openSeats(p.id());
            if (remaining <= 0) {
                throw WfedException.conflict(ElectionsError.SEATS_FILLED.name(), p.kind().zh() + "应选名额已全部选出，不需要再投票", "All seats are filled");
            }
            List<Long> revote = s.pendingRevote(p.id());
            List<CandidateRow> running = s.candidatesOf(p.id()).stream()
                    .filter(x -> !x.elected() && (revote.isEmpty() || revote.contains(x.id()))).toList();
            if (running.isEmpty()) {
                throw WfedException.conflict(ElectionsError.NO_CANDIDATES.name(), p.kind().zh() + "没有可投票的候选人", "No candidates to vote on");
            }
            int due = in.votersDue() != null ? in.votersDue() : defaultDue(s, p);
            int present = in.votersPresent() != null ? in.votersPresent() : defaultPresent(s, p);
            Check quorum = Quorum.check(s.election().rules(), due, present);
            if (!quorum.ok()) {
                throw WfedException.conflict(ElectionsError.QUORUM_NOT_MET.name(), quorum.explanation(), "Quorum not met");
            }
            if (in.issued() > present) {
                throw WfedException.invalid(ElectionsError.ISSUED_MORE_THAN_PRESENT.name(), "发出选票" + in.issued() + "张，多于实到人数" + present + "人",
                        "More ballots issued than voters present");
            }
            Tally tally = in.byBallots() ? countBallots(remaining, running, in.ballots()) : tallies(remaining, running, in);
            long returned = in.byBallots() ? in.ballots().size() : in.returned();
            RoundCount count = new RoundCount(in.issued(), returned, tally.valid(), tally.invalid());
            Check validity = count.validity();
            int roundNo = s.roundsOf(p.id()).size() + 1;
            String mode = in.byBallots() ? "BALLOTS" : "TALLY";
            store.touch(c, s.election());
            Map<Long, PersonFacts> facts = people.facts(running.stream().map(CandidateRow::personId).toList());
            List<Contender> contenders = contenders(running, tally, facts);
            if (!validity.ok()) {
                RoundRow r = new RoundRow(0, p.id(), roundNo, remaining, due, present, in.issued(), returned, tally.valid(),
                        tally.invalid(), mode, RoundOutcome.VOID, "第" + roundNo + "轮：" + quorum.explanation() + "。\n"
                        + validity.explanation());
                long rid = store.insertRound(c, r, caller.userId());
                saveTallies(c, rid, tally, Set.of(), Set.of());
                return withId(r, rid);
            }
            Outcome o = ElectionDecision.decide(s.election().rules(), remaining, due, contenders);
            List<String> lines = new ArrayList<>();
            lines.add("第" + roundNo + "轮：" + quorum.explanation());
            lines.add(validity.explanation());
            lines.addAll(o.explanation());
            for (String key : o.elected()) {
                if (key.startsWith("w:")) {
                    lines.add("另选人" + key.substring(2) + "当选，请将其登记到人员库并列为候选人后，通过“改判”确认当选");
                }
            }
            RoundRow r = new RoundRow(0, p.id(), roundNo, remaining, due, present, in.issued(), returned, tally.valid(),
                    tally.invalid(), mode, RoundOutcome.VALID, String.join("\n", lines));
            long rid = store.insertRound(c, r, caller.userId());
            saveTallies(c, rid, tally, Set.copyOf(o.elected()), Set.copyOf(o.tied()));
            for (String key : o.elected()) {
                if (!key.startsWith("w:")) {
                    long cid = Long.parseLong(key);
                    store.setElected(c, cid, true, tally.candidates().get(key).yes());
                }
            }
            return withId(r, rid);
        });
        audit.ok(caller, "elections.round.count", "election", id, "职位 " + positionId + " 第" + saved.roundNo() + "轮 "
                + saved.outcome());
        return elections.detail(id);
    }

    private static RoundRow withId(RoundRow r, long id) {
        return new RoundRow(id, r.positionId(), r.roundNo(), r.seats(), r.votersDue(), r.votersPresent(), r.issued(), r.returned(),
                r.valid(), r.invalid(), r.mode(), r.outcome(), r.explanation());
    }

    private static void checkStep(ElectionRow e, PositionRow p) {
        Step step = e.step();
        boolean ok = switch (p.kind()) {
            case DELEGATE -> step.reached(Step.CANDIDATES_APPROVED) && !step.reached(Step.CONGRESS);
            case EXECUTIVE -> step.reached(Step.CONGRESS) && !step.reached(Step.COUNTED);
            default -> step.reached(Step.RESULT_PUBLISHED) && !step.reached(Step.FIRST_MEETING);
        };
        if (!ok) {
            String when = switch (p.kind()) {
                case DELEGATE -> "确定候选人名单之后、召开大会之前";
                case EXECUTIVE -> "召开大会之后、计票完成之前";
                default -> "公布选举结果之后、执委会第一次会议记录之前";
            };
            throw WfedException.conflict(ElectionsError.STEP_ORDER.name(), p.kind().zh() + "的计票应在" + when + "录入，当前处于“" + step.zh() + "”",
                    "Counting is not open for this position at step " + step);
        }
    }

    private static int defaultDue(ElectionState s, PositionRow p) {
        if (p.kind().atFirstMeeting()) {
            return s.electedExecutives().size();
        }
        if (p.kind() == PositionKind.DELEGATE) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("votersDue", "REQUIRED", "代表选举须填写应到人数")));
        }
        return s.election().votersDue();
    }

    private static int defaultPresent(ElectionState s, PositionRow p) {
        if (p.kind().atFirstMeeting() || p.kind() == PositionKind.DELEGATE) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("votersPresent", "REQUIRED", "须填写实到人数")));
        }
        return s.election().votersPresent();
    }

    private static Tally countBallots(int seats, List<CandidateRow> running, List<BallotInput> ballots) {
        List<String> keys = running.stream().map(x -> String.valueOf(x.id())).toList();
        List<Ballot> papers = new ArrayList<>();
        for (BallotInput b : ballots) {
            Map<String, Mark> marks = new HashMap<>();
            if (b.marks() != null) {
                for (Map.Entry<String, String> m : b.marks().entrySet()) {
                    marks.put(m.getKey(), mark(m.getValue()));
                }
            }
            papers.add(new Ballot(marks, b.writeIns()));
        }
        return BallotCounter.count(seats, keys, papers);
    }

    private static Mark mark(String text) {
        try {
            return text == null ? Mark.ABSTAIN : Mark.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw WfedException.invalid(ElectionsError.INVALID_MARK.name(), "选票标记“" + text + "”无法识别，应为赞成（YES）、反对（NO）或弃权（ABSTAIN）",
                    "Unknown mark " + text);
        }
    }

    /** The counting sheet as entered; refuses figures that cannot be true (400). */
    private static Tally tallies(int seats, List<CandidateRow> running, RoundInput in) {
        Map<String, Votes> votes = new LinkedHashMap<>();
        running.forEach(x -> votes.put(String.valueOf(x.id()), Votes.NONE));
        long totalYes = 0;
        for (TallyInput t : in.tallies()) {
            String key = String.valueOf(t.candidateId());
            if (!votes.containsKey(key)) {
                throw WfedException.invalid(ElectionsError.NOT_RUNNING.name(), "候选人" + t.candidateId() + "不在本轮投票的候选人名单中",
                        "Candidate " + t.candidateId() + " is not on this round's list");
            }
            if (t.yes() + t.no() + t.abstain() > in.valid()) {
                throw WfedException.invalid(ElectionsError.VOTES_EXCEED_VALID.name(), "候选人" + t.candidateId() + "的赞成、反对、弃权票之和超过有效票数" + in.valid(),
                        "A candidate has more votes than valid ballots");
            }
            votes.put(key, new Votes(t.yes(), t.no(), t.abstain()));
            totalYes += t.yes();
        }
        Map<String, Long> writeIns = new LinkedHashMap<>();
        for (WriteInInput w : in.writeIns()) {
            writeIns.merge(w.name(), w.yes(), Long::sum);
            totalYes += w.yes();
        }
        if (totalYes > in.valid() * seats) {
            throw WfedException.invalid(ElectionsError.YES_EXCEED_SEATS.name(), "赞成票总数" + totalYes + "超过有效票数×应选名额（" + in.valid() * seats + "），计票单有误",
                    "More yes votes than valid ballots times seats");
        }
        return new Tally(in.valid(), in.invalid(), votes, writeIns);
    }

    private static List<Contender> contenders(List<CandidateRow> running, Tally tally, Map<Long, PersonFacts> facts) {
        List<Contender> out = new ArrayList<>();
        for (CandidateRow x : running) {
            PersonFacts f = facts.get(x.personId());
            out.add(new Contender(String.valueOf(x.id()), f == null ? "候选人" + x.id() : f.name(),
                    tally.candidates().get(String.valueOf(x.id())).yes(), false));
        }
        tally.writeIns().forEach((name, yes) -> out.add(new Contender("w:" + name, name, yes, true)));
        return out;
    }

    private void saveTallies(java.sql.Connection c, long roundId, Tally tally, Set<String> elected, Set<String> tied)
            throws java.sql.SQLException {
        for (Map.Entry<String, Votes> e : tally.candidates().entrySet()) {
            Votes v = e.getValue();
            store.insertTally(c, new TallyRow(roundId, Long.parseLong(e.getKey()), null, v.yes(), v.no(), v.abstain(),
                    elected.contains(e.getKey()), tied.contains(e.getKey())));
        }
        for (Map.Entry<String, Long> w : tally.writeIns().entrySet()) {
            String key = "w:" + w.getKey();
            store.insertTally(c, new TallyRow(roundId, null, w.getKey(), w.getValue(), 0, 0, elected.contains(key), tied.contains(key)));
        }
    }

    /** Sets who is elected for a position against the count, with a reason (改判, e.g. 鼓掌通过); audited. */
    public ElectionDetail override(Caller caller, long id, long positionId, OverrideInput in) {
        db.write(c -> {
            ElectionState s = store.load(c, id);
            PositionRow p = s.position(positionId);
            if (s.election().step().reached(Step.FILED)) {
                throw WfedException.conflict(ElectionsError.FILED.name(), "已批复备案的选举结果不能改判", "Filed results cannot be overridden");
            }
            elections.checkOpen(c, s.election().unitId(), s.election().electionDate());
            Map<Long, CandidateRow> byId = s.candidatesById();
            for (Long cid : in.candidateIds()) {
                CandidateRow x = byId.get(cid);
                if (x == null || x.positionId() != p.id()) {
                    throw WfedException.invalid(ElectionsError.NOT_A_CANDIDATE.name(), "人员（候选人编号" + cid + "）不是" + p.kind().zh() + "的候选人",
                            "Not a candidate of this position");
                }
            }
            if (in.candidateIds().stream().distinct().count() > p.seats()) {
                throw WfedException.invalid(ElectionsError.TOO_MANY.name(), "改判当选人数不能超过应选名额" + p.seats() + "名", "More elected than seats");
            }
            store.touch(c, s.election());
            for (CandidateRow x : s.candidatesOf(p.id())) {
                store.setElected(c, x.id(), in.candidateIds().contains(x.id()), x.votes());
            }
            Map<Long, PersonFacts> facts = people.facts(s.candidatesOf(p.id()).stream().map(CandidateRow::personId).toList());
            List<String> names = in.candidateIds().stream().map(byId::get).map(x -> facts.get(x.personId()))
                    .map(f -> f == null ? "?" : f.name()).toList();
            String text = "改判：由" + caller.displayName() + "确定" + p.kind().zh() + "当选人为" + (names.isEmpty() ? "（无）" : String.join("、", names))
                    + "，理由：" + in.reason();
            store.setOverride(c, p.id(), text, in.reason());
            return null;
        });
        audit.ok(caller, "elections.override", "election", id, "职位 " + positionId + "：" + in.reason());
        return elections.detail(id);
    }
}
