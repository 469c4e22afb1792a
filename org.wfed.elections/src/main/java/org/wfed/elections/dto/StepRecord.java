package org.wfed.elections.dto;

import java.time.LocalDate;

/** A step done: when, by whom, with which documents. */
public record StepRecord(Step step, String stepZh, LocalDate doneOn, String responsible, String documents) {
}
