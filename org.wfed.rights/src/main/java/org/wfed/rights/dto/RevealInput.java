package org.wfed.rights.dto;

import org.wfed.core.Validation;

/** Why someone opens a record's personal data (break-the-glass); kept in the audit trail. */
public record RevealInput(String reason) {
    public RevealInput {
        new Validation().text("reason", reason, 200, true)
                .rule(reason == null || reason.isBlank() || reason.trim().length() >= 4, "reason", "TOO_SHORT",
                        "请写明查看原因（至少4个字）").check();
    }
}
