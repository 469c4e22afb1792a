package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** An objection to an application as received: when, from whom (may stay anonymous) and what it says. */
public record ObjectionInput(LocalDate lodgedOn, String lodgedBy, String content) {
    public ObjectionInput {
        new Validation().required("lodgedOn", lodgedOn).notInFuture("lodgedOn", lodgedOn)
                .text("lodgedBy", lodgedBy, 100, false).text("content", content, 2000, true).check();
    }
}
