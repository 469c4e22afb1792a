package org.wfed.activities.internal.photo;

import java.time.Instant;

/** A stored photo's record: whose it is, its type and size (the file itself is served separately). */
public record Photo(long id, String ownerKind, long ownerId, String contentType, int sizeBytes, String caption,
                    Instant createdAt, String createdBy) {
}
