package dev.oryx.api;

/**
 * A function implemented in Java, made callable from scripts with
 * {@link JSContext#function(String, int, JSCallback)} (or by passing the lambda where a value is
 * expected: {@code global.set("f", (JSCallback) (self, args) -> ...)}).
 *
 * <p>The result is converted as any Java value crossing into JavaScript (see {@link HostAccess});
 * {@code null} means {@code undefined}. A {@link JSException} thrown here is thrown in the script
 * as it is (see {@link JSContext#newError}); any other exception becomes a JavaScript
 * {@code Error} with the Java message, catchable by the script, and when it reaches the host
 * uncaught, {@link JSException#getCause()} is the original Java exception. The engine itself
 * never fails because of a callback.
 */
@FunctionalInterface
public interface JSCallback {
    /**
     * @param thisValue the call's {@code this} ({@code undefined} for a plain call)
     * @param args the arguments, as many as the caller passed
     */
    Object call(JSValue thisValue, JSValue[] args) throws Exception;
}
