package org.wfed.reporting.dto;

import java.util.Map;

/**
 * One row of an indicator table: a child unit (or the unit's own records, {@code own}), its values by
 * indicator id (whole numbers; rates as percentages, null when undefined) and the same for the previous year.
 */
public record TableRow(Long unitId, String unitName, boolean own, Map<String, Number> values,
                       Map<String, Number> previous) {
}
