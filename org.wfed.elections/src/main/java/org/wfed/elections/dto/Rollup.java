package org.wfed.elections.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A street's or district's elections over the units below: progress, totals, the "chairs in
 * 两委" share and the composition of chairs and vice-chairs before → after.
 */
public record Rollup(long unitId, String unitName, LocalDate from, LocalDate to, int units, int finished, int late,
                     int notStarted, long delegates, long executives, long chairs, long viceChairs,
                     long chairsInTwoCommittees, Integer chairsInTwoCommitteesPercent, Composition chairsBefore,
                     Composition chairsAfter, Composition viceChairsBefore, Composition viceChairsAfter,
                     List<BoardRow> board) {
}
