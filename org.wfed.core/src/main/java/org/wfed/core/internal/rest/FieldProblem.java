package org.wfed.core.internal.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a request body that parses but breaks a rule (e.g. a date out of range). Thrown by a
 * deserializer as a mapping exception, Jackson adds the field path on the way out, so
 * {@link ErrorMapper} can name the field.
 */
final class FieldProblem extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String reason;

    FieldProblem(JsonParser parser, String code, String reason) {
        super(parser, reason);
        this.code = code;
        this.reason = reason;
    }

    String code() {
        return code;
    }

    String reason() {
        return reason;
    }
}
