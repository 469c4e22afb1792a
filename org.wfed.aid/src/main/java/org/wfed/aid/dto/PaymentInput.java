package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Records the payment (发放): amount in fen (goods: their value), date, channel. */
public record PaymentInput(long amountFen, LocalDate paidOn, PayChannel channel, int version) {
    public PaymentInput {
        new Validation().positive("amountFen", amountFen).required("channel", channel)
                .notInFuture("paidOn", paidOn).check();
        paidOn = paidOn == null ? LocalDate.now() : paidOn;
    }
}
