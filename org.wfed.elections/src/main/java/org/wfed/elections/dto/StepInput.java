package org.wfed.elections.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Records that a step was done: when, who was responsible, which documents (文件、会议记录). */
public record StepInput(Step step, LocalDate date, String responsible, String documents, Integer version) {
    public StepInput {
        new Validation().required("step", step).required("date", date).text("responsible", responsible, 50, false)
                .text("documents", documents, 500, false).check();
    }
}
