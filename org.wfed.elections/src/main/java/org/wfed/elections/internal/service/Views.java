package org.wfed.elections.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.core.dto.PersonFacts;
import org.wfed.elections.dto.Candidate;
import org.wfed.elections.dto.Election;
import org.wfed.elections.dto.ElectionDetail;
import org.wfed.elections.dto.PositionView;
import org.wfed.elections.dto.Round;
import org.wfed.elections.dto.Rules;
import org.wfed.elections.dto.Step;
import org.wfed.elections.dto.Tally;
import org.wfed.elections.dto.Verdict;
import org.wfed.elections.internal.rules.Check;
import org.wfed.elections.internal.rules.Quorum;
import org.wfed.elections.internal.rules.RuleSet;
import org.wfed.elections.internal.store.CandidateRow;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.PositionRow;
import org.wfed.elections.internal.store.RoundRow;
import org.wfed.elections.internal.store.TallyRow;

/** Maps loaded rows to the API's records. */
final class Views {

    private Views() {
    }

    static Election election(ElectionRow e, String unitName, LocalDate today) {
        RuleSet r = e.rules();
        Check q = Quorum.check(r, e.votersDue(), e.votersPresent());
        Step next = e.step().next();
        return new Election(e.id(), e.unitId(), unitName, e.title(), e.electionDate(), e.deadline(), e.termYears(), e.step(),
                e.step().zh(), next, next == null ? null : next.zh(), rules(e), e.votersDue(), e.votersPresent(), q.ok(),
                q.explanation(), e.lateOn(today), e.filedOn(), e.version());
    }

    static Rules rules(ElectionRow e) {
        RuleSet r = e.rules();
        return new Rules(r.quorum().text(), r.quorum().zh(), r.winning().text(), r.winning().zh(), r.surplusPercent());
    }

    static ElectionDetail detail(ElectionState s, String unitName, Map<Long, PersonFacts> facts, LocalDate today) {
        List<PositionView> positions = new ArrayList<>();
        for (PositionRow p : s.positions()) {
            positions.add(position(s, p, facts));
        }
        Step next = s.election().step().next();
        Verdict nextCheck = next == null ? new Verdict(true, "流程已全部完成") : StepRules.check(s, next, facts);
        return new ElectionDetail(election(s.election(), unitName, today), positions, s.officials(), s.steps(), nextCheck);
    }

    private static PositionView position(ElectionState s, PositionRow p, Map<Long, PersonFacts> facts) {
        Verdict list = p.kind().atFirstMeeting()
                ? new Verdict(true, p.kind().zh() + "由新一届执委会第一次会议从当选执委中选举产生")
                : verdict(org.wfed.elections.internal.rules.CandidateList.check(s.election().rules(), p.kind().zh(), p.seats(),
                p.competitive(), s.candidatesOf(p.id()).size()));
        List<Candidate> candidates = s.candidatesOf(p.id()).stream()
                .map(c -> candidate(c, facts.get(c.personId()), s.election().electionDate())).toList();
        List<Round> rounds = s.roundsOf(p.id()).stream().map(r -> round(s, r, facts)).toList();
        return new PositionView(p.id(), p.kind(), p.kind().zh(), p.seats(), p.competitive(), list, candidates, rounds,
                s.electedOf(p.id()).size(), s.openSeats(p.id()), s.pendingRevote(p.id()), p.explanation(), p.overridden(),
                p.overrideReason());
    }

    static Candidate candidate(CandidateRow c, PersonFacts f, LocalDate day) {
        String name = f == null ? "（人员" + c.personId() + "）" : f.name();
        // the age she reaches in the election's year (core's rule for what is shown), not her exact age that day
        return new Candidate(c.id(), c.positionId(), c.personId(), name, f == null ? -1 : org.wfed.core.Masks.age(f.birthDate(), day),
                f == null || f.education() == null ? null : f.education().labelZh(),
                f != null && f.education() != null && f.education().isCollegeOrAbove(), f != null && f.partyMember(),
                c.sector(), c.inTwoCommittees(), c.fullTime(), c.elected(), c.votes());
    }

    private static Round round(ElectionState s, RoundRow r, Map<Long, PersonFacts> facts) {
        Map<Long, CandidateRow> byId = s.candidatesById();
        List<Tally> tallies = s.talliesOf(r.id()).stream().map(t -> tally(t, byId, facts)).toList();
        return new Round(r.id(), r.roundNo(), r.seats(), r.votersDue(), r.votersPresent(), r.issued(), r.returned(), r.valid(),
                r.invalid(), r.mode(), r.outcome(), r.explanation(), tallies);
    }

    private static Tally tally(TallyRow t, Map<Long, CandidateRow> byId, Map<Long, PersonFacts> facts) {
        String name = t.writeIn();
        if (t.candidateId() != null) {
            CandidateRow c = byId.get(t.candidateId());
            PersonFacts f = c == null ? null : facts.get(c.personId());
            name = f == null ? "候选人" + t.candidateId() : f.name();
        }
        return new Tally(t.candidateId(), name, t.candidateId() == null, t.yes(), t.no(), t.abstain(), t.elected(), t.tied());
    }

    static Verdict verdict(Check c) {
        return new Verdict(c.ok(), c.explanation());
    }
}
