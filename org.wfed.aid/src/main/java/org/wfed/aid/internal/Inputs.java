package org.wfed.aid.internal;

import org.wfed.core.WfedException;

/** Guards of request bodies: an empty body is a 400, never a 500. */
public final class Inputs {
    private Inputs() {
    }

    public static <T> T body(T in) {
        if (in == null) {
            throw WfedException.invalid("BODY_REQUIRED", "请求内容为空", "The request body is missing");
        }
        return in;
    }
}
