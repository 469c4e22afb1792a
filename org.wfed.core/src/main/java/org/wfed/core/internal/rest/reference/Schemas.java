package org.wfed.core.internal.rest.reference;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.ws.rs.core.StreamingOutput;

/**
 * JSON Schemas (OpenAPI 3.1, i.e. JSON Schema 2020-12) for the Java types of request and response bodies,
 * read through the application's own {@link ObjectMapper}, so a record's or bean's properties are named
 * exactly as wfed writes and reads them. Records and beans become named {@code components/schemas}
 * referenced by {@code $ref}; value types map to {@code string}, {@code integer}, {@code number}…
 */
final class Schemas {

    private final ObjectMapper mapper;
    private final Map<String, Map<String, Object>> components = new TreeMap<>();
    private final Map<JavaType, String> names = new HashMap<>();

    Schemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The named schemas made so far, for {@code components/schemas}. */
    Map<String, Map<String, Object>> components() {
        return components;
    }

    Map<String, Object> of(Type type) {
        return of(mapper.getTypeFactory().constructType(type));
    }

    /** Whether the body of this type is bytes rather than JSON (a file, a download). */
    static boolean isBinary(Type type) {
        Class<?> raw = type instanceof Class<?> c ? c : null;
        return raw != null && (raw == byte[].class || InputStream.class.isAssignableFrom(raw)
                || StreamingOutput.class.isAssignableFrom(raw) || java.io.File.class.isAssignableFrom(raw));
    }

    private Map<String, Object> of(JavaType t) {
        Class<?> raw = t.getRawClass();
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return type("string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return type("boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return with(type("integer"), "format", "int32");
        }
        if (raw == long.class || raw == Long.class) {
            return with(type("integer"), "format", "int64");
        }
        if (raw == BigInteger.class) {
            return type("integer");
        }
        if (raw == float.class || raw == Float.class || raw == double.class || raw == Double.class
                || raw == BigDecimal.class) {
            return type("number");
        }
        if (raw == LocalDate.class) {
            return with(type("string"), "format", "date");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return with(type("string"), "format", "date-time");
        }
        if (raw == LocalDateTime.class) {
            return with(type("string"), "description", "ISO local date-time, e.g. 2026-12-01T09:30:00");
        }
        if (raw == LocalTime.class) {
            return with(type("string"), "format", "time");
        }
        if (raw == YearMonth.class) {
            return with(type("string"), "description", "year and month, e.g. 2026-12");
        }
        if (raw == Year.class) {
            return type("integer");
        }
        if (raw == UUID.class) {
            return with(type("string"), "format", "uuid");
        }
        if (raw == URI.class) {
            return with(type("string"), "format", "uri");
        }
        if (isBinary(raw)) {
            return with(type("string"), "format", "binary");
        }
        if (raw.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object c : raw.getEnumConstants()) {
                values.add(mapper.convertValue(c, String.class));
            }
            return with(type("string"), "enum", values);
        }
        if (t.isArrayType() || t.isCollectionLikeType()) {
            return with(type("array"), "items", of(t.getContentType()));
        }
        if (t.isMapLikeType()) {
            return with(type("object"), "additionalProperties", of(t.getContentType()));
        }
        if (raw == java.util.Optional.class) {
            return of(t.containedTypeOrUnknown(0));
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw) || raw.isPrimitive() || raw.getName().startsWith("java.")
                || raw.isInterface()) {
            return new LinkedHashMap<>();
        }
        return Map.of("$ref", "#/components/schemas/" + component(t));
    }

    private String component(JavaType t) {
        String known = names.get(t);
        if (known != null) {
            return known;
        }
        StringBuilder name = new StringBuilder(t.getRawClass().getSimpleName());
        for (int i = 0; i < t.containedTypeCount(); i++) {
            name.append(i == 0 ? "Of" : "And").append(t.containedType(i).getRawClass().getSimpleName());
        }
        String unique = name.toString();
        for (int n = 2; components.containsKey(unique); n++) {
            unique = name.toString() + n;
        }
        names.put(t, unique);
        Map<String, Object> schema = type("object");
        components.put(unique, schema);
        BeanDescription bean = mapper.getSerializationConfig().introspect(t);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (p.couldSerialize() || p.couldDeserialize()) {
                properties.put(p.getName(), of(p.getPrimaryType()));
            }
        }
        schema.put("properties", properties);
        return unique;
    }

    private static Map<String, Object> type(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        return m;
    }

    private static Map<String, Object> with(Map<String, Object> schema, String key, Object value) {
        schema.put(key, value);
        return schema;
    }
}
