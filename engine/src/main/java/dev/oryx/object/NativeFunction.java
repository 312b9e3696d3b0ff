package dev.oryx.object;

import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;
import dev.oryx.string.ConsString;

/** A built-in function implemented in Java (10.3). */
public final class NativeFunction extends JSFunction {
    /** The Java implementation: {@code newTarget} is undefined for [[Call]]. */
    @FunctionalInterface
    public interface Code {
        Object invoke(Realm realm, Object thisValue, Object[] args, Object newTarget);
    }

    private final Code code;
    private final boolean constructor;

    public NativeFunction(Shape shape, Realm realm, Code code, boolean constructor) {
        super(shape, realm);
        this.code = code;
        this.constructor = constructor;
    }

    @Override
    public Object call(Object thisValue, Object[] args) {
        return call(realm, code, thisValue, args);
    }

    /**
     * [[Call]] of the built-in whose realm and code these are: the compiler tier calls a call
     * site's one built-in here, with its code a constant of the compiled class, so that HotSpot
     * can inline the implementation into the caller.
     */
    public static Object call(Realm realm, Code code, Object thisValue, Object[] args) {
        dev.oryx.interp.ExecutionStack stack = realm.stack;
        stack.enterNative(realm);
        try {
            return code.invoke(realm, flatRopes(thisValue, args), args, Undefined.INSTANCE);
        } finally {
            stack.exitNative();
        }
    }

    @Override
    public boolean isConstructor() {
        return constructor;
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        dev.oryx.interp.ExecutionStack stack = realm.stack;
        stack.enterNative(realm);
        try {
            flatRopes(null, args);
            return code.invoke(realm, Undefined.INSTANCE, args, newTarget);
        } finally {
            stack.exitNative();
        }
    }

    /**
     * Replaces ropes among the arguments by their flat Strings (in place: the same JavaScript
     * values) and returns {@code thisValue} likewise, so that built-ins only ever see
     * {@link String} for a String value passed to them.
     */
    private static Object flatRopes(Object thisValue, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof ConsString c) {
                args[i] = c.flatten();
            }
        }
        return thisValue instanceof ConsString c ? c.flatten() : thisValue;
    }

    public Code code() {
        return code;
    }
}
