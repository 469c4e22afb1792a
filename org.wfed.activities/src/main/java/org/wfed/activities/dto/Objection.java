package org.wfed.activities.dto;

import java.time.LocalDate;

/** An objection (异议) lodged against a nominee during the public notice, and how it was resolved. */
public record Objection(long id, long contestId, long nomineeId, String nomineeName, LocalDate lodgedOn,
                        String lodgedBy, String content, boolean open, Boolean upheld, String resolution,
                        LocalDate resolvedOn, int version) {
}
