package org.wfed.aid.internal.application;

import java.time.LocalDate;
import java.util.List;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.PayChannel;
import org.wfed.aid.dto.ReviewLevel;

/** aid_application as stored (bank account raw). */
public record ApplicationRow(long id, long programmeId, long personId, long unitId, int year, LocalDate appliedOn,
                             String reason, long amountFen, String goods, ApplicationStatus status,
                             List<Long> reviewUnits, List<ReviewLevel> reviewLevels, int step, LocalDate noticeFrom,
                             LocalDate noticeTo, LocalDate paidOn, Long paidFen, PayChannel channel,
                             String bankAccount, LocalDate receivedOn, String receiptNote, int version,
                             ApplicationRepository.Served served) {

    public boolean lastStep() {
        return step == reviewUnits.size() - 1;
    }
}
