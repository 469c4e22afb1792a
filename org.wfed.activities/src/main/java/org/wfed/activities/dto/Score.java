package org.wfed.activities.dto;

import java.math.BigDecimal;

/** A judge's score of a nominee. */
public record Score(long nomineeId, long judgeId, String judgeName, BigDecimal score, String remark) {
}
