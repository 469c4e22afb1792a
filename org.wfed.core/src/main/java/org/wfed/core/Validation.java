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
            throw WfedException.bodyRequired();
        }
        return in;
    }

    /** Parses an ISO date (YYYY-MM-DD, 1900–2100) of a query parameter, or a 400 naming the field. */
    public static LocalDate date(String field, String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw WfedException.invalidField(field, FieldCode.INVALID_DATE);
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw WfedException.invalidField(field, FieldCode.DATE_OUT_OF_RANGE);
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
                add(field, FieldCode.REQUIRED);
            }
        } else if (value.length() > maxLength) {
            add(field, FieldCode.TOO_LONG, maxLength);
        }
        return this;
    }

    public Validation required(String field, Object value) {
        if (value == null) {
            add(field, FieldCode.REQUIRED);
        }
        return this;
    }

    public Validation positive(String field, long value) {
        if (value <= 0) {
            add(field, FieldCode.NOT_POSITIVE);
        }
        return this;
    }

    public Validation notNegative(String field, long value) {
        if (value < 0) {
            add(field, FieldCode.NEGATIVE);
        }
        return this;
    }

    public Validation notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now())) {
            add(field, FieldCode.IN_FUTURE);
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

    /**
     * The one unit-founding check: an error on {@code field} when the unit did not exist on {@code day}
     * ({@link FieldCode#BEFORE_UNIT_FOUNDED} naming the founding date, or {@link FieldCode#AFTER_UNIT_CLOSED}).
     * A unit whose founding date is unknown ({@code validFrom} null) is never refused as too young.
     */
    public Validation unitExisted(String field, org.wfed.core.dto.OrgUnit unit, LocalDate day) {
        FieldError problem = unitProblem(field, unit, day);
        if (problem != null) {
            errors.add(problem);
        }
        return this;
    }

    /** {@link #unitExisted} as one field error, or null when the unit existed on the day (or its founding is unknown). */
    public static FieldError unitProblem(String field, org.wfed.core.dto.OrgUnit unit, LocalDate day) {
        if (unit == null || day == null) {
            return null;
        }
        if (unit.validFrom() != null && day.isBefore(unit.validFrom())) {
            return FieldError.of(field, FieldCode.BEFORE_UNIT_FOUNDED, unit.name(), unit.validFrom());
        }
        if (unit.validTo() != null && day.isAfter(unit.validTo())) {
            return FieldError.of(field, FieldCode.AFTER_UNIT_CLOSED, unit.name(), unit.validTo());
        }
        return null;
    }

    /** {@link #unitExisted} thrown at once as a 400. */
    public static void checkUnitExisted(String field, org.wfed.core.dto.OrgUnit unit, LocalDate day) {
        new Validation().unitExisted(field, unit, day).check();
    }

    /** Adds a catalogue error; {@code args} fill its messages. */
    public Validation add(String field, FieldCode code, Object... args) {
        errors.add(FieldError.of(field, code, args));
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
