package org.wfed.rights.dto;

import java.time.LocalDate;

/** A recorded line of the hotline and consultation log. */
public record Consultation(long id, long unitId, String unitName, LocalDate heldOn, Channel channel, CaseKind topic,
                           int contacts, int solved, String note, int version) {
}
