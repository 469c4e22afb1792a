package org.wfed.aid.dto;

import java.util.List;

/** Per person: the application made, or why not (each person is checked and saved on her own). */
public record BulkResult(int created, List<Line> lines) {
    public BulkResult {
        lines = List.copyOf(lines);
    }

    /** One person's outcome: the application id, or the Chinese reason it was refused. */
    public record Line(long personId, Long applicationId, String refusal) {
    }
}
