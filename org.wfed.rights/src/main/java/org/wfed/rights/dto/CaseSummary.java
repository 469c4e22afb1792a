package org.wfed.rights.dto;

import java.time.LocalDate;

/** A row of the case register: the applicant's name is always masked here. */
public record CaseSummary(long id, long unitId, String unitName, LocalDate intakeOn, CaseSource source, CaseKind kind,
                          String applicant, String handler, Outcome outcome, LocalDate closedOn, int version) {
}
