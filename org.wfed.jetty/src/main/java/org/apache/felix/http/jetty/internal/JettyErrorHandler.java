package org.apache.felix.http.jetty.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * wfed's replacement of Felix HTTP's server-wide error handler (same name, same constructor, so Felix's
 * JettyService installs it unchanged): every error Jetty answers itself — a malformed or ambiguous
 * request line such as {@code /api/%2e%2e/x} or {@code %00}, an error no servlet handled — answers wfed's
 * JSON error envelope ({@code {"status","code","message","messageEn","fields":[],"errorId":null}}) instead of
 * Jetty's HTML page, which named Jetty and its version to a prober. Felix's custom headers are kept.
 */
public class JettyErrorHandler extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
    private static final String JSON = "application/json;charset=utf-8";

    private final Map<String, String> customHeaders;

    public JettyErrorHandler(Map<String, String> customHeaders) {
        this.customHeaders = customHeaders;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        customHeaders.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, JSON);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(envelope(response.getStatus())), callback);
        return true;
    }

    /** A request Jetty could not even parse: the same envelope, written by Jetty's connection. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        return ByteBuffer.wrap(envelope(status));
    }

    static byte[] envelope(int status) {
        String[] m = switch (status) {
            case 400 -> new String[] {"BAD_REQUEST", "请求地址或内容有误", "Bad request"};
            case 401 -> new String[] {"UNAUTHENTICATED", "请先登录", "Sign in first"};
            case 403 -> new String[] {"FORBIDDEN", "无权执行此操作", "Forbidden"};
            case 404 -> new String[] {"NOT_FOUND", "找不到该记录，或不在您的管辖范围内", "Not found, or outside your organisation"};
            case 405 -> new String[] {"METHOD_NOT_ALLOWED", "不支持该操作", "Method not allowed"};
            case 413 -> new String[] {"TOO_LARGE", "提交的内容过大", "Request too large"};
            case 414 -> new String[] {"URI_TOO_LONG", "请求地址过长", "Request URI too long"};
            case 431 -> new String[] {"HEADERS_TOO_LARGE", "请求头过大", "Request headers too large"};
            case 503 -> new String[] {"UNAVAILABLE", "服务暂不可用，请稍后重试", "Service unavailable"};
            default -> status >= 500 ? new String[] {"INTERNAL_ERROR", "系统内部错误，请联系管理员", "Internal error"}
                    : new String[] {"BAD_REQUEST", "请求有误", "Bad request"};
        };
        return ("{\"status\":" + status + ",\"code\":\"" + m[0] + "\",\"message\":\"" + m[1] + "\",\"messageEn\":\"" + m[2]
                + "\",\"fields\":[],\"errorId\":null}").getBytes(StandardCharsets.UTF_8);
    }
}
