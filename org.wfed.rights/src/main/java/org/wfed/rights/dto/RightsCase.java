package org.wfed.rights.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A case with its parties, timeline and orders. Unless {@code revealed}, parties' names, phones and addresses are
 * masked and the request, narrative and action notes are withheld (null).
 */
public record RightsCase(long id, long unitId, String unitName, LocalDate intakeOn, CaseSource source, String referredBy,
                         Long stationId, CaseKind kind, Infringement infringement, String request, String narrative,
                         String handler, int visitors, Outcome outcome, String outcomeNote, LocalDate closedOn,
                         boolean revealed, List<Party> parties, List<CaseAction> actions, List<Order> orders, int version) {
}
