package org.wfed.reporting.dto;

import java.time.Instant;
import java.util.List;

/**
 * Where the background warm-up of the roll-up stands ({@code GET /api/reporting/warm-up}).
 *
 * @param enabled whether the setting has it on
 * @param source where the on/off setting came from ({@code default}, a ConfigAdmin property, a launch property or an environment variable)
 * @param state {@code OFF}, {@code WAITING} (for its delay or for the modules' indicators), {@code RUNNING}, {@code DONE},
 *              {@code FAILED} or {@code STOPPED} (the module stopped first)
 * @param delaySeconds the wait after start before it begins
 * @param year the year whose tables it computed
 * @param units the units whose tables it computed, in order (the top unit last)
 * @param indicators the indicators present when it ran
 * @param tables tables computed (each with the year before)
 * @param millis time from its first query to the end
 * @param error why it failed, or a setting value it ignored
 */
public record WarmUpStatus(boolean enabled, String source, String state, int delaySeconds, Integer year, List<Long> units,
                           int indicators, int tables, Instant startedAt, Instant finishedAt, Long millis, String error) {
}
