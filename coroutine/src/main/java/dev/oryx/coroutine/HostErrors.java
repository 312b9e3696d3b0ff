package dev.oryx.coroutine;

import dev.oryx.builtins.Builtins;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * Error types the host adds to a realm ({@code TimeoutError}, {@code RemoteError},
 * {@code DataCloneError}...), made like the NativeError constructors of ECMA-262 20.5.6: a
 * constructor whose prototype inherits from %Error.prototype% and carries {@code name} and
 * {@code message}. Each realm gets its own constructor the first time the type is used; it is
 * kept with the realm's intrinsics, so errors of one type in one realm share a prototype and
 * {@code instanceof} works. Call on the thread that runs the realm.
 */
public final class HostErrors {
    private HostErrors() {
    }

    private static String key(String name) {
        return "host:" + name;
    }

    /** The constructor of the error type {@code name} in {@code realm}, created on first use. */
    public static NativeFunction constructor(Realm realm, String name) {
        JSObject existing = realm.intrinsics.get(key(name));
        if (existing != null) {
            return (NativeFunction) existing;
        }
        JSObject proto = realm.newObject(realm.errorPrototype);
        String protoKey = key(name) + "Prototype";
        NativeFunction ctor = Builtins.constructor(realm, name, 1, proto, (r, t, args, newTarget) -> {
            Object nt = newTarget == Undefined.INSTANCE ? r.intrinsic(key(name)) : newTarget;
            JSObject p = ObjectOperations.prototypeFromConstructor(r, nt, protoKey);
            ErrorObject e = new ErrorObject(p.childRootShape());
            Object message = Builtins.arg(args, 0);
            if (message != Undefined.INSTANCE) {
                e.defineOwn("message", Conversions.toString(r, message), Shape.WRITABLE | Shape.CONFIGURABLE);
            }
            r.stack.captureStackTrace(e);
            return e;
        });
        ctor.setPrototypeUnchecked(realm.intrinsic("Error"));
        Builtins.install(realm, proto,
            Builtins.value("name", name, Shape.WRITABLE | Shape.CONFIGURABLE),
            Builtins.value("message", "", Shape.WRITABLE | Shape.CONFIGURABLE));
        realm.intrinsics.put(protoKey, proto);
        realm.intrinsics.put(key(name), ctor);
        return ctor;
    }

    /** A new error of type {@code name} with {@code message}; its stack is the realm's current JavaScript stack. */
    public static ErrorObject create(Realm realm, String name, String message) {
        constructor(realm, name);
        return realm.newError(realm.intrinsic(key(name) + "Prototype"), message);
    }

    /** Defines a data property on an error (writable, configurable, not enumerable, like "message"). */
    public static void define(ErrorObject error, String key, Object value) {
        error.defineOwn(key, value, Shape.WRITABLE | Shape.CONFIGURABLE);
    }
}
