package org.wfed.core;

import java.util.List;

/**
 * The catalogue of top-level error codes every module answers with (docs/errors.md): each has one
 * HTTP status, one Chinese and one English message. A 400 for bad input is always
 * {@link #VALIDATION_FAILED} with {@link FieldError}s naming the form's fields; a module-specific
 * rule of a whole request (e.g. {@code AID_NOT_ELIGIBLE}) keeps a code of its own, never a second
 * spelling of one listed here.
 */
public enum ErrorCode {
    /** Some fields are invalid; the answer lists them in {@code fields}. */
    VALIDATION_FAILED(400, "提交的内容有误，请检查标出的字段", "The input is invalid; see the marked fields"),
    /** The request had no body where one is needed. */
    BODY_REQUIRED(400, "请求内容为空", "The request has no body"),
    /** The body is not JSON. */
    MALFORMED_JSON(400, "请求内容不是有效的JSON", "Malformed JSON"),
    /** The body names a field twice. */
    DUPLICATE_FIELD(400, "请求内容中有重复的字段", "Duplicate field in the JSON"),
    /** Not signed in. */
    UNAUTHENTICATED(401, "请先登录", "Sign in first"),
    /** The caller lacks the permission. */
    FORBIDDEN(403, "无权执行此操作", "You may not do this"),
    /** No such record, or one outside the caller's organisation (the two cannot be told apart). */
    NOT_FOUND(404, WfedException.NOT_FOUND_ZH, "Not found, or outside your organisation"),
    /** The state of the record or a unique rule forbids the change. */
    CONFLICT(409, "与现有记录冲突", "Conflicts with an existing record"),
    /** Someone else changed the record since it was read. */
    VERSION_CONFLICT(409, "该记录已被他人修改，请刷新后重试", "The record was changed by someone else; reload and retry"),
    /** Too many attempts; the answer carries Retry-After. */
    TOO_MANY_ATTEMPTS(429, "尝试次数过多，请稍后再试", "Too many attempts; retry later"),
    /** An unexpected error; the message carries an id for the log. */
    INTERNAL_ERROR(500, "系统内部错误，请联系管理员", "Internal error");

    private final int status;
    private final String zh;
    private final String en;

    ErrorCode(int status, String zh, String en) {
        this.status = status;
        this.zh = zh;
        this.en = en;
    }

    public int status() { return status; }
    public String zh() { return zh; }
    public String en() { return en; }

    /** This error with the catalogue's messages. */
    public WfedException exception() {
        return new WfedException(status, name(), zh, en, List.of());
    }
}
