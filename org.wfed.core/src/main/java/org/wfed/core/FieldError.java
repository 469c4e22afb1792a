package org.wfed.core;

/** One invalid field of a request: its JSON name, a code and a message in Chinese. */
public record FieldError(String field, String code, String message) {
}
