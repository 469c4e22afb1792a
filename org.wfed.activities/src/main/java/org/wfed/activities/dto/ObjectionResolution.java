package org.wfed.activities.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** How an objection was resolved (异议处理): upheld removes the nominee from the honour list. */
public record ObjectionResolution(boolean upheld, String resolution, LocalDate resolvedOn, int version) {
    public ObjectionResolution {
        new Validation().text("resolution", resolution, 2000, true).required("resolvedOn", resolvedOn)
                .notInFuture("resolvedOn", resolvedOn).check();
    }
}
