package org.wfed.activities.dto;

import java.time.LocalDate;

/** A recorded recommendation to, or title from, a level above the deployment's top unit. */
public record HonourAbove(long id, long unitId, NomineeKind kind, String kindZh, Long typeId, String typeName, String name,
                          long originUnitId, String originUnitName, HonourOutcome outcome, String outcomeZh,
                          HonourLevel level, String levelZh, String title, LocalDate dated, String documentNo,
                          int version) {
}
