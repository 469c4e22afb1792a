package org.wfed.aid.dto;

/**
 * The closed follow-up and, when the diagnosis makes her eligible for 两癌救助, a pre-filled
 * application the clerk can submit as it is (null otherwise).
 */
public record OutcomeResult(FollowUp followUp, ApplicationInput aidOffer) {
}
