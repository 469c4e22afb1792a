package org.wfed.core;

/**
 * One invalid field of a request: its JSON name (the name of the form's control), a code from
 * {@link FieldCode} (or a module's own rule code), and the message in Chinese and English.
 */
public record FieldError(String field, String code, String message, String messageEn) {

    /** A field error with a Chinese message only; {@code messageEn} falls back to it. */
    public FieldError(String field, String code, String message) {
        this(field, code, message, FieldCode.english(code, message));
    }

    /** The catalogue's field error for {@code field}; {@code args} fill the messages' placeholders. */
    public static FieldError of(String field, FieldCode code, Object... args) {
        return new FieldError(field, code.name(), code.zh(args), code.en(args));
    }
}
