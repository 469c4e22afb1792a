package org.wfed.core.dto;

import java.time.LocalDate;
import org.wfed.core.AreaCode;
import org.wfed.core.Validation;

/** What staff enter to create or change a unit; {@code effective} dates the change in history. */
public record OrgUnitInput(Long parentId, UnitKind kind, String name, String areaCode, LocalDate effective,
                           Integer version) {
    public OrgUnitInput {
        new Validation().required("kind", kind).text("name", name, 100, true).check();
        if (areaCode != null && !areaCode.isBlank()) {
            areaCode = new AreaCode(areaCode.trim()).value();
        } else {
            areaCode = null;
        }
    }
}
