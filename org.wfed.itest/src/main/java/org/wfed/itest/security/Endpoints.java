package org.wfed.itest.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

/**
 * Every endpoint the running wfed application serves, read from the JAX-RS whiteboard runtime (its
 * resources and their methods, so a module or plugin that adds one is covered at once), with what the
 * resource class says about each: the Java method, its path parameters, query parameters and body type.
 */
final class Endpoints {
    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class, Context.class,
            CookieParam.class, HeaderParam.class, FormParam.class, MatrixParam.class, BeanParam.class);
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    /** One endpoint: HTTP method, path template below /api (e.g. {@code people/{id}}), and its Java side. */
    record Endpoint(String method, String path, Class<?> resource, Method javaMethod, Type body, List<String> pathParams,
                    List<String> queryParams) {
        boolean write() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Endpoints() {
    }

    static List<Endpoint> all() {
        BundleContext ctx = FrameworkUtil.getBundle(Endpoints.class).getBundleContext();
        JaxrsServiceRuntime runtime = ctx.getService(ctx.getServiceReference(JaxrsServiceRuntime.class));
        List<Endpoint> out = new ArrayList<>();
        int dtoMethods = 0;
        for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
            if (!"wfed".equals(app.name)) {
                continue;
            }
            for (ResourceDTO r : app.resourceDTOs) {
                dtoMethods += r.resourceMethods.length;
                Class<?> type = resourceClass(ctx, r.serviceId);
                List<Endpoint> found = fromClass(type);
                // the runtime's own list of the resource's methods and the class must agree
                if (found.size() != r.resourceMethods.length) {
                    throw new AssertionError(type.getName() + ": runtime lists " + r.resourceMethods.length + " methods, the class "
                            + found.size() + " " + methods(r));
                }
                out.addAll(found);
            }
        }
        if (out.size() != dtoMethods || out.isEmpty()) {
            throw new AssertionError("endpoints " + out.size() + " against the runtime's " + dtoMethods);
        }
        out.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return out;
    }

    private static String methods(ResourceDTO r) {
        List<String> s = new ArrayList<>();
        for (ResourceMethodInfoDTO m : r.resourceMethods) {
            s.add(m.method + " " + m.path);
        }
        return s.toString();
    }

    private static Class<?> resourceClass(BundleContext ctx, long serviceId) {
        try {
            ServiceReference<?>[] refs = ctx.getServiceReferences((String) null, "(service.id=" + serviceId + ")");
            Object service = ctx.getService(refs[0]);
            Class<?> type = service.getClass();
            ctx.ungetService(refs[0]);
            return type;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Endpoint> fromClass(Class<?> type) {
        Path base = type.getAnnotation(Path.class);
        List<Endpoint> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            String http = http(m);
            if (http == null) {
                continue;
            }
            Path p = m.getAnnotation(Path.class);
            String path = join(base == null ? "" : base.value(), p == null ? "" : p.value());
            List<String> params = new ArrayList<>();
            Matcher x = PARAM.matcher(path);
            while (x.find()) {
                params.add(x.group(1));
            }
            String plain = PARAM.matcher(path).replaceAll("{$1}");
            Type body = null;
            List<String> query = new ArrayList<>();
            for (Parameter param : m.getParameters()) {
                QueryParam q = param.getAnnotation(QueryParam.class);
                if (q != null) {
                    query.add(q.value());
                }
                boolean annotated = false;
                for (Annotation a : param.getAnnotations()) {
                    annotated |= NOT_BODY.contains(a.annotationType());
                }
                if (!annotated) {
                    body = param.getParameterizedType();
                }
            }
            out.add(new Endpoint(http, plain, type, m, body, params, query));
        }
        return out;
    }

    private static String http(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return m.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
    }

    private static String join(String a, String b) {
        String s = (trim(a) + "/" + trim(b));
        return trim(s);
    }

    private static String trim(String s) {
        String t = s;
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
