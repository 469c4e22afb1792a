package org.wfed.services.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A micro-wish (微心愿): what was wished, its value (元), the beneficiary (masked unless revealed), who claimed it
 * and when it was fulfilled; {@code status} COLLECTED, CLAIMED or FULFILLED.
 */
public record Wish(long id, long unitId, String unitName, String wish, BigDecimal value, String beneficiary,
                   LocalDate collectedOn, String claimedBy, LocalDate claimedOn, LocalDate fulfilledOn, String fulfilledHow,
                   String status, int version) {
}
