package org.wfed.aid.dto;

import java.time.LocalDate;

/**
 * An objection (异议) lodged against an application during its public notice (公示), and how it was resolved;
 * while one is open the application cannot be paid.
 */
public record Objection(long id, long applicationId, LocalDate lodgedOn, String lodgedBy, String content, boolean open,
                        Boolean upheld, String resolution, LocalDate resolvedOn, int version) {
}
