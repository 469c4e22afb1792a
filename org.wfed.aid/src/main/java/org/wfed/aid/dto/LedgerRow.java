package org.wfed.aid.dto;

import java.time.LocalDate;

/**
 * One line of a programme's ledger (台账): who got what, when and how; bank account masked. The unit by name and
 * statistical area code ({@code unitCode}, null when the unit has none); the payment channel by code and word.
 */
public record LedgerRow(long applicationId, String programmeName, long unitId, String unitName, String unitCode,
                        String personName, String categories, LocalDate appliedOn, String statusZh, long amountFen,
                        String goods, LocalDate paidOn, Long paidFen, String channel, String channelZh,
                        String bankAccount, LocalDate receivedOn) {
}
