package org.wfed.elections.dto;

import java.util.List;

/**
 * Everything about one election the console walks through: the election, its positions with
 * candidates and rounds, officials, steps done, and what the next step still needs.
 */
public record ElectionDetail(Election election, List<PositionView> positions, List<Official> officials,
                             List<StepRecord> steps, Verdict nextStepCheck) {
}
