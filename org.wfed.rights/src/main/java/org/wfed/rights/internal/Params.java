package org.wfed.rights.internal;

import java.time.LocalDate;
import org.wfed.core.FieldCode;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;

/** Query parameters of the module's lists, read with a 400 naming the parameter when one is not valid. */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw WfedException.invalidField(field, FieldCode.INVALID_VALUE, text);
        }
    }

    public static LocalDate date(String field, String text) {
        return Validation.optionalDate(field, text);
    }

    /** A year's first or last day when only the year is given. */
    public static Listing listing(long unitId, String year, String from, String to, int page, int size) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (year != null && !year.isBlank()) {
            int y;
            try {
                y = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                throw WfedException.invalidField("year", FieldCode.INVALID_VALUE, year);
            }
            if (y < 1900 || y > 2100) {
                throw WfedException.invalidField("year", FieldCode.OUT_OF_RANGE, 1900, 2100);
            }
            f = f == null ? LocalDate.of(y, 1, 1) : f;
            t = t == null ? LocalDate.of(y, 12, 31) : t;
        }
        return new Listing(unitId, f, t, page, size);
    }
}
