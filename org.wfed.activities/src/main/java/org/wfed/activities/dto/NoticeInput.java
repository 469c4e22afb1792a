package org.wfed.activities.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;

/**
 * Starts the public notice (公示) on {@code startOn} with the nominees chosen for commendation; without a
 * choice, the top of the ranking up to the quota.
 */
public record NoticeInput(LocalDate startOn, List<Long> nomineeIds, int version) {
    public NoticeInput {
        nomineeIds = nomineeIds == null ? List.of() : List.copyOf(nomineeIds);
        new Validation().required("startOn", startOn).check();
    }
}
