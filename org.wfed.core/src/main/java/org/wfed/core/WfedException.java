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

    public WfedException(int status, String code, String messageZh, String messageEn, List<FieldError> fields) {
        super(messageEn);
        this.status = status;
        this.code = code;
        this.messageZh = messageZh;
        this.fields = List.copyOf(fields);
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
        return new WfedException(400, "VALIDATION_FAILED", "提交的内容有误，请检查标出的字段", "The input is invalid", fields);
    }

    /** 404: no such record, or one the caller may not know exists. */
    public static WfedException notFound(String what) {
        return new WfedException(404, "NOT_FOUND", "找不到该记录（" + what + "）", "Not found: " + what);
    }

    /** 403: the caller lacks the permission or the record lies outside her organisation. */
    public static WfedException forbidden(String messageZh, String messageEn) {
        return new WfedException(403, "FORBIDDEN", messageZh, messageEn);
    }

    /** 409: someone else changed the record since it was read, or a unique rule is hit. */
    public static WfedException conflict(String code, String messageZh, String messageEn) {
        return new WfedException(409, code, messageZh, messageEn);
    }

    /** 409 for an optimistic-lock failure. */
    public static WfedException staleVersion(String what) {
        return conflict("VERSION_CONFLICT", "该记录（" + what + "）已被他人修改，请刷新后重试",
                "The record (" + what + ") was changed by someone else; reload and retry");
    }

    public int status() { return status; }
    public String code() { return code; }
    public String messageZh() { return messageZh; }
    public String messageEn() { return getMessage(); }
    public List<FieldError> fields() { return fields; }
}
