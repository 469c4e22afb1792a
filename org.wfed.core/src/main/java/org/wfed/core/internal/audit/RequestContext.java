package org.wfed.core.internal.audit;

/**
 * The HTTP request the current thread serves, for the audit entries written while it runs: the
 * client's address and the request line, and whether a successful action has been recorded already
 * (then the request needs no entry of its own). Set and cleared by {@link AuditFilter}.
 */
public final class RequestContext {
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    final String clientAddress;
    final String requestLine;
    volatile boolean recordedOk;
    volatile org.wfed.core.Caller caller;

    private RequestContext(String clientAddress, String requestLine) {
        this.clientAddress = clientAddress;
        this.requestLine = requestLine;
    }

    /** Begins the context of the request this thread now serves (the previous one's, if left, is replaced). */
    public static void begin(String clientAddress, String requestLine) {
        CURRENT.set(new RequestContext(clientAddress, requestLine));
    }

    static RequestContext current() {
        return CURRENT.get();
    }

    static void end() {
        CURRENT.remove();
    }

    /** Records who the current request's caller is, once authenticated. */
    public static void authenticated(org.wfed.core.Caller caller) {
        RequestContext r = CURRENT.get();
        if (r != null) {
            r.caller = caller;
        }
    }

    /** The caller of the current request, or null outside one or before sign-in. */
    public static org.wfed.core.Caller caller() {
        RequestContext r = CURRENT.get();
        return r == null ? null : r.caller;
    }

    /** The client address of the current request, or null outside one (shell, timers). */
    public static String clientAddress() {
        RequestContext r = CURRENT.get();
        return r == null ? null : r.clientAddress;
    }
}
