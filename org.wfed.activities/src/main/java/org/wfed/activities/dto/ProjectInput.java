package org.wfed.activities.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A project as entered: unit, name, provider (承接机构), first and last year (null while it runs), note; {@code version} on a change. */
public record ProjectInput(long unitId, String name, String provider, int firstYear, Integer lastYear, String note,
                           Integer version) {
    public ProjectInput {
        int now = LocalDate.now().getYear();
        new Validation().positive("unitId", unitId).text("name", name, 100, true).text("provider", provider, 100, false)
                .text("note", note, 500, false)
                .rule(firstYear >= 1990 && firstYear <= now, "firstYear", "OUT_OF_RANGE", "首次开展年度应在1990年至今年之间")
                .rule(lastYear == null || lastYear >= firstYear && lastYear <= now, "lastYear", "OUT_OF_RANGE",
                        "结束年度不能早于首次开展年度，也不能晚于今年")
                .check();
    }
}
