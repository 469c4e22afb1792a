package org.wfed.reporting.dto;

import org.wfed.core.Validation;

/** Submit, approve, return or refresh: the summary's version and, for a return, the reviewer's comments. */
public record ReviewInput(Integer version, String comment) {
    public ReviewInput {
        new Validation().required("version", version).text("comment", comment, 2000, false).check();
    }
}
