package org.wfed.reporting.dto;

import java.time.Instant;

/** One step of a summary's approval history. */
public record SummaryEvent(String action, String actor, long actorUnitId, String comment, Instant occurredAt) {
}
