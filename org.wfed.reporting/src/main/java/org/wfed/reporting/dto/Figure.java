package org.wfed.reporting.dto;

import java.math.BigDecimal;

/**
 * A figure as computed at the summary's last refresh, addressed as a placeholder names it ({@code key}:
 * {@code aid.amountPaid}, {@code aid.amountPaid[TWO_CANCERS_AID]@own}): one indicator's whole figure or
 * one member's ({@code member}, null for the whole), for the unit's own records or its subtree
 * ({@code reach} OWN or SUBTREE). {@code value} is exact (money in yuan, rates in percent), null where it is
 * not applicable (a rate of nothing); {@code text} is how it reads in the prose, with its unit.
 */
public record Figure(String key, String indicatorId, String member, String memberZh, String reach, String nameZh,
                     String unitZh, String measure, BigDecimal value, String text) {
}
