package org.wfed.activities.dto;

/** Moves a contest to its next step (开始评审, 结果确定) at the version the caller read. */
public record StepInput(int version) {
}
