package org.wfed.aid.dto;

import java.time.Instant;

/** One level's decision on an application (审核意见). */
public record Review(int step, ReviewLevel level, long unitId, String decision, String comment, String reviewerName,
                     Instant decidedAt) {
}
