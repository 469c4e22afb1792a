package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.CookieParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.wfed.itest.Api;

/**
 * {@code GET /api/reference} documents 100 % of the operations the JAX-RS runtime serves: each one, with a
 * parameter for every path template variable, a request body wherever the Java method takes one, a response schema
 * and the permissions it checks; a plugin's operations come and go with it.
 */
class ApiReferenceTest {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\s*([^:}\\s]+)[^}]*(?:\\{[^}]*}[^}]*)*}");

    @BeforeAll
    static void up() {
        Api.awaitUp("elections", "aid", "activities", "reporting", "services");
    }

    private static JsonNode reference() {
        return new Api().get("reference").expect(200).body();
    }

    /** "get /api/elections/{id}" for every operation of the runtime, with the JAX-RS method serving it. */
    private static Map<String, Method> runtimeOperations() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ApiReferenceTest.class).getBundleContext();
        Map<String, Method> ops = new TreeMap<>();
        for (ApplicationDTO app : Api.service(JaxrsServiceRuntime.class).getRuntimeDTO().applicationDTOs) {
            if (!"wfed".equals(app.name)) {
                continue;
            }
            for (ResourceDTO r : app.resourceDTOs) {
                ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(service.id=" + r.serviceId + ")");
                Bundle bundle = refs[0].getBundle();
                Class<?> type = bundle.loadClass(((String[]) refs[0].getProperty(Constants.OBJECTCLASS))[0]);
                for (ResourceMethodInfoDTO m : r.resourceMethods) {
                    String path = "/api" + (m.path.startsWith("/") ? "" : "/") + m.path;
                    String key = m.method.toLowerCase() + " " + TEMPLATE_VARIABLE.matcher(path).replaceAll("{$1}").replaceAll("/+$", "");
                    ops.put(key, javaMethod(type, m.method, key));
                }
            }
        }
        return ops;
    }

    /** The method of the resource class the runtime names by verb and path (compared after the same rewriting). */
    private static Method javaMethod(Class<?> type, String verb, String key) {
        javax.ws.rs.Path base = type.getAnnotation(javax.ws.rs.Path.class);
        for (Method m : type.getMethods()) {
            boolean verbMatches = false;
            for (Annotation a : m.getAnnotations()) {
                HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
                verbMatches |= h != null && h.value().equals(verb);
            }
            javax.ws.rs.Path own = m.getAnnotation(javax.ws.rs.Path.class);
            String path = ("/api/" + base.value() + "/" + (own == null ? "" : own.value())).replaceAll("/+", "/");
            String candidate = verb.toLowerCase() + " " + TEMPLATE_VARIABLE.matcher(path).replaceAll("{$1}").replaceAll("/+$", "");
            if (verbMatches && candidate.equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no method of " + type.getName() + " for " + key);
    }

    private static Map<String, JsonNode> documented(JsonNode doc) {
        Map<String, JsonNode> ops = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields(); verbs.hasNext(); ) {
                Map.Entry<String, JsonNode> verb = verbs.next();
                ops.put(verb.getKey() + " " + path.getKey(), verb.getValue());
            }
        }
        return ops;
    }

    @Test
    void everyOperationOfTheRuntimeIsDocumentedWithItsParametersAndBody() throws Exception {
        JsonNode doc = reference();
        assertEquals("3.1.0", doc.path("openapi").asText());
        Map<String, Method> runtime = runtimeOperations();
        Map<String, JsonNode> ops = documented(doc);
        assertEquals(runtime.keySet(), ops.keySet(), "the document lists exactly the runtime's operations");
        assertTrue(ops.size() > 150, "the whole deployment: " + ops.size());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : ops.entrySet()) {
            String key = e.getKey();
            JsonNode op = e.getValue();
            assertFalse(key.contains(":"), "a regular expression left in " + key);
            Set<String> pathParams = new TreeSet<>();
            op.path("parameters").forEach(p -> {
                if ("path".equals(p.path("in").asText())) {
                    pathParams.add(p.path("name").asText());
                }
                if (p.path("schema").isEmpty()) {
                    missing.add(key + ": parameter " + p.path("name").asText() + " has no schema");
                }
            });
            Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(key);
            while (variables.find()) {
                if (!pathParams.remove(variables.group(1))) {
                    missing.add(key + ": no path parameter " + variables.group(1));
                }
            }
            Method m = runtime.get(key);
            int queryLike = 0;
            boolean takesBody = false;
            for (Parameter p : m.getParameters()) {
                if (p.isAnnotationPresent(Context.class)) {
                    continue;
                }
                if (p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(HeaderParam.class)
                        || p.isAnnotationPresent(CookieParam.class)) {
                    queryLike++;
                } else if (!p.isAnnotationPresent(PathParam.class)) {
                    takesBody = true;
                }
            }
            int documentedOther = 0;
            for (JsonNode p : op.path("parameters")) {
                documentedOther += "path".equals(p.path("in").asText()) ? 0 : 1;
            }
            if (documentedOther != queryLike) {
                missing.add(key + ": " + queryLike + " query/header/cookie parameters, " + documentedOther + " documented");
            }
            JsonNode body = op.path("requestBody").path("content");
            if (takesBody != !body.isMissingNode()) {
                missing.add(key + ": body " + (takesBody ? "undocumented" : "documented but none taken"));
            }
            body.forEach(media -> {
                if (media.path("schema").isEmpty()) {
                    missing.add(key + ": request body without schema");
                }
            });
            if (!op.path("responses").path("default").path("$ref").asText().endsWith("/Error")) {
                missing.add(key + ": no error response");
            }
            boolean open = op.has("security") && op.path("security").isEmpty();
            if (!open && !op.path("x-wfed-permissions").isArray()) {
                missing.add(key + ": no x-wfed-permissions");
            }
        }
        assertEquals(List.of(), missing, "operations not fully documented");
    }

    @Test
    void referencesResolveAndTheErrorEnvelopeIsTheAppsOwn() {
        JsonNode doc = reference();
        JsonNode schemas = doc.path("components").path("schemas");
        List<String> dangling = new ArrayList<>();
        collectRefs(doc, dangling, doc);
        assertEquals(List.of(), dangling);
        Set<String> error = new TreeSet<>();
        schemas.path("ErrorBody").path("properties").fieldNames().forEachRemaining(error::add);
        assertEquals(Set.of("status", "code", "message", "messageEn", "fields", "errorId"), error);
        Api.Reply refused = new Api().post("elections", Map.of());
        Set<String> sent = new TreeSet<>();
        refused.body().fieldNames().forEachRemaining(sent::add);
        assertTrue(error.containsAll(sent), "the envelope a refusal really carries " + sent + " is documented " + error);
    }

    private static void collectRefs(JsonNode node, List<String> dangling, JsonNode doc) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && doc.at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
            node.forEach(child -> collectRefs(child, dangling, doc));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, dangling, doc));
        }
    }

    @Test
    void permissionsAreThoseTheOperationsCheck() {
        Map<String, JsonNode> ops = documented(reference());
        assertEquals("[\"elections.manage\"]", ops.get("post /api/elections").path("x-wfed-permissions").toString());
        assertEquals("[\"elections.read\"]", ops.get("get /api/elections/{id}").path("x-wfed-permissions").toString());
        assertTrue(ops.get("post /api/aid/applications").path("x-wfed-permissions").toString().contains("aid.apply"),
                "checked in aid's service, not its resource: " + ops.get("post /api/aid/applications").path("x-wfed-permissions"));
        assertEquals("[]", ops.get("get /api/auth/me").path("x-wfed-permissions").toString(), "any signed-in user");
        assertEquals("[]", ops.get("get /api/health").path("security").toString(), "public");
        long withPermission = ops.values().stream().filter(op -> op.path("x-wfed-permissions").size() > 0).count();
        assertTrue(withPermission * 10 >= ops.size() * 7, withPermission + " of " + ops.size() + " name a permission");
    }

    @Test
    void tagsNameEachModuleInChineseAndEnglish() {
        Map<String, String> tags = new TreeMap<>();
        reference().path("tags").forEach(t -> tags.put(t.path("name").asText(), t.path("description").asText()));
        assertEquals(Set.of("core", "elections", "aid", "activities", "rights", "reporting", "services"), tags.keySet());
        assertEquals("平台 · Platform", tags.get("core"));
        assertTrue(tags.get("elections").matches(".*[\\u4e00-\\u9fff].* · .*[A-Za-z].*"), tags.get("elections"));
    }

    @Test
    void aPluginsOperationsAppearAndGoWithIt() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ApiReferenceTest.class).getBundleContext();
        Bundle plugin;
        try (InputStream in = ApiReferenceTest.class.getResourceAsStream("/plugins/insurance.jar")) {
            plugin = context.installBundle("file:/wfed-itest/plugins/reference-insurance.jar", in);
        }
        try {
            plugin.start();
            JsonNode op = await(true);
            assertEquals("[\"insurance\"]", op.path("tags").toString());
            assertTrue(op.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText()
                    .endsWith("/NewPolicy"), op.toString());
        } finally {
            plugin.uninstall();
        }
        await(false);
    }

    /** Waits (30 s at most) until the plugin's POST /api/insurance/policies is (or is no longer) documented. */
    private static JsonNode await(boolean present) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonNode op = reference().path("paths").path("/api/insurance/policies").path("post");
            if (op.isMissingNode() != present) {
                return op;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("insurance operations " + (present ? "never appeared" : "never went"));
            }
            Thread.sleep(200);
        }
    }
}
