package org.wfed.aid.dto;

import java.time.Instant;

/** A signed receipt (签收单) attached to a paid application: a PDF, JPEG or PNG scan; download at {@code /api/aid/receipts/{id}}. */
public record ReceiptFile(long id, long applicationId, String fileName, String contentType, int sizeBytes,
                          Instant createdAt, String createdBy, int version) {
}
