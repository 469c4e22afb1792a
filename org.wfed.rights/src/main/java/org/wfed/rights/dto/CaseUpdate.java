package org.wfed.rights.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * An edit of a case's intake: only the fields given change (a missing or null field keeps its value; parties are
 * replaced only when the list is given). {@code version} is the one the editor saw.
 */
public record CaseUpdate(LocalDate intakeOn, CaseSource source, String referredBy, Long stationId, CaseKind kind,
                         Infringement infringement, String request, String narrative, String handler, Integer visitors,
                         List<PartyInput> parties, Integer version) {
}
