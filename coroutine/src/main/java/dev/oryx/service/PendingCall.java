package dev.oryx.service;

import dev.oryx.api.JSContext;
import dev.oryx.coroutine.DeferredValue;
import dev.oryx.coroutine.HostErrors;
import dev.oryx.object.ErrorObject;
import dev.oryx.runtime.Conversions;

/**
 * What a service's generator waits for: attached to its wait in the coroutine manager, so each
 * step finds its handler run and {@code jtask.pending()} can say what is awaited; for a call, also
 * the recipe of its {@code TimeoutError} (one object per pending call, which matters when 100,000
 * calls wait).
 *
 * @param invocation the handler run (or detached request) the generator belongs to
 * @param target the callee's name, "sleep" or "promise"; "" for the first step of a handler
 * @param method the method called ("" for the others)
 * @param startNanos when the wait began
 * @param timeoutMillis the call's timeout (0: none)
 */
record PendingCall(Invocation invocation, String target, String method, long startNanos, long timeoutMillis) implements DeferredValue {
    /** The TimeoutError of the call, made in the caller's realm when the deadline passed. */
    @Override
    public Object create(JSContext cx) {
        ErrorObject e = HostErrors.create(cx.realm(), "TimeoutError", "call to " + target + "." + method + " timed out after " + timeoutMillis + " ms");
        HostErrors.define(e, "target", target);
        HostErrors.define(e, "method", method);
        HostErrors.define(e, "timeout", Conversions.number(timeoutMillis));
        return e;
    }
}
