package org.wfed.elections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;

/** The rules of 选举办法 as the engine applies them. */
class RulesTest {

    private static final RuleSet RULES = RuleSet.DEFAULT;
    private static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @Test
    void quorumFailsWhenExactlyHalfPresent() {
        Check c = Quorum.check(RULES, 100, 50);
        assertFalse(c.ok());
        assertTrue(c.explanation().contains("不足法定人数"), c.explanation());
    }

    @Test
    void quorumPassesWithHalfPlusOne() {
        assertTrue(Quorum.check(RULES, 100, 51).ok());
        assertTrue(Quorum.check(RULES, 15, 8).ok());
        assertFalse(Quorum.check(RULES, 15, 7).ok());
    }

    @Test
    void quorumOfTwoThirdsIsConfigurable() {
        RuleSet twoThirds = new RuleSet(Share.parse(">=2/3"), Share.MORE_THAN_HALF, 20);
        assertTrue(Quorum.check(twoThirds, 90, 60).ok());
        assertFalse(Quorum.check(twoThirds, 90, 59).ok());
        assertTrue(Quorum.check(twoThirds, 90, 60).explanation().contains("不少于三分之二"));
    }

    @Test
    void quorumRefusesMorePresentThanDue() {
        assertFalse(Quorum.check(RULES, 10, 11).ok());
    }

    @Test
    void thresholdCountsVotersDueNotPresent() {
        // 100 due, 60 present: 55 yes is a majority of those present but not of those due
        Outcome o = ElectionDecision.decide(RULES, 1, 100, List.of(new Contender("a", "王芳", 50, false)));
        assertTrue(o.elected().isEmpty());
        assertEquals(1, o.openSeats());
        assertTrue(String.join("\n", o.explanation()).contains("至少51票"));
        Outcome o2 = ElectionDecision.decide(RULES, 1, 100, List.of(new Contender("a", "王芳", 51, false)));
        assertEquals(List.of("a"), o2.elected());
        assertTrue(o2.complete());
    }

    @Test
    void overMarkedBallotIsInvalid() {
        List<String> names = List.of("a", "b", "c");
        Ballot over = new Ballot(Map.of("a", Mark.YES, "b", Mark.YES), List.of("赵敏"));
        Ballot ok = new Ballot(Map.of("a", Mark.YES, "b", Mark.NO), List.of("赵敏"));
        Tally t = BallotCounter.count(2, names, List.of(over, ok));
        assertEquals(1, t.valid());
        assertEquals(1, t.invalid());
        assertEquals(new Votes(1, 0, 0), t.candidates().get("a"));
        assertEquals(new Votes(0, 1, 0), t.candidates().get("b"));
        assertEquals(new Votes(0, 0, 1), t.candidates().get("c"));
        assertEquals(1L, t.writeIns().get("赵敏"));
    }

    @Test
    void ballotMarkingAnUnlistedNameIsInvalid() {
        Tally t = BallotCounter.count(2, List.of("a"), List.of(new Ballot(Map.of("x", Mark.YES), List.of())));
        assertEquals(0, t.valid());
        assertEquals(1, t.invalid());
    }

    @Test
    void returnedMoreThanIssuedVoidsTheRound() {
        Check c = new RoundCount(50, 51, 51, 0).validity();
        assertFalse(c.ok());
        assertTrue(c.explanation().contains("收回选票多于发出选票"));
        assertTrue(new RoundCount(50, 50, 48, 2).validity().ok());
    }

    @Test
    void countsThatDoNotAddUpVoidTheRound() {
        Check c = new RoundCount(50, 49, 40, 2).validity();
        assertFalse(c.ok());
        assertTrue(c.explanation().contains("有效票与无效票之和不等于收回票数"));
    }

    @Test
    void tieAtTheLastSeatGoesToARevoteAmongTheTied() {
        List<Contender> cs = List.of(new Contender("a", "甲", 80, false), new Contender("b", "乙", 70, false),
                new Contender("c", "丙", 70, false), new Contender("d", "丁", 20, false));
        Outcome o = ElectionDecision.decide(RULES, 2, 100, cs);
        assertEquals(List.of("a"), o.elected());
        assertEquals(List.of("b", "c"), o.tied());
        assertEquals(1, o.revoteSeats());
        assertEquals(0, o.openSeats());
        assertFalse(o.complete());
        assertTrue(String.join("\n", o.explanation()).contains("另行投票"));
    }

