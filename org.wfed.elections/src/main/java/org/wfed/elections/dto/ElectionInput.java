package org.wfed.elections.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;

/**
 * What staff enter to open an election (发起换届). {@code termYears} defaults to the deployment's setting;
 * {@code earlyReason} (提前换届理由) is required when the unit's last committee is still within its term.
 */
public record ElectionInput(long unitId, String title, LocalDate electionDate, LocalDate deadline, Integer termYears,
                            List<PositionInput> positions, RulesInput rules, String responsible, String earlyReason) {
    public ElectionInput {
        Validation v = new Validation().positive("unitId", unitId).text("title", title, 100, true)
                .required("electionDate", electionDate).text("responsible", responsible, 50, false)
                .text("earlyReason", earlyReason, 200, false)
                .rule(termYears == null || (termYears >= 1 && termYears <= 10), "termYears", "OUT_OF_RANGE", "任期应为1到10年")
                .rule(positions != null && !positions.isEmpty(), "positions", "REQUIRED", "至少设置一个选举职位");
        if (positions != null) {
            long kinds = positions.stream().map(PositionInput::kind).distinct().count();
            v.rule(kinds == positions.size(), "positions", "DUPLICATE", "同一职位只能设置一次");
            v.rule(positions.stream().noneMatch(p -> p.kind() == PositionKind.CHAIR && p.seats() != 1), "positions",
                    "ONE_CHAIR", "主席名额只能为1名");
            boolean needsCommittee = positions.stream().anyMatch(p -> p.kind().atFirstMeeting());
            v.rule(!needsCommittee || positions.stream().anyMatch(p -> p.kind() == PositionKind.EXECUTIVE), "positions",
                    "NEEDS_EXECUTIVE", "主席、副主席、常委从执委中产生，须同时设置执委职位");
        }
        v.rule(deadline == null || electionDate == null || !deadline.isBefore(electionDate), "deadline", "BEFORE_ELECTION",
                "完成时限不能早于选举日期");
        v.check();
        title = title.trim();
        positions = List.copyOf(positions);
    }

    /** The constructor of API 1.0 (before {@code earlyReason}), kept so that callers built against it still link. */
    public ElectionInput(long unitId, String title, LocalDate electionDate, LocalDate deadline, Integer termYears,
                         List<PositionInput> positions, RulesInput rules, String responsible) {
        this(unitId, title, electionDate, deadline, termYears, positions, rules, responsible, null);
    }
}
