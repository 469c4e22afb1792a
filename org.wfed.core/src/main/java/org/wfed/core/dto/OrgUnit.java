package org.wfed.core.dto;

import java.time.LocalDate;

/**
 * A federation unit as it stands now. {@code path} is the materialised path of ids from the top,
 * e.g. {@code /1/5/23/}, so "is X under Y" is a prefix test.
 */
public record OrgUnit(long id, Long parentId, UnitKind kind, String name, String areaCode, String path,
                      UnitStatus status, LocalDate validFrom, LocalDate validTo, int version) {

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
