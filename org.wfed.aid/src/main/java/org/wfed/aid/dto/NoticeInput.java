package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Starts the public notice (公示) of an approved application on {@code from} (default today). */
public record NoticeInput(LocalDate from, int version) {
    public NoticeInput {
        new Validation().notInFuture("from", from).check();
        from = from == null ? LocalDate.now() : from;
    }
}
