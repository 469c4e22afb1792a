package org.wfed.activities.internal.contest;

import java.time.LocalDate;
import org.wfed.activities.dto.ContestStatus;

/** A contest as stored (act_contest). */
record ContestRow(long id, long unitId, long typeId, int contestYear, String title, int quota, ContestStatus status,
                  LocalDate noticeStart, LocalDate noticeEnd, LocalDate finalisedOn, LocalDate commendedOn,
                  String documentNo, int version) {
}
