package org.wfed.core.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * How an objection (异议) raised during a public notice (公示) was resolved (异议处理), the same for every module that
 * publishes a notice: upheld takes its subject off the notice (a nominee off the honour list, an aid application
 * back to 未通过); dismissed lets the notice run to its end.
 */
public record ObjectionResolution(boolean upheld, String resolution, LocalDate resolvedOn, int version) {
    public ObjectionResolution {
        new Validation().text("resolution", resolution, 2000, true).required("resolvedOn", resolvedOn)
                .notInFuture("resolvedOn", resolvedOn).check();
    }
}
