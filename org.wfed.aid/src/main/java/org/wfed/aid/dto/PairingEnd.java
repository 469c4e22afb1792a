package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Ends a pairing (结束结对) on {@code endedOn} (default today); {@code version} as read. */
public record PairingEnd(LocalDate endedOn, Integer version) {
    public PairingEnd {
        new Validation().required("version", version).notInFuture("endedOn", endedOn).check();
        endedOn = endedOn == null ? LocalDate.now() : endedOn;
    }
}
