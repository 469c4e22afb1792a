package org.wfed.aid.dto;

import java.time.LocalDate;

/**
 * A pairing (一对一结对帮扶): the helper {@code helperName} (结对帮扶人) paired with the household of the beneficiary
 * {@code name} from {@code startedOn} until {@code endedOn} (null: still paired). A child's name is masked as on
 * her beneficiary card.
 */
public record Pairing(long id, long unitId, long personId, String name, long helperPersonId, String helperName,
                      LocalDate startedOn, LocalDate endedOn, String note, int version) {
}
