package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSFinalizationRegistry;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.JSWeakRef;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * WeakRef (26.1) and FinalizationRegistry (26.2) of ES2022 (no cleanupSome). The host clears the
 * kept objects and runs cleanups through {@link Realm#weakRefJobs}.
 */
public final class WeakRefBuiltins {
    private WeakRefBuiltins() {
    }

    static void install(Realm realm) {
        JSObject refProto = realm.newObject();
        realm.intrinsics.put("WeakRefPrototype", refProto);
        NativeFunction weakRef = Builtins.constructor(realm, "WeakRef", 1, refProto, WeakRefBuiltins::constructWeakRef);
        realm.intrinsics.put("WeakRef", weakRef);
        Builtins.install(realm, refProto,
            method("deref", 0, WeakRefBuiltins::deref),
            Builtins.value(Symbol.TO_STRING_TAG, "WeakRef", Shape.CONFIGURABLE));
        Builtins.global(realm, "WeakRef", weakRef);

        JSObject registryProto = realm.newObject();
        realm.intrinsics.put("FinalizationRegistryPrototype", registryProto);
        NativeFunction registry = Builtins.constructor(realm, "FinalizationRegistry", 1, registryProto,
            WeakRefBuiltins::constructRegistry);
        realm.intrinsics.put("FinalizationRegistry", registry);
        Builtins.install(realm, registryProto,
            method("register", 2, WeakRefBuiltins::register),
            method("unregister", 1, WeakRefBuiltins::unregister),
            Builtins.value(Symbol.TO_STRING_TAG, "FinalizationRegistry", Shape.CONFIGURABLE));
        Builtins.global(realm, "FinalizationRegistry", registry);
    }

    /** WeakRef ( target ) (26.1.1.1) */
    private static Object constructWeakRef(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError(realm, "Constructor WeakRef requires 'new'");
        }
        if (!(arg(args, 0) instanceof JSObject target)) {
            throw Errors.typeError(realm, "WeakRef: target must be an object");
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "WeakRefPrototype");
        realm.weakRefJobs.addToKeptObjects(target);
        return new JSWeakRef(proto.childRootShape(), target);
    }

    /** WeakRef.prototype.deref () (26.1.3.2) with WeakRefDeref (26.1.4.1) */
    private static Object deref(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof JSWeakRef ref)) {
            throw Errors.typeError(realm, "Method WeakRef.prototype.deref called on incompatible receiver "
                + Conversions.toDisplayString(thisValue));
        }
        JSObject target = ref.weakRefTarget.get();
        if (target == null) {
            return Undefined.INSTANCE;
        }
        realm.weakRefJobs.addToKeptObjects(target);
        return target;
    }

    /** FinalizationRegistry ( cleanupCallback ) (26.2.1.1) */
    private static Object constructRegistry(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError(realm, "Constructor FinalizationRegistry requires 'new'");
        }
        if (!(arg(args, 0) instanceof JSFunction callback)) {
            throw Errors.typeError(realm, "FinalizationRegistry: cleanup must be callable");
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "FinalizationRegistryPrototype");
        return new JSFinalizationRegistry(proto.childRootShape(), callback, realm.weakRefJobs);
    }

    private static JSFinalizationRegistry thisRegistry(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof JSFinalizationRegistry r) {
            return r;
        }
        throw Errors.typeError(realm, "Method FinalizationRegistry.prototype." + method + " called on incompatible receiver "
            + Conversions.toDisplayString(thisValue));
    }

    /** FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] ) (26.2.3.2) */
    private static Object register(Realm realm, Object thisValue, Object[] args) {
        JSFinalizationRegistry registry = thisRegistry(realm, thisValue, "register");
        if (!(arg(args, 0) instanceof JSObject target)) {
            throw Errors.typeError(realm, "FinalizationRegistry.prototype.register: target must be an object");
        }
        Object heldValue = arg(args, 1);
        if (Equality.sameValue(target, heldValue)) {
            throw Errors.typeError(realm, "FinalizationRegistry.prototype.register: target and holdings must not be same");
        }
        Object token = arg(args, 2);
        if (!(token instanceof JSObject) && token != Undefined.INSTANCE) {
            throw Errors.typeError(realm, "FinalizationRegistry.prototype.register: invalid unregister token "
                + Conversions.toDisplayString(token));
        }
        registry.register(target, heldValue, token instanceof JSObject t ? t : null);
        return Undefined.INSTANCE;
    }

    /** FinalizationRegistry.prototype.unregister ( unregisterToken ) (26.2.3.3) */
    private static Object unregister(Realm realm, Object thisValue, Object[] args) {
        JSFinalizationRegistry registry = thisRegistry(realm, thisValue, "unregister");
        if (!(arg(args, 0) instanceof JSObject token)) {
            throw Errors.typeError(realm, "FinalizationRegistry.prototype.unregister: invalid unregister token "
                + Conversions.toDisplayString(arg(args, 0)));
        }
        return registry.unregister(token);
    }
}
