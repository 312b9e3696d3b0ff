package dev.oryx.object;

import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

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
        dev.oryx.interp.ExecutionStack stack = realm.stack;
        stack.enterNative(realm);
        try {
            return code.invoke(realm, thisValue, args, Undefined.INSTANCE);
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
            return code.invoke(realm, Undefined.INSTANCE, args, newTarget);
        } finally {
            stack.exitNative();
        }
    }

    public Code code() {
        return code;
    }
}
