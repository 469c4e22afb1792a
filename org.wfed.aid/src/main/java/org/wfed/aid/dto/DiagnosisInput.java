package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A diagnosis recorded directly (e.g. from a hospital report): site, FIGO stage, invasive. */
public record DiagnosisInput(long personId, CancerSite site, String stage, Boolean invasive, LocalDate diagnosedOn) {
    public DiagnosisInput {
        new Validation().positive("personId", personId).required("site", site).required("diagnosedOn", diagnosedOn)
                .notInFuture("diagnosedOn", diagnosedOn).text("stage", stage, 10, site == CancerSite.CERVICAL).check();
        invasive = invasive != null && invasive;
    }
}
