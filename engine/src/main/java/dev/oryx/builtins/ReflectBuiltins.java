package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.List;

import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;

/** The Reflect object (28.1): the internal methods as functions. */
public final class ReflectBuiltins {
    private ReflectBuiltins() {
    }

    static void install(Realm realm) {
        JSObject reflect = realm.newObject();
        realm.intrinsics.put("Reflect", reflect);
        Builtins.install(realm, reflect,
            method("apply", 3, ReflectBuiltins::apply),
            method("construct", 2, ReflectBuiltins::construct),
            method("defineProperty", 3, (r, t, a) -> {
                JSObject target = target(r, a, "defineProperty");
                Object key = Conversions.toPropertyKey(r, arg(a, 1));
                return target.defineOwnProperty(r, key, ObjectOperations.toPropertyDescriptor(r, arg(a, 2)));
            }),
            method("deleteProperty", 2, (r, t, a) -> {
                JSObject target = target(r, a, "deleteProperty");
                return target.delete(r, Conversions.toPropertyKey(r, arg(a, 1)));
            }),
            method("get", 2, (r, t, a) -> {
                JSObject target = target(r, a, "get");
                Object key = Conversions.toPropertyKey(r, arg(a, 1));
                return target.get(r, key, a.length > 2 ? a[2] : target);
            }),
            method("getOwnPropertyDescriptor", 2, (r, t, a) -> {
                JSObject target = target(r, a, "getOwnPropertyDescriptor");
                Object key = Conversions.toPropertyKey(r, arg(a, 1));
                return ObjectOperations.fromPropertyDescriptor(r, target.getOwnProperty(r, key));
            }),
            method("getPrototypeOf", 1, (r, t, a) -> {
                JSObject proto = target(r, a, "getPrototypeOf").getPrototypeOf(r);
                return proto == null ? Null.INSTANCE : proto;
            }),
            method("has", 2, (r, t, a) -> {
                JSObject target = target(r, a, "has");
                return target.hasProperty(r, Conversions.toPropertyKey(r, arg(a, 1)));
            }),
            method("isExtensible", 1, (r, t, a) -> target(r, a, "isExtensible").isExtensible(r)),
            method("ownKeys", 1, (r, t, a) -> {
                List<Object> keys = target(r, a, "ownKeys").ownPropertyKeys(r);
                Object[] values = new Object[keys.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Conversions.keyToValue(keys.get(i));
                }
                return r.newArray(values);
            }),
            method("preventExtensions", 1, (r, t, a) -> target(r, a, "preventExtensions").preventExtensions(r)),
            method("set", 3, (r, t, a) -> {
                JSObject target = target(r, a, "set");
                Object key = Conversions.toPropertyKey(r, arg(a, 1));
                return target.set(r, key, arg(a, 2), a.length > 3 ? a[3] : target);
            }),
            method("setPrototypeOf", 2, (r, t, a) -> {
                JSObject target = target(r, a, "setPrototypeOf");
                Object proto = arg(a, 1);
                if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
                    throw Errors.typeError(r, "Object prototype may only be an Object or null: " + Conversions.toDisplayString(proto));
                }
                return target.setPrototypeOf(r, proto instanceof JSObject p ? p : null);
            }),
            Builtins.value(Symbol.TO_STRING_TAG, "Reflect", Shape.CONFIGURABLE));
        Builtins.global(realm, "Reflect", reflect);
    }

    private static JSObject target(Realm realm, Object[] args, String method) {
        if (arg(args, 0) instanceof JSObject o) {
            return o;
        }
        throw Errors.typeError(realm, "Reflect." + method + " called on non-object");
    }

    /** Reflect.apply (28.1.1) */
    private static Object apply(Realm realm, Object thisValue, Object[] args) {
        if (!(arg(args, 0) instanceof JSFunction f)) {
            throw Errors.typeError(realm, "Reflect.apply target is not a function");
        }
        Object[] list = ObjectOperations.listFromArrayLike(realm, arg(args, 2));
        return f.call(arg(args, 1), list);
    }

    /** Reflect.construct (28.1.2) */
    private static Object construct(Realm realm, Object thisValue, Object[] args) {
        Object target = arg(args, 0);
        if (!Conversions.isConstructor(target)) {
            throw Errors.typeError(realm, "Reflect.construct target is not a constructor");
        }
        Object newTarget = args.length > 2 ? args[2] : target;
        if (!Conversions.isConstructor(newTarget)) {
            throw Errors.typeError(realm, "Reflect.construct newTarget is not a constructor");
        }
        Object[] list = ObjectOperations.listFromArrayLike(realm, arg(args, 1));
        return ((JSFunction) target).construct(list, (JSObject) newTarget);
    }
}
