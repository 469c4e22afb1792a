package org.wfed.core.internal.rest.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Builds the OpenAPI 3.1 document of wfed's REST API from the resource classes present: paths and their
 * parameters from the JAX-RS annotations, bodies and responses from the Java types (through {@link Schemas}),
 * the permissions each operation checks and the entities of its {@link Response}s from its code (through
 * {@link MethodScan}), one tag per module. Every error answers with the one envelope, {@code Error}.
 */
final class OpenApiDocument {

    /** A module (or plugin) as a tag of the document. */
    record Module(String id, String nameZh, String nameEn) {
    }

    /** One resource class of the application, the module it belongs to and how to read its code. */
    record Resource(Class<?> type, Module module, MethodScan scan) {
        public Resource {
            if (type == null || module == null || scan == null) {
                throw new IllegalArgumentException("resource, module and scan are required");
            }
        }
    }

    /** What the document says of the deployment, besides its resources. */
    record Settings(String base, Predicate<String> isPublic, Class<?> errorType, ObjectMapper mapper) {
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^:}\\s]+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+?))?\\s*}");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private final Settings settings;
    private final Schemas schemas;
    private final Set<String> operationIds = new LinkedHashSet<>();

    private OpenApiDocument(Settings settings) {
        this.settings = settings;
        this.schemas = new Schemas(settings.mapper());
    }

    static Map<String, Object> build(List<Resource> resources, Settings settings) {
        return new OpenApiDocument(settings).document(resources);
    }

    private Map<String, Object> document(List<Resource> resources) {
        Map<String, Object> paths = new TreeMap<>();
        Map<String, Module> tags = new TreeMap<>();
        List<Resource> ordered = new ArrayList<>(resources);
        ordered.sort(Comparator.comparing(r -> r.type().getName()));
        for (Resource r : ordered) {
            tags.put(r.module().id(), r.module());
            List<Method> methods = new ArrayList<>(Arrays.asList(r.type().getMethods()));
            methods.sort(Comparator.comparing(Method::getName).thenComparing(MethodScan::descriptor));
            for (Method m : methods) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                Map<String, String> parameters = new LinkedHashMap<>();
                String path = path(r.type(), m, parameters);
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, k -> new TreeMap<>());
                item.put(verb, operation(r, m, verb, path, parameters));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", info());
        doc.put("servers", List.of(Map.of("url", "/", "description", "this deployment")));
        doc.put("tags", tags.values().stream().map(t -> Map.of("name", t.id(),
                "description", t.nameZh() + " · " + t.nameEn(),
                "x-displayName", t.nameZh() + " " + t.nameEn())).toList());
        doc.put("security", List.of(Map.of("session", List.of()), Map.of("bearer", List.of())));
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        Map<String, Object> error = schemas.of(settings.errorType());
        components.put("responses", errorResponses(error));
        components.put("securitySchemes", securitySchemes());
        components.put("schemas", schemas.components());
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "wfed API · 妇联工作平台接口");
        info.put("version", "1.0.0");
        info.put("description", "Generated from the modules and plugins running in this deployment. "
                + "Sign in with POST /api/auth/login (session cookie; writes then need the X-CSRF-Token header "
                + "from the login answer) or send Authorization: Bearer <API token>. "
                + "x-wfed-permissions names the permissions an operation checks; every error answers with the "
                + "Error envelope. 由本部署中运行的模块和插件生成；x-wfed-permissions 为该操作检查的权限。");
        return info;
    }

    private Map<String, Object> operation(Resource r, Method m, String verb, String path, Map<String, String> pathParams) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(r.module().id()));
        op.put("operationId", operationId(r.type().getSimpleName() + "_" + m.getName()));
        op.put("summary", r.type().getSimpleName().replace("Resource", "") + " · " + words(m.getName()));
        List<Object> parameters = new ArrayList<>();
        Map<String, Object> body = null;
        Map<String, Object> form = new LinkedHashMap<>();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class) || p.isAnnotationPresent(Suspended.class)
                    || p.isAnnotationPresent(BeanParam.class) || p.isAnnotationPresent(MatrixParam.class)) {
                continue;
            }
            PathParam pp = p.getAnnotation(PathParam.class);
            QueryParam qp = p.getAnnotation(QueryParam.class);
            HeaderParam hp = p.getAnnotation(HeaderParam.class);
            CookieParam cp = p.getAnnotation(CookieParam.class);
            FormParam fp = p.getAnnotation(FormParam.class);
            if (pp != null) {
                parameters.add(parameter(pp.value(), "path", p, pathParams.get(pp.value())));
            } else if (qp != null) {
                parameters.add(parameter(qp.value(), "query", p, null));
            } else if (hp != null) {
                parameters.add(parameter(hp.value(), "header", p, null));
            } else if (cp != null) {
                parameters.add(parameter(cp.value(), "cookie", p, null));
            } else if (fp != null) {
                form.put(fp.value(), schemas.of(p.getParameterizedType()));
            } else {
                body = requestBody(r.type(), m, p.getParameterizedType());
            }
        }
        for (String name : pathParams.keySet()) {
            boolean declared = parameters.stream().anyMatch(x -> name.equals(((Map<?, ?>) x).get("name"))
                    && "path".equals(((Map<?, ?>) x).get("in")));
            if (!declared) {
                parameters.add(parameter(name, "path", null, pathParams.get(name)));
            }
        }
        if (!form.isEmpty()) {
            body = Map.of("required", true, "content", Map.of(MediaType.APPLICATION_FORM_URLENCODED,
                    Map.of("schema", Map.of("type", "object", "properties", form))));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (body != null) {
            op.put("requestBody", body);
        }
        boolean open = settings.isPublic().test(path.substring(settings.base().length() + 1));
        MethodScan.Found found = r.scan().scan(m);
        if (open) {
            op.put("security", List.of());
        } else {
            op.put("x-wfed-permissions", List.copyOf(found.permissions()));
            op.put("description", found.permissions().isEmpty()
                    ? "权限 Permission: 任何已登录用户 any signed-in user"
                    : "权限 Permission: " + String.join(", ", found.permissions()));
        }
        op.put("responses", responses(r.type(), m, verb, found, open, body != null || !parameters.isEmpty(), !pathParams.isEmpty()));
        return op;
    }

    private Map<String, Object> parameter(String name, String in, Parameter p, String pattern) {
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("name", name);
        param.put("in", in);
        Map<String, Object> schema = p == null ? new LinkedHashMap<>(Map.of("type", "string"))
                : new LinkedHashMap<>(schemas.of(p.getParameterizedType()));
        if (pattern != null && "string".equals(schema.get("type"))) {
            schema.put("pattern", "^(" + pattern + ")$");
        } else if (pattern != null) {
            param.put("description", "matches " + pattern);
        }
        DefaultValue dv = p == null ? null : p.getAnnotation(DefaultValue.class);
        if (dv != null) {
            schema.put("default", defaultValue(schema, dv.value()));
        }
        boolean primitive = p != null && p.getType().isPrimitive() && dv == null;
        param.put("required", "path".equals(in) || primitive);
        param.put("schema", schema);
        return param;
    }

    private static Object defaultValue(Map<String, Object> schema, String value) {
        try {
            return switch (String.valueOf(schema.get("type"))) {
                case "integer" -> Long.parseLong(value);
                case "number" -> new java.math.BigDecimal(value);
                case "boolean" -> Boolean.parseBoolean(value);
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private Map<String, Object> requestBody(Class<?> resource, Method m, Type type) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String media : mediaTypes(m.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class))) {
            content.put(media, Map.of("schema", Schemas.isBinary(type) && isJson(media)
                    ? Map.of("type", "string", "format", "binary") : schemas.of(type)));
        }
        return Map.of("required", true, "content", content);
    }

    private Map<String, Object> responses(Class<?> resource, Method m, String verb, MethodScan.Found found, boolean open,
                                          boolean input, boolean hasPathParams) {
        Map<String, Object> responses = new TreeMap<>();
        List<String> produces = mediaTypes(m.getAnnotation(Produces.class), resource.getAnnotation(Produces.class));
        Class<?> returns = m.getReturnType();
        if (returns == void.class) {
            responses.put("204", Map.of("description", "Done, no content · 完成"));
        } else if (returns == Response.class) {
            Set<Integer> statuses = found.statuses().isEmpty() ? Set.of(200) : found.statuses();
            for (int status : statuses) {
                responses.put(String.valueOf(status), status == 204
                        ? Map.of("description", "Done, no content · 完成")
                        : success(produces, found.entities()));
            }
        } else {
            responses.put("200", success(produces, List.of(m.getGenericReturnType())));
        }
        if (input) {
            responses.put("400", ref("BadRequest"));
        }
        if (!open) {
            responses.put("401", ref("Unauthenticated"));
            responses.put("403", ref("Forbidden"));
        }
        if (hasPathParams) {
            responses.put("404", ref("NotFound"));
        }
        if (WRITES.contains(verb)) {
            responses.put("409", ref("Conflict"));
        }
        responses.put("default", ref("Error"));
        return responses;
    }

    private Map<String, Object> success(List<String> produces, List<Type> entities) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String media : produces) {
            if (!isJson(media)) {
                content.put(media, Map.of("schema", Map.of("type", "string", "format", "binary")));
            } else if (entities.size() == 1 && !Schemas.isBinary(entities.get(0))) {
                content.put(media, Map.of("schema", schemas.of(entities.get(0))));
            } else if (entities.size() > 1) {
                content.put(media, Map.of("schema", Map.of("oneOf", entities.stream()
                        .filter(e -> !Schemas.isBinary(e)).map(schemas::of).toList())));
            } else {
                content.put(media, Map.of());
            }
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", "OK · 成功");
        response.put("content", content);
        return response;
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/responses/" + name);
    }

    private static Map<String, Object> errorResponses(Map<String, Object> error) {
        Map<String, Object> responses = new LinkedHashMap<>();
        String[][] kinds = {
            {"BadRequest", "提交的内容有误：code, message, fields (each field error names the field as the form calls it) · Invalid input"},
            {"Unauthenticated", "未登录或登录已超时 · Not signed in (code UNAUTHENTICATED or BAD_TOKEN)"},
            {"Forbidden", "无此权限，或缺少 CSRF 令牌 · The caller lacks the permission, or the CSRF token is missing"},
            {"NotFound", "不存在，或不在本单位及下级单位范围内 · Not found, or outside the caller's units"},
            {"Conflict", "记录已被他人修改或状态不允许 · Changed by someone else, or not allowed in its state"},
            {"Error", "任何错误的统一格式；500 带 errorId · Any error, one envelope; a 500 carries an errorId"},
        };
        for (String[] kind : kinds) {
            responses.put(kind[0], Map.of("description", kind[1],
                    "content", Map.of(MediaType.APPLICATION_JSON, Map.of("schema", error))));
        }
        return responses;
    }

    private static Map<String, Object> securitySchemes() {
        Map<String, Object> schemes = new LinkedHashMap<>();
        schemes.put("session", Map.of("type", "apiKey", "in", "cookie", "name", org.wfed.core.Sessions.COOKIE,
                "description", "Session of POST /api/auth/login; writes also send the X-CSRF-Token header · 登录会话，写操作须带 X-CSRF-Token"));
        schemes.put("bearer", Map.of("type", "http", "scheme", "bearer",
                "description", "API token (我的账户 → 接口令牌), at most 90 days · 接口令牌"));
        return schemes;
    }

    /** The OpenAPI path of a method; path parameters and their regular expressions go into {@code params}. */
    private String path(Class<?> resource, Method m, Map<String, String> params) {
        StringBuilder raw = new StringBuilder(settings.base());
        for (Path p : new Path[] {resource.getAnnotation(Path.class), m.getAnnotation(Path.class)}) {
            if (p != null && !p.value().isBlank()) {
                raw.append('/').append(p.value());
            }
        }
        String joined = raw.toString().replaceAll("/{2,}", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return template(joined, params);
    }

    /** {@code /a/{id: [0-9]+}} → {@code /a/{id}}, with {@code id → [0-9]+} put into {@code params}. */
    static String template(String path, Map<String, String> params) {
        Matcher matcher = TEMPLATE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            params.put(matcher.group(1), matcher.group(2) == null ? null : matcher.group(2).trim());
            matcher.appendReplacement(out, Matcher.quoteReplacement("{" + matcher.group(1) + "}"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Object onMethod, Object onClass) {
        String[] values = onMethod instanceof Produces p ? p.value() : onMethod instanceof Consumes c ? c.value()
                : onClass instanceof Produces p ? p.value() : onClass instanceof Consumes c ? c.value()
                : new String[] {MediaType.APPLICATION_JSON};
        Set<String> types = new LinkedHashSet<>();
        for (String v : values) {
            for (String t : v.split(",")) {
                types.add(t.trim());
            }
        }
        return List.copyOf(types);
    }

    private static boolean isJson(String media) {
        return media.contains("json");
    }

    private String operationId(String wanted) {
        String id = wanted;
        for (int n = 2; !operationIds.add(id); n++) {
            id = wanted + n;
        }
        return id;
    }

    /** {@code addCandidate} → {@code add candidate}. */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
