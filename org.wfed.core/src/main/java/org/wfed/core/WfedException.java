package org.wfed.core;

import java.util.List;

/**
 * The one exception that leaves a wfed service for a caller: an HTTP status, a stable English code,
 * a message a staff member understands (Chinese) and its English twin, and field errors for a 400.
 * Core's exception mapper turns it into the JSON error envelope.
 */
public class WfedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String messageZh;
    private final List<FieldError> fields;
    private final String what;
    private final long retryAfter;

    public WfedException(int status, String code, String messageZh, String messageEn, List<FieldError> fields) {
        this(status, code, messageZh, messageEn, fields, null, 0);
    }

    private WfedException(int status, String code, String messageZh, String messageEn, List<FieldError> fields, String what,
                          long retryAfter) {
        super(messageEn);
        this.status = status;
        this.code = code;
        this.messageZh = messageZh;
        this.fields = List.copyOf(fields);
        this.what = what;
        this.retryAfter = retryAfter;
    }

    /** 429: too many attempts; the answer carries {@code Retry-After: seconds}. */
    public static WfedException tooManyAttempts(String code, String messageZh, String messageEn, long seconds) {
        return new WfedException(429, code, messageZh, messageEn, List.of(), null, seconds);
    }

    public WfedException(int status, String code, String messageZh, String messageEn) {
        this(status, code, messageZh, messageEn, List.of());
    }

    /** 400: the input breaks a rule; the messages say which. */
    public static WfedException invalid(String code, String messageZh, String messageEn) {
        return new WfedException(400, code, messageZh, messageEn);
    }

    /** 400 with the offending fields. */
    public static WfedException invalidFields(List<FieldError> fields) {
        ErrorCode e = ErrorCode.VALIDATION_FAILED;
        return new WfedException(e.status(), e.name(), e.zh(), e.en(), fields);
    }

    /** 400 with one field error of the catalogue, e.g. {@code invalidField("heldOn", FieldCode.INVALID_DATE)}. */
    public static WfedException invalidField(String field, FieldCode code, Object... args) {
        return invalidFields(List.of(FieldError.of(field, code, args)));
    }

    /** 400 {@link ErrorCode#BODY_REQUIRED}: the request has no body. */
    public static WfedException bodyRequired() {
        return ErrorCode.BODY_REQUIRED.exception();
    }

    /**
     * 404: no such record, or one the caller may not know exists. Both answer the very same body, so
     * that an id outside the caller's organisation cannot be told from a missing one; {@code what}
     * (e.g. {@code 人员 5}) names the record for the server's own use ({@link #what()}) and never
     * reaches the caller.
     */
    public static WfedException notFound(String what) {
        return new WfedException(404, ErrorCode.NOT_FOUND.name(), NOT_FOUND_ZH, ErrorCode.NOT_FOUND.en(), List.of(), what, 0);
    }

    /** The one message of every 404. */
    public static final String NOT_FOUND_ZH = "找不到该记录，或不在您的管辖范围内";

    /** 403: the caller lacks the permission or the record lies outside her organisation. */
    public static WfedException forbidden(String messageZh, String messageEn) {
        return new WfedException(403, ErrorCode.FORBIDDEN.name(), messageZh, messageEn);
    }

    /** 409: someone else changed the record since it was read, or a unique rule is hit. */
    public static WfedException conflict(String code, String messageZh, String messageEn) {
        return new WfedException(409, code, messageZh, messageEn);
    }

    /** 409 for an optimistic-lock failure. */
    public static WfedException staleVersion(String what) {
        return conflict(ErrorCode.VERSION_CONFLICT.name(), "该记录（" + what + "）已被他人修改，请刷新后重试",
                "The record (" + what + ") was changed by someone else; reload and retry");
    }

    public int status() { return status; }
    public String code() { return code; }
    public String messageZh() { return messageZh; }
    public String messageEn() { return getMessage(); }
    public List<FieldError> fields() { return fields; }
    /** The record a 404 is about, for logs and audit only; null for other errors. */
    public String what() { return what; }
    /** Seconds the client should wait before retrying (a 429), else 0. */
    public long retryAfter() { return retryAfter; }
}
