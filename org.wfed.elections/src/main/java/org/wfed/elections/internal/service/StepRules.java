package org.wfed.elections.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.core.dto.PersonFacts;
import org.wfed.elections.dto.OfficialRole;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.Step;
import org.wfed.elections.dto.Verdict;
import org.wfed.elections.internal.rules.CandidateList;
import org.wfed.elections.internal.rules.Check;
import org.wfed.elections.internal.rules.Eligibility;
import org.wfed.elections.internal.rules.Quorum;
import org.wfed.elections.internal.rules.RuleSet;
import org.wfed.elections.internal.store.CandidateRow;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.PositionRow;

/**
 * What each step of 换届 requires before it may be recorded: steps in order; candidate lists of
 * the right size (差额/等额); every candidate eligible; quorum and officials at the congress; the
 * count decided; chair elected at the first meeting. Filing goes through the parent's approval.
 */
final class StepRules {

    private StepRules() {
    }

    static Verdict check(ElectionState s, Step step, Map<Long, PersonFacts> facts) {
        Step current = s.election().step();
        if (current == Step.FILED) {
            return no("本次换届已批复备案，流程已结束");
        }
        if (step != current.next()) {
            return no("当前已完成“" + current.zh() + "”，下一步应为“" + current.next().zh() + "”，不能记录“" + step.zh() + "”");
        }
        RuleSet rules = s.election().rules();
        List<String> problems = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        switch (step) {
            case CANDIDATES_PROPOSED, CANDIDATES_APPROVED -> lists(s, rules, problems, passed);
            case CANDIDATES_VETTED -> {
                lists(s, rules, problems, passed);
                vet(s, facts, problems);
            }
            case CONGRESS -> congress(s, rules, problems, passed);
            case COUNTED -> counted(s, problems, passed);
            case FIRST_MEETING -> firstMeeting(s, problems, passed);
            case FILED -> problems.add("批复备案须由上级妇联在“批复”中办理");
            default -> passed.add("可以记录“" + step.zh() + "”");
        }
        return problems.isEmpty() ? new Verdict(true, String.join("；", passed)) : no(String.join("；", problems));
    }

    private static Verdict no(String why) {
        return new Verdict(false, why);
    }

    private static void lists(ElectionState s, RuleSet rules, List<String> problems, List<String> passed) {
        for (PositionRow p : s.positions()) {
            if (p.kind().atFirstMeeting()) {
                continue;
            }
            Check c = CandidateList.check(rules, p.kind().zh(), p.seats(), p.competitive(), s.candidatesOf(p.id()).size());
            (c.ok() ? passed : problems).add(c.explanation());
        }
    }

    private static void vet(ElectionState s, Map<Long, PersonFacts> facts, List<String> problems) {
        for (CandidateRow c : s.candidates()) {
            PositionRow p = s.position(c.positionId());
            if (p.kind().atFirstMeeting()) {
                continue;
            }
            PersonFacts f = facts.get(c.personId());
            if (f == null) {
                problems.add("候选人（人员编号" + c.personId() + "）不在人员库中");
                continue;
            }
            long listed = s.candidatesOf(p.id()).stream().filter(o -> o.personId() == c.personId()).count();
            for (String reason : Eligibility.reasons(f, s.election().electionDate(), isOfficial(s, f), listed > 1)) {
                problems.add(p.kind().zh() + "候选人" + reason);
            }
        }
    }

    /** Whether the person is a scrutineer or counter: by person id, or by name when the official has none. */
    static boolean isOfficial(ElectionState s, PersonFacts f) {
        return s.officials().stream().anyMatch(o -> o.personId() != null ? o.personId() == f.id() : o.name().equals(f.name()));
    }

    private static void congress(ElectionState s, RuleSet rules, List<String> problems, List<String> passed) {
        Check q = Quorum.check(rules, s.election().votersDue(), s.election().votersPresent());
        (q.ok() ? passed : problems).add(q.explanation());
        for (OfficialRole role : OfficialRole.values()) {
            if (s.officials().stream().noneMatch(o -> o.role() == role)) {
                problems.add("尚未确定" + role.zh());
            }
        }
        s.position(PositionKind.DELEGATE).ifPresent(p -> {
            if (s.electedOf(p.id()).isEmpty()) {
                problems.add("妇女代表尚未选出，应先录入代表选举的计票结果");
            }
        });
    }

    private static void counted(ElectionState s, List<String> problems, List<String> passed) {
        for (PositionRow p : s.positions()) {
            if (p.kind() != PositionKind.EXECUTIVE) {
                continue;
            }
            decided(s, p, problems, passed);
        }
    }

    private static void firstMeeting(ElectionState s, List<String> problems, List<String> passed) {
        for (PositionRow p : s.positions()) {
            if (!p.kind().atFirstMeeting()) {
                continue;
            }
            decided(s, p, problems, passed);
            if (p.kind() == PositionKind.CHAIR && s.electedOf(p.id()).isEmpty()) {
                problems.add("主席尚未选出");
            }
        }
    }

    private static void decided(ElectionState s, PositionRow p, List<String> problems, List<String> passed) {
        if (!s.hasValidRound(p.id()) && !p.overridden()) {
            problems.add(p.kind().zh() + "尚未录入有效的计票结果");
        } else if (!s.pendingRevote(p.id()).isEmpty()) {
            problems.add(p.kind().zh() + "有候选人在最后一个名额上票数相等，须先另行投票");
        } else if (s.electedOf(p.id()).isEmpty()) {
            problems.add(p.kind().zh() + "无人当选，应另行选举");
        } else {
            int open = s.openSeats(p.id());
            passed.add(p.kind().zh() + "当选" + s.electedOf(p.id()).size() + "名" + (open > 0 ? "，空缺" + open + "名" : ""));
        }
    }
}
