package org.wfed.activities.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A title given above the deployment's top unit (e.g. 市级清洁家庭) to a nominee the top unit commended. */
public record ExternalHonourInput(HonourLevel level, String title, LocalDate awardedOn, String documentNo) {
    public ExternalHonourInput {
        new Validation().required("level", level).text("title", title, 100, true).required("awardedOn", awardedOn)
                .notInFuture("awardedOn", awardedOn).text("documentNo", documentNo, 100, false).check();
    }
}
