package dev.oryx.api;

import java.util.Objects;

/**
 * A JavaScript function implemented in Java, made before any context exists and installable
 * anywhere a Java value crosses into JavaScript: a global ({@code global.set("f", fn)},
 * {@link JSContext#setGlobal}), a property of any object, an argument of a call, the result of
 * another host function.
 *
 * <pre>{@code
 * JSFunction add = JSFunction.of("add", 2, (thisValue, args) -> args[0].asDouble() + args[1].asDouble());
 * context.global().set("add", add);
 * }</pre>
 *
 * <p>Each crossing into a context creates a new function object of that context (its
 * {@code Function.prototype}, its realm); to install the same function object in several places,
 * convert it once with {@link JSContext#asValue} and pass the {@link JSValue}. Results and
 * exceptions cross as described in {@link JSCallback}: a Java exception becomes a catchable
 * JavaScript {@code Error} whose Java cause the host finds in {@link JSException#getCause()}.
 * Immutable and usable with any number of contexts and runtimes.
 */
public final class JSFunction {
    private final String name;
    private final int length;
    private final JSCallback callback;

    private JSFunction(String name, int length, JSCallback callback) {
        this.name = Objects.requireNonNull(name, "name");
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        this.length = length;
        this.callback = Objects.requireNonNull(callback, "callback");
    }

    /** An anonymous function ({@code name} "", {@code length} 0). */
    public static JSFunction of(JSCallback callback) {
        return new JSFunction("", 0, callback);
    }

    /** A function with the given {@code name} and {@code length} properties. */
    public static JSFunction of(String name, int length, JSCallback callback) {
        return new JSFunction(name, length, callback);
    }

    /** The function's {@code name} property. */
    public String name() {
        return name;
    }

    /** The function's {@code length} property (the number of declared parameters). */
    public int length() {
        return length;
    }

    /** What runs when a script calls the function. */
    public JSCallback callback() {
        return callback;
    }

    @Override
    public String toString() {
        return "JSFunction[" + (name.isEmpty() ? "anonymous" : name) + "/" + length + "]";
    }
}
