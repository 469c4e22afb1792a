package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Confirms the beneficiary received the aid (签收). */
public record ReceiptInput(LocalDate receivedOn, String note, int version) {
    public ReceiptInput {
        new Validation().notInFuture("receivedOn", receivedOn).text("note", note, 200, false).check();
        receivedOn = receivedOn == null ? LocalDate.now() : receivedOn;
    }
}
