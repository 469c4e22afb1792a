package org.wfed.activities.dto;

import java.time.LocalDate;

/**
 * A contest of a unit for a year, with the figures its page shows: nominees, those selected for the notice,
 * open objections. {@code noticeEnd} is computed from the type's notice length.
 */
public record Contest(long id, long unitId, String unitName, long typeId, String typeCode, String typeName,
                      NomineeKind nomineeKind, int contestYear, String title, int quota, int voteShare,
                      ContestStatus status, String statusZh, LocalDate noticeStart, LocalDate noticeEnd,
                      LocalDate finalisedOn, LocalDate commendedOn, String documentNo, int nominees, int selected,
                      int openObjections, int version) {
}
