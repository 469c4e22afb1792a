package org.wfed.aid.dto;

import java.time.LocalDate;

/**
 * Places of a programme a level above granted a unit for a year (上级下达名额), with how many of them the programme's
 * applications of that year in the unit's subtree take ({@code used}: not rejected).
 */
public record QuotaGrant(long id, long unitId, String unitName, long programmeId, String programmeName, int year,
                         GrantLevel level, int places, int used, boolean binding, String documentNo, LocalDate grantedOn,
                         int version) {
}
