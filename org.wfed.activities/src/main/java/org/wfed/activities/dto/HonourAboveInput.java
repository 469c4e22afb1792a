package org.wfed.activities.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A recommendation to, or a title from, a level above the deployment's top unit (上级荣誉登记), as the recording unit
 * enters it: who ({@code kind}, {@code name}, the unit they come from, by default the recording unit), the contest
 * type when the title is one of them, the level and title, the day, the document number.
 * {@code version} is required on a change.
 */
public record HonourAboveInput(long unitId, NomineeKind kind, Long typeId, String name, Long originUnitId,
                               HonourOutcome outcome, HonourLevel level, String title, LocalDate dated,
                               String documentNo, Integer version) {
    public HonourAboveInput {
        new Validation().positive("unitId", unitId).required("kind", kind).text("name", name, 100, true)
                .required("outcome", outcome).required("level", level).text("title", title, 100, true)
                .required("dated", dated).notInFuture("dated", dated).text("documentNo", documentNo, 100, false)
                .rule(title == null || title.chars().noneMatch(ch -> "[]{}".indexOf(ch) >= 0), "title", "INVALID_CHARS",
                        "称号中不能有方括号或花括号")
                .check();
    }
}
