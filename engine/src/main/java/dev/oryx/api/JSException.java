package dev.oryx.api;

import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSObject;

/**
 * A JavaScript exception crossing into Java: carries the thrown JavaScript value. Stackless (no
 * Java stack trace is filled in): it is how native code throws JS errors and how the host sees
 * uncaught ones. {@link #getMessage()} is "Name: message" for Error objects, {@link #jsStack()}
 * the JavaScript stack.
 *
 * <p>When the error was raised by a Java exception in a host function ({@link JSCallback}, an
 * exported method), {@link #getCause()} is that Java exception and {@link #isHostException()}
 * is true; scripts never see the Java exception, only an {@code Error} with its message.
 */
public class JSException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object value;
    private transient JSContext context;

    /** A JavaScript exception carrying the thrown value {@code value} (any JavaScript value). */
    public JSException(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** For subclasses that keep a Java cause (host exceptions turned into JS errors). */
    protected JSException(Object value, Throwable cause) {
        super(null, cause, false, false);
        this.value = value;
    }

    /** Records the context the exception came out of (the first one). */
    JSException bind(JSContext cx) {
        if (context == null) {
            context = cx;
        }
        return this;
    }

    /** The thrown JavaScript value (engine representation). */
    public Object value() {
        return dev.oryx.string.ConsString.flatIfRope(value);
    }

    /**
     * The thrown value as a {@link JSValue} of the context it came out of, or null for an
     * exception that did not come out of a context (thrown by engine code called directly).
     */
    public JSValue jsValue() {
        return context == null ? null : new JSValue(context, value);
    }

    /** The error's {@code name} property, or null when the value is not an object. */
    public String errorName() {
        if (value instanceof JSObject o) {
            Object n = o.get(null, "name", o);
            return dev.oryx.string.ConsString.flatIfRope(n) instanceof String s ? s : null;
        }
        return null;
    }

    /** The error's {@code message} property, or the value as text. */
    public String errorMessage() {
        if (value instanceof JSObject o) {
            Object m = o.get(null, "message", o);
            return m instanceof String s ? s : String.valueOf(m);
        }
        return String.valueOf(value);
    }

    /** The JavaScript stack of an Error object ("    at f (file.js:1:5)" lines), or "". */
    public String jsStack() {
        if (value instanceof ErrorObject o) {
            Object s = dev.oryx.string.ConsString.flatIfRope(o.getOwnDataValue("stack"));
            if (s instanceof String str) {
                int nl = str.indexOf('\n');
                return nl < 0 ? "" : str.substring(nl + 1);
            }
        }
        return "";
    }

    /** Whether the error stands for a Java exception thrown by host code ({@link #getCause()}). */
    public boolean isHostException() {
        return value instanceof ErrorObject e && e.hostCause != null;
    }

    /** The Java cause: the host exception behind the error, or the engine failure of an {@link JSContext.InternalErrorException}. */
    @Override
    public synchronized Throwable getCause() {
        Throwable c = super.getCause();
        if (c == null && value instanceof ErrorObject e) {
            return e.hostCause;
        }
        return c;
    }

    @Override
    public String getMessage() {
        try {
            if (value instanceof JSObject) {
                String name = errorName();
                String message = errorMessage();
                if (name == null || name.isEmpty()) {
                    return message;
                }
                return message.isEmpty() ? name : name + ": " + message;
            }
            return dev.oryx.runtime.Conversions.toDisplayString(value);
        } catch (RuntimeException e) {
            return "<exception>";
        }
    }
}
