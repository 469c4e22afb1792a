package org.wfed.services.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A skills training course (技能培训, one 期) with the counts of its trainees' outcomes. */
public record Course(long id, long unitId, String unitName, String name, String kind, String kindName, LocalDate startOn,
                     LocalDate endOn, BigDecimal hours, String provider, String certificate, int trainees, int completed,
                     int certified, int employedAfter, int version) {
}
