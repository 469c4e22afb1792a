package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Malformed requests to every write endpoint the runtime serves, generated from the resource classes
 * (the body's record components and their types): broken and hostile JSON, wrong media types, every field
 * in turn with a wrong type, an overflowing number, a date out of range or a null in a list, and bad
 * path ids. Every answer must be a 4xx (or a success) in wfed's error shape — never a 5xx.
 */
class FuzzTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private int sent;
    private final List<String> failures = new ArrayList<>();

    @Test
    void malformedRequestsAnswerA4xxInTheErrorShapeNeverA5xx() {
        World w = World.get();
        // a unit admin of a street of her own: nothing she sends may touch the other tests' records
        long sandbox = w.admin.createUnit(w.top, "STREET", Api.unique("模糊测试街道"));
        Api fuzzer = w.admin.createUser(sandbox, "UNIT_ADMIN");
        for (Endpoints.Endpoint e : Endpoints.all()) {
            if (e.path().equals("auth/logout")) {
                continue;
            }
            String path = Paths.forA(e, w);
            path = path == null ? e.path().replaceAll("\\{\\w+}", "1") : path;
            if (e.write()) {
                bodies(fuzzer, e, path);
                for (String bad : List.of("abc", "-1", "0", "1.5", "99999999999999999999", "%2e%2e", "%00")) {
                    String p = e.path().replaceAll("\\{\\w+}", bad);
                    check(fuzzer, e, p, e.method(), "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                }
            } else if (!e.queryParams().isEmpty()) {
                for (String q : e.queryParams()) {
                    for (String v : List.of("abc", "-1", "1.5", "99999999999999999999", "+100000-01-01", "%00")) {
                        check(fuzzer, e, path + (path.contains("?") ? "&" : "?") + q + "=" + v, "GET", null, null);
                    }
                }
            }
        }
        // the figure docs/security.md quotes, in the build's log
        System.out.println("FuzzTest: " + sent + " malformed requests, " + failures.size() + " broke the rule");
        assertTrue(sent >= 1_000, "requests sent: " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers broke the rule:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private void bodies(Api api, Endpoints.Endpoint e, String path) {
        String m = e.method();
        byte[][] broken = {null, new byte[0], bytes("{"), bytes("null"), bytes("[]"), bytes("\"text\""), bytes("1e400"),
                bytes("[".repeat(5_000) + "]".repeat(5_000)), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                bytes("{\"a\":1,\"a\":2}"), bytes("{\"noSuchField\":1}"), bytes("{\"x\":" + "9".repeat(400) + "}")};
        for (byte[] b : broken) {
            check(api, e, path, m, b == null ? null : "application/json", b);
        }
        check(api, e, path, m, "text/plain", bytes("{}"));
        check(api, e, path, m, "application/xml", bytes("<a/>"));
        if (e.body() == null) {
            return;
        }
        ObjectNode plausible = plausible(e.body(), 0) instanceof ObjectNode o ? o : null;
        if (plausible == null) {
            check(api, e, path, m, "application/json", bytes(plausible(e.body(), 0).toString()));
            return;
        }
        Class<?> type = raw(e.body());
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            for (JsonNode bad : wrong(c.getGenericType())) {
                ObjectNode copy = plausible.deepCopy();
                copy.set(c.getName(), bad);
                check(api, e, path, m, "application/json", bytes(copy.toString()));
            }
            // the same field twice
            check(api, e, path, m, "application/json", bytes(plausible.toString().replaceFirst("\\{",
                    "{\"" + c.getName() + "\":" + plausible.path(c.getName()) + ",")));
        }
        check(api, e, path, m, "application/json", bytes(plausible.toString()));
    }

    private void check(Api api, Endpoints.Endpoint e, String path, String method, String type, byte[] body) {
        sent++;
        String what = e + " " + method + " /api/" + path + " " + (body == null ? "(no body)" : abbreviate(new String(body, StandardCharsets.UTF_8)));
        Api.Reply r;
        try {
            r = api.sendRaw(method, path, type, body, Map.of());
        } catch (IllegalStateException closed) {
            // once more on a fresh connection: the client may have reused one the server had just closed (keep-alive race)
            try {
                r = api.sendRaw(method, path, type, body, Map.of());
            } catch (IllegalStateException broken) {
                failures.add("no answer for " + what + ": " + broken.getMessage());
                return;
            }
        }
        if (r.status() >= 500) {
            failures.add(r.status() + " for " + what + " → " + r.raw().body());
            return;
        }
        if (r.status() >= 400) {
            JsonNode b = r.body();
            boolean shape = b.isObject() && b.path("status").asInt() == r.status() && !b.path("code").asText().isEmpty()
                    && !b.path("message").asText().isEmpty() && b.path("fields").isArray();
            if (!shape) {
                failures.add("not the error shape for " + what + " → " + r.status() + " " + abbreviate(r.raw().body()));
            }
        }
    }

    /** Wrong values for a field of this type. */
    private static List<JsonNode> wrong(Type t) {
        Class<?> c = raw(t);
        List<JsonNode> out = new ArrayList<>(List.of(F.arrayNode(), F.objectNode()));
        if (c == String.class) {
            out.add(F.numberNode(12345));
            out.add(F.textNode("x".repeat(100_000)));
            out.add(F.textNode("\u0000<script>\u202e"));
        } else if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
            out.add(F.textNode("abc"));
            out.add(F.numberNode(16.9));
            out.add(F.numberNode(new java.math.BigInteger("99999999999999999999999")));
            out.add(F.numberNode(-1));
            if (c.isPrimitive()) {
                out.add(F.nullNode());
            }
        } else if (c == double.class || c == Double.class) {
            out.add(F.textNode("abc"));
            out.add(F.numberNode(-1e308));
        } else if (c == boolean.class || c == Boolean.class) {
            out.add(F.textNode("yes"));
            out.add(F.numberNode(2));
        } else if (c == LocalDate.class) {
            out.add(F.textNode("+100000-01-01"));
            out.add(F.numberNode(20260101));
            out.add(F.textNode("2026-02-30"));
            out.add(F.textNode("1899-12-31"));
        } else if (c.isEnum()) {
            out.add(F.textNode("NO_SUCH_VALUE"));
            out.add(F.numberNode(0));
        } else if (Collection.class.isAssignableFrom(c)) {
            ArrayNode withNull = F.arrayNode();
            withNull.addNull();
            out.add(withNull);
            out.add(F.textNode("x"));
        }
        return out;
    }

    /** A well-typed value, so that one wrong field at a time is what the server meets. */
    private static JsonNode plausible(Type t, int depth) {
        Class<?> c = raw(t);
        if (c == String.class) {
            return F.textNode("x");
        }
        if (c == long.class || c == Long.class || c == int.class || c == Integer.class || c == short.class) {
            return F.numberNode(1);
        }
        if (c == double.class || c == Double.class || c == java.math.BigDecimal.class) {
            return F.numberNode(1.0);
        }
        if (c == boolean.class || c == Boolean.class) {
            return F.booleanNode(false);
        }
        if (c == LocalDate.class) {
            return F.textNode(LocalDate.now().toString());
        }
        if (c.isEnum()) {
            return F.textNode(((Enum<?>) c.getEnumConstants()[0]).name());
        }
        if (Collection.class.isAssignableFrom(c)) {
            return F.arrayNode();
        }
        if (c.isRecord() && depth < 3) {
            ObjectNode o = F.objectNode();
            for (RecordComponent rc : c.getRecordComponents()) {
                o.set(rc.getName(), plausible(rc.getGenericType(), depth + 1));
            }
            return o;
        }
        return F.objectNode();
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
