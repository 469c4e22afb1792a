package org.wfed.core.dto;

import java.time.LocalDate;

/**
 * A seat held on a unit's leadership for a term. {@code termTo} is null while the term runs;
 * {@code source} names what put her there, e.g. {@code elections:42}.
 */
public record Leader(long id, long unitId, long personId, String personName, Position position, boolean fullTime,
                     String sector, boolean inTwoCommittees, String grid, LocalDate termFrom, LocalDate termTo,
                     String source) {
}
