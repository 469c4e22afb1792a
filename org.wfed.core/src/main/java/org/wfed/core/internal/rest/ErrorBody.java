package org.wfed.core.internal.rest;

import java.util.List;
import org.wfed.core.FieldError;

/**
 * The one JSON error envelope: an English code, the Chinese message for staff, its English twin,
 * field errors on a 400 and, on a 500, an id the user can quote.
 */
public record ErrorBody(int status, String code, String message, String messageEn, List<FieldError> fields,
                        String errorId) {
}
