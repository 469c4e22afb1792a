package org.wfed.elections.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.LeaderInput;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Position;
import org.wfed.core.dto.Sex;
import org.wfed.elections.dto.Official;
import org.wfed.elections.dto.OfficialRole;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.RoundOutcome;
import org.wfed.elections.dto.Step;
import org.wfed.elections.dto.Verdict;
import org.wfed.elections.internal.store.CandidateRow;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.PositionRow;
import org.wfed.elections.internal.store.RoundRow;
import org.wfed.elections.internal.store.TallyRow;

/** What each step of 换届 requires, and who is seated when the parent approves. */
class StepRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 20);
    private static final PositionRow EXEC = new PositionRow(10, 1, PositionKind.EXECUTIVE, 2, true, null, false, null);
    private static final PositionRow CHAIR = new PositionRow(11, 1, PositionKind.CHAIR, 1, false, null, false, null);

    private static ElectionRow election(Step step, int due, int present) {
        return new ElectionRow(1, 5, "换届", DAY, null, 5, step, ">1/2", ">1/2", 20, due, present, null, 0);
    }

    private static CandidateRow cand(long id, long positionId, long personId, boolean elected) {
        return new CandidateRow(id, positionId, personId, "教师", id == 1, false, elected, elected ? 9 : 0);
    }

    private static PersonFacts woman(long id) {
        return new PersonFacts(id, 5, "候选人" + id, Sex.F, LocalDate.of(1985, 1, 1), Education.COLLEGE, false, null, false);
    }

    @Test
    void stepOutOfOrderIsRefusedNamingTheNextStep() {
        ElectionState s = new ElectionState(election(Step.PREPARATION, 0, 0), List.of(EXEC), List.of(), List.of(), List.of(), List.of(), List.of());
        Verdict v = StepRules.check(s, Step.CONGRESS, Map.of());
        assertFalse(v.ok());
        assertTrue(v.explanation().contains("下一步应为“同级党组织批复换届请示”"), v.explanation());
    }

    @Test
    void congressNeedsQuorumScrutineerAndCounter() {
        ElectionState s = new ElectionState(election(Step.CANDIDATES_APPROVED, 20, 10), List.of(EXEC), List.of(), List.of(),
                List.of(), List.of(), List.of());
        Verdict v = StepRules.check(s, Step.CONGRESS, Map.of());
        assertFalse(v.ok());
        assertTrue(v.explanation().contains("不足法定人数") && v.explanation().contains("尚未确定监票人")
                && v.explanation().contains("尚未确定计票人"), v.explanation());
        ElectionState ok = new ElectionState(election(Step.CANDIDATES_APPROVED, 20, 11), List.of(EXEC), List.of(),
                List.of(new Official(1, OfficialRole.SCRUTINEER, "监票人", "甲", null), new Official(2, OfficialRole.COUNTER, "计票人", "乙", null)),
                List.of(), List.of(), List.of());
        assertTrue(StepRules.check(ok, Step.CONGRESS, Map.of()).ok());
    }

    @Test
    void vettingRefusesACandidateWhoIsAnOfficial() {
        List<CandidateRow> cands = List.of(cand(1, 10, 101, false), cand(2, 10, 102, false), cand(3, 10, 103, false));
        ElectionState s = new ElectionState(election(Step.CANDIDATES_PROPOSED, 0, 0), List.of(EXEC), cands,
                List.of(new Official(1, OfficialRole.COUNTER, "计票人", "候选人102", 102L)), List.of(), List.of(), List.of());
        Verdict v = StepRules.check(s, Step.CANDIDATES_VETTED, Map.of(101L, woman(101), 102L, woman(102), 103L, woman(103)));
        assertFalse(v.ok());
        assertTrue(v.explanation().contains("候选人102是本次选举的监票人或计票人"), v.explanation());
    }

    @Test
    void countedIsRefusedWhileATieWaitsForARevote() {
        List<CandidateRow> cands = List.of(cand(1, 10, 101, true), cand(2, 10, 102, false), cand(3, 10, 103, false));
        RoundRow round = new RoundRow(7, 10, 1, 2, 10, 10, 10, 10, 10, 0, "TALLY", RoundOutcome.VALID, "");
        List<TallyRow> tallies = List.of(new TallyRow(7, 1L, null, 9, 1, 0, true, false), new TallyRow(7, 2L, null, 6, 4, 0, false, true),
                new TallyRow(7, 3L, null, 6, 4, 0, false, true));
        ElectionState s = new ElectionState(election(Step.CONGRESS, 10, 10), List.of(EXEC), cands, List.of(), List.of(round), tallies, List.of());
        assertEquals(List.of(2L, 3L), s.pendingRevote(10));
        Verdict v = StepRules.check(s, Step.COUNTED, Map.of());
        assertFalse(v.ok());
        assertTrue(v.explanation().contains("须先另行投票"), v.explanation());
    }

    @Test
    void firstMeetingNeedsTheChairElected() {
        ElectionState s = new ElectionState(election(Step.RESULT_PUBLISHED, 10, 10), List.of(EXEC, CHAIR),
                List.of(cand(1, 10, 101, true), cand(2, 10, 102, true)), List.of(), List.of(), List.of(), List.of());
        Verdict v = StepRules.check(s, Step.FIRST_MEETING, Map.of());
        assertFalse(v.ok());
        assertTrue(v.explanation().contains("主席尚未录入有效的计票结果"), v.explanation());
    }

    @Test
    void filingSeatsTheChairOnceAsChairAndTheOthersAsExecutives() {
        ElectionState s = new ElectionState(election(Step.FIRST_MEETING, 10, 10), List.of(EXEC, CHAIR),
                List.of(cand(1, 10, 101, true), cand(2, 10, 102, true), cand(4, 11, 101, true)), List.of(), List.of(), List.of(), List.of());
        List<LeaderInput> seats = FilingSeats.committee(s);
        assertEquals(2, seats.size());
        assertEquals(Position.CHAIR, seats.get(0).position());
        assertEquals(101, seats.get(0).personId());
        assertTrue(seats.get(0).inTwoCommittees(), "两委 carried over from the executive nomination");
        assertEquals(Position.EXECUTIVE, seats.get(1).position());
        assertTrue(StepRules.check(s, Step.FILED, Map.of()).explanation().contains("上级妇联"));
    }
}
