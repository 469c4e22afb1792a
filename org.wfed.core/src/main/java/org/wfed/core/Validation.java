package org.wfed.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors of one input and throws them together as a 400. Records call it from
 * their compact constructors so that an invalid DTO cannot exist.
 * <pre>
 * new Validation().text("name", name, 50, true).positive("seats", seats).check();
 * </pre>
 */
public final class Validation {
    /** The earliest day a date field takes unless it says otherwise. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest day a date field takes unless it says otherwise. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** The message of a date outside {@link #EARLIEST}–{@link #LATEST}. */
    public static final String DATE_RANGE_MESSAGE = "日期应在1900-01-01至2100-12-31之间";

    private final List<FieldError> errors = new ArrayList<>();

    /** The request body, or a 400 when the request had none. */
    public static <T> T body(T in) {
        if (in == null) {
            throw WfedException.invalid("EMPTY_BODY", "请求内容为空", "Empty request body");
        }
        return in;
    }

    /** Parses an ISO date (YYYY-MM-DD, 1900–2100) of a query parameter, or a 400 naming the field. */
    public static LocalDate date(String field, String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw WfedException.invalidFields(List.of(new FieldError(field, "BAD_DATE", "日期格式应为 YYYY-MM-DD")));
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw WfedException.invalidFields(List.of(new FieldError(field, "DATE_OUT_OF_RANGE", DATE_RANGE_MESSAGE)));
        }
        return day;
    }

    /** {@link #date} of an optional query parameter: null when it is absent or blank. */
    public static LocalDate optionalDate(String field, String text) {
        return text == null || text.isBlank() ? null : date(field, text);
    }

    public Validation text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "REQUIRED", "必填");
            }
        } else if (value.length() > maxLength) {
            add(field, "TOO_LONG", "不能超过" + maxLength + "个字符");
        }
        return this;
    }

    public Validation required(String field, Object value) {
        if (value == null) {
            add(field, "REQUIRED", "必填");
        }
        return this;
    }

    public Validation positive(String field, long value) {
        if (value <= 0) {
            add(field, "NOT_POSITIVE", "必须大于0");
        }
        return this;
    }

    public Validation notNegative(String field, long value) {
        if (value < 0) {
            add(field, "NEGATIVE", "不能为负数");
        }
        return this;
    }

    public Validation notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now())) {
            add(field, "IN_FUTURE", "日期不能晚于今天");
        }
        return this;
    }

    /** Adds an error when {@code ok} is false. */
    public Validation rule(boolean ok, String field, String code, String message) {
        if (!ok) {
            add(field, code, message);
        }
        return this;
    }

    public Validation add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a 400 with every error collected, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw WfedException.invalidFields(errors);
        }
    }
}
