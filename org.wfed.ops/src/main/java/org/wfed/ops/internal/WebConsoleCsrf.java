package org.wfed.ops.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.wfed.core.Sessions;

/**
 * CSRF protection of the Felix Web Console: every request that can change something (anything but GET, HEAD
 * and OPTIONS) must carry the token of the signer-in's wfed session, in the {@code X-CSRF-Token} header (the
 * console's own Ajax calls) or as the {@code _csrf} query parameter (its forms, including bundle uploads);
 * without it the console answers 403 and does nothing. The token is an HMAC of the session cookie with a key
 * made at each start, so it is bound to the session and needs no storage. The console's pages get a small
 * script that adds the token to every Ajax call and form (served by this filter at {@link #SCRIPT}).
 */
@Component(service = Filter.class, property = {
        // the console registers its servlet in a servlet context of its own, at /system/console
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=org.apache.felix.webconsole)",
        "service.ranking:Integer=100"})
@HttpWhiteboardFilterName("wfed.webconsole.csrf")
@HttpWhiteboardFilterPattern("/*")
public final class WebConsoleCsrf implements Filter {
    static final String HEADER = "X-CSRF-Token";
    static final String PARAMETER = "_csrf";
    static final String SCRIPT = "/system/console/res/wfed-csrf.js";
    private static final String JS = """
            (function () {
              var meta = document.querySelector('meta[name="wfed-csrf"]');
              if (!meta) return;
              var token = meta.getAttribute('content');
              if (window.jQuery) jQuery.ajaxSetup({ headers: { 'X-CSRF-Token': token } });
              document.addEventListener('submit', function (e) {
                var f = e.target;
                if (!f || (f.method || '').toLowerCase() !== 'post') return;
                var a = f.getAttribute('action') || (location.pathname + location.search);
                if (a.indexOf('_csrf=') < 0) f.setAttribute('action', a + (a.indexOf('?') < 0 ? '?' : '&') + '_csrf=' + encodeURIComponent(token));
              }, true);
            })();
            """;

    private final byte[] key = new byte[32];

    public WebConsoleCsrf() {
        new SecureRandom().nextBytes(key);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String session = cookie(request);
        if (SCRIPT.equals(request.getRequestURI())) {
            response.setContentType("application/javascript;charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getWriter().write(JS);
            return;
        }
        if (changes(request)) {
            String given = request.getHeader(HEADER) != null ? request.getHeader(HEADER) : queryParameter(request, PARAMETER);
            if (session == null || given == null || !MessageDigest.isEqual(token(session).getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8))) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("缺少或无效的 CSRF 令牌，操作未执行。请刷新页面后重试。\n"
                        + "Missing or invalid CSRF token: nothing was done. Reload the page and try again.\n");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (session == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Page page = new Page(response);
        chain.doFilter(request, page);
        page.finish(token(session));
    }

    /** Whether the request can change something. */
    static boolean changes(HttpServletRequest r) {
        String m = r.getMethod();
        return !("GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m));
    }

    /** The session's token, for tests and for the page. */
    String token(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A parameter of the query string only: reading the body would consume an upload. */
    static String queryParameter(HttpServletRequest r, String name) {
        String q = r.getQueryString();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (Sessions.COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** Holds an HTML page back to add the token and the script to its head; anything else passes through. */
    private static final class Page extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Page(HttpServletResponse response) {
            super(response);
        }

        private boolean html() {
            String type = getContentType();
            return type != null && type.startsWith("text/html");
        }

        @Override
        public void setContentLength(int len) {
            // the page grows by the script tag; the length is set when it is written
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!html()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        // the page is buffered in memory, so writing is always possible at once
                        try {
                            listener.onWritePossible();
                        } catch (java.io.IOException e) {
                            listener.onError(e);
                        }
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!html()) {
                return super.getWriter();
            }
            if (writer == null) {
                String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer, cs));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held until finish()
        }

        void finish(String token) throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (buffer.size() == 0 && !html()) {
                return;
            }
            String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            String page = buffer.toString(cs);
            String head = "<meta name=\"wfed-csrf\" content=\"" + token + "\"><script src=\"" + SCRIPT + "\"></script>";
            int at = page.indexOf("</head>");
            page = at < 0 ? page : page.substring(0, at) + head + page.substring(at);
            byte[] bytes = page.getBytes(cs);
            HttpServletResponse out = (HttpServletResponse) getResponse();
            out.setContentLength(bytes.length);
            out.getOutputStream().write(bytes);
            out.flushBuffer();
        }
    }
}
