package org.wfed.aid.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * An aid application (救助申请) with its review trail; amounts in fen, the bank account masked.
 * {@code nextLevel}/{@code nextUnitId} name who reviews next while it is {@code REVIEWING}; {@code recipientGroup} the
 * group (救助对象类别) it is granted to, {@code householdSize} the people of a household it covers, {@code goodsQuantity}
 * the goods handed out.
 */
public record Application(long id, long programmeId, String programmeName, long personId, String personName,
                          long unitId, int year, LocalDate appliedOn, String reason, long amountFen, String goods,
                          ApplicationStatus status, String statusZh, ReviewLevel nextLevel, Long nextUnitId,
                          LocalDate noticeFrom, LocalDate noticeTo, LocalDate paidOn, Long paidFen,
                          PayChannel channel, String bankAccount, LocalDate receivedOn, String receiptNote,
                          List<Review> reviews, int version, String recipientGroup,
                          Integer householdSize, java.math.BigDecimal goodsQuantity) {
}
