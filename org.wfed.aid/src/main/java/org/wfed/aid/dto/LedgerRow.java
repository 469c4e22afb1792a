package org.wfed.aid.dto;

import java.time.LocalDate;

/** One line of a programme's ledger (台账): who got what, when and how; bank account masked. */
public record LedgerRow(long applicationId, String programmeName, long unitId, String personName, String categories,
                        LocalDate appliedOn, String statusZh, long amountFen, String goods, LocalDate paidOn,
                        Long paidFen, String channel, String bankAccount, LocalDate receivedOn) {
}