    @Test
    void tieThatFitsTheSeatsElectsBoth() {
        List<Contender> cs = List.of(new Contender("a", "甲", 70, false), new Contender("b", "乙", 70, false),
                new Contender("c", "丙", 30, false));
        Outcome o = ElectionDecision.decide(RULES, 2, 100, cs);
        assertEquals(List.of("a", "b"), o.elected());
        assertTrue(o.complete());
    }

    @Test
    void seatsLeftOpenWhenTooFewReachTheThreshold() {
        List<Contender> cs = List.of(new Contender("a", "甲", 60, false), new Contender("b", "乙", 40, false),
                new Contender("c", "丙", 30, false));
        Outcome o = ElectionDecision.decide(RULES, 2, 100, cs);
        assertEquals(List.of("a"), o.elected());
        assertEquals(1, o.openSeats());
        assertTrue(String.join("\n", o.explanation()).contains("尚有1个名额无人当选"));
    }

    @Test
    void passingButOutrankedIsNotElected() {
        List<Contender> cs = List.of(new Contender("a", "甲", 90, false), new Contender("b", "乙", 60, false),
                new Contender("c", "丙", 55, false));
        Outcome o = ElectionDecision.decide(RULES, 2, 100, cs);
        assertEquals(List.of("a", "b"), o.elected());
        assertTrue(String.join("\n", o.explanation()).contains("丙得赞成票55票，虽达到51票，但得票名次在应选名额2名之外"));
    }

    @Test
    void writeInReachingTheThresholdIsElected() {
        Outcome o = ElectionDecision.decide(RULES, 1, 10, List.of(new Contender("a", "甲", 3, false),
                new Contender("w:赵敏", "赵敏", 6, true)));
        assertEquals(List.of("w:赵敏"), o.elected());
        assertTrue(String.join("\n", o.explanation()).contains("另选人赵敏"));
    }

    @Test
    void competitiveListNeedsTheMinimumSurplus() {
        // 15 seats, 20 % surplus: at least 18 candidates
        assertEquals(18, RULES.minimumCandidates(15, true));
        assertFalse(CandidateList.check(RULES, "执委", 15, true, 17).ok());
        assertTrue(CandidateList.check(RULES, "执委", 15, true, 18).ok());
        // a small committee still needs one more than the seats
        assertEquals(4, RULES.minimumCandidates(3, true));
        assertEquals(16, new RuleSet(Share.MORE_THAN_HALF, Share.MORE_THAN_HALF, 5).minimumCandidates(15, true));
    }

    @Test
    void uncontestedListNeedsExactlyOnePerSeat() {
        assertTrue(CandidateList.check(RULES, "主席", 1, false, 1).ok());
        assertFalse(CandidateList.check(RULES, "主席", 1, false, 2).ok());
    }

    @Test
    void candidateWhoIsACounterIsRefused() {
        List<String> reasons = Eligibility.reasons(woman(LocalDate.of(1980, 1, 1)), DAY, true, false);
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains("监票人或计票人"));
    }

    @Test
    void candidateMustBeAWomanOfEighteenOnElectionDay() {
        assertTrue(Eligibility.reasons(woman(LocalDate.of(2008, 5, 20)), DAY, false, false).isEmpty());
        assertEquals(1, Eligibility.reasons(woman(LocalDate.of(2008, 5, 21)), DAY, false, false).size());
        PersonFacts man = new PersonFacts(2, 1, "李强", Sex.M, LocalDate.of(1980, 1, 1), Education.BACHELOR, false, null, false);
        assertTrue(Eligibility.reasons(man, DAY, false, false).get(0).contains("不是女性"));
    }

    @Test
    void candidateListedTwiceIsRefused() {
        assertTrue(Eligibility.reasons(woman(LocalDate.of(1980, 1, 1)), DAY, false, true).get(0).contains("重复"));
    }

    @Test
    void shareParsesAndPrints() {
        assertEquals(Share.MORE_THAN_HALF, Share.parse("1/2"));
        assertEquals(">=2/3", Share.parse(">=2/3").text());
        assertEquals(51, Share.MORE_THAN_HALF.minimumOf(100));
        assertEquals(8, Share.MORE_THAN_HALF.minimumOf(15));
        assertEquals(60, Share.TWO_THIRDS.minimumOf(90));
        assertEquals(61, Share.TWO_THIRDS.minimumOf(91));
    }

    private static PersonFacts woman(LocalDate born) {
        return new PersonFacts(1, 1, "王芳", Sex.F, born, Education.COLLEGE, true, "网格员", false);
    }
}
