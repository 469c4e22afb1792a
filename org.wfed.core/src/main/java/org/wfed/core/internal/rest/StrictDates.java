package org.wfed.core.internal.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.wfed.core.FieldCode;
import org.wfed.core.Validation;

/**
 * Dates in request bodies: a JSON string {@code YYYY-MM-DD} of a day that exists, between
 * {@link Validation#EARLIEST} and {@link Validation#LATEST}. Numbers (epoch days), arrays and
 * years like {@code +100000} are refused with a 400 naming the field, never stored.
 */
final class StrictDates extends JsonDeserializer<LocalDate> {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    static SimpleModule module() {
        return new SimpleModule("wfed-dates").addDeserializer(LocalDate.class, new StrictDates());
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new FieldProblem(p, FieldCode.INVALID_DATE.name(), FieldCode.INVALID_DATE.zh());
        }
        String text = p.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            throw new FieldProblem(p, FieldCode.INVALID_DATE.name(), FieldCode.INVALID_DATE.zh());
        }
        if (day.isBefore(Validation.EARLIEST) || day.isAfter(Validation.LATEST)) {
            throw new FieldProblem(p, FieldCode.DATE_OUT_OF_RANGE.name(), FieldCode.DATE_OUT_OF_RANGE.zh());
        }
        return day;
    }

    @Override
    public LocalDate getNullValue(DeserializationContext ctx) {
        return null;
    }
}
