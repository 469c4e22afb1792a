package org.wfed.core.internal.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.wfed.core.extension.ConsolePage;

/**
 * Serves the web console: the shell and core's pages from {@code console/} in this bundle, and
 * {@code /console/modules/<pageId>/<file>} from the resource folder of the bundle that registered
 * that page ({@link RootRedirect} sends {@code /} here).
 * Every answer carries a strict Content-Security-Policy: no inline script or style anywhere.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("wfed.console")
@HttpWhiteboardServletPattern("/console/*")
public final class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
    private static final String MODULES = "/modules/";
    /** Path segments we serve: plain file and folder names, never "." or ".." or encoded tricks. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final transient ConsolePages pages;
    private final transient Bundle self;

    @Activate
    public ConsoleServlet(@Reference ConsolePages pages) {
        this.pages = pages;
        this.self = FrameworkUtil.getBundle(ConsoleServlet.class);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        secure(response);
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect("/console/");
            return;
        }
        if ("/".equals(path)) {
            path = "/index.html";
        }
        Optional<Found> file = path.startsWith(MODULES) ? moduleFile(path.substring(MODULES.length()))
                : entry(self, "console", path.substring(1));
        if (file.isEmpty()) {
            notFound(response);
            return;
        }
        send(file.get(), path, request, response, body);
    }

    /** {@code <pageId>/<file>} → the file in the page's resource folder of its own bundle. */
    private Optional<Found> moduleFile(String rest) {
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        Optional<ConsolePage> page = pages.byId(rest.substring(0, slash));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Bundle bundle = FrameworkUtil.getBundle(page.get().getClass());
        if (bundle == null) {
            return Optional.empty();
        }
        return entry(bundle, page.get().resourceFolder(), rest.substring(slash + 1));
    }

    /** The file {@code folder/relative} of the bundle, if the relative path is safe and names a file. */
    static Optional<Found> entry(Bundle bundle, String folder, String relative) {
        if (folder == null || !isSafe(relative)) {
            return Optional.empty();
        }
        String base = folder.replaceAll("^/+|/+$", "");
        URL url = bundle.getEntry(base.isEmpty() ? relative : base + "/" + relative);
        return url == null || url.getPath().endsWith("/") ? Optional.empty() : Optional.of(new Found(bundle, url));
    }

    /** Only plain relative names: no "..", no ".", no empty segment, no backslash, no percent. */
    static boolean isSafe(String relative) {
        if (relative == null || relative.isEmpty() || relative.length() > 200) {
            return false;
        }
        for (String segment : relative.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return false;
            }
        }
        return true;
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** A file and the bundle it comes from. */
    record Found(Bundle bundle, URL url) {
    }

    private static void send(Found file, String path, HttpServletRequest request, HttpServletResponse response,
                             boolean body) throws IOException {
        // files change only when their bundle is updated: revalidate every time, answer 304 when unchanged
        String etag = "\"" + file.bundle().getBundleId() + "-" + Long.toHexString(file.bundle().getLastModified())
                + "-" + Integer.toHexString(file.url().getPath().hashCode()) + "\"";
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType(path));
        try (InputStream in = file.url().openStream()) {
            byte[] bytes = in.readAllBytes();
            response.setContentLength(bytes.length);
            if (body) {
                try (OutputStream out = response.getOutputStream()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write("404 找不到该页面 / Not found".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
