package org.wfed.reporting.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * Every present indicator for a unit's subtree over a period, by child unit as the tree stood then,
 * with the total and the year before for comparison ({@code previousFrom} null when the unit did not exist).
 */
public record IndicatorTable(long unitId, String unitName, LocalDate from, LocalDate to, LocalDate previousFrom,
                             LocalDate previousTo, List<IndicatorInfo> indicators, List<TableRow> rows, TableRow total) {
}
