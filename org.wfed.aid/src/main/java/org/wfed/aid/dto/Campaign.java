package org.wfed.aid.dto;

/** A screening campaign with its running figures: 应查 invited, 实查 screened, abnormal, twice-screened. */
public record Campaign(long id, long unitId, int year, String name, int minAge, int maxAge, int skipYears,
                       int followUpDays, long invited, long screened, long abnormal, long duplicates, int version) {
}
