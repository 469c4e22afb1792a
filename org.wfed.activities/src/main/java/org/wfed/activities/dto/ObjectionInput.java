package org.wfed.activities.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** An objection as received: against whom, when, from whom (may stay anonymous) and what it says. */
public record ObjectionInput(long nomineeId, LocalDate lodgedOn, String lodgedBy, String content) {
    public ObjectionInput {
        new Validation().positive("nomineeId", nomineeId).required("lodgedOn", lodgedOn).notInFuture("lodgedOn", lodgedOn)
                .text("lodgedBy", lodgedBy, 100, false).text("content", content, 2000, true).check();
    }
}
