package org.wfed.elections.dto;

import org.wfed.core.Validation;

/** A position to fill: its kind, seats, and 差额 (competitive, more candidates than seats) or 等额. */
public record PositionInput(PositionKind kind, int seats, boolean competitive) {
    public PositionInput {
        new Validation().required("kind", kind).positive("seats", seats)
                .rule(seats <= 2000, "seats", "TOO_MANY", "名额不能超过2000").check();
    }
}
