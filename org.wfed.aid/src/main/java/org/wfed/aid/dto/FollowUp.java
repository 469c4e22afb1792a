package org.wfed.aid.dto;

import java.time.LocalDate;

/** A case on the follow-up worklist (随访): due date, overdue flag, and the outcome once closed. */
public record FollowUp(long id, long screeningId, long personId, String name, long unitId, CancerSite site,
                       LocalDate dueOn, boolean overdue, FollowUpOutcome outcome, String stage, LocalDate closedOn,
                       int version) {
}
