package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.JSWeakMap;
import dev.oryx.object.JSWeakSet;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * WeakMap (24.3) and WeakSet (24.4). Keys are objects only (ES2022; symbols as keys came in
 * ES2023). See {@link JSWeakMap} for what "weakly" means on the JVM.
 */
public final class WeakCollectionBuiltins {
    private WeakCollectionBuiltins() {
    }

    static void install(Realm realm) {
        installWeakMap(realm);
        installWeakSet(realm);
    }

    private static void installWeakMap(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("WeakMapPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "WeakMap", 0, proto, (r, t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError(r, "Constructor WeakMap requires 'new'");
            }
            JSWeakMap map = new JSWeakMap(ObjectOperations.prototypeFromConstructor(r, nt, "WeakMapPrototype").childRootShape());
            Object iterable = arg(a, 0);
            if (Conversions.isNullish(iterable)) {
                return map;
            }
            return MapBuiltins.addEntriesFromIterable(r, map, iterable, map.get(r, "set", map));
        });
        realm.intrinsics.put("WeakMap", ctor);
        Builtins.install(realm, proto,
            method("delete", 1, (r, t, a) -> {
                JSWeakMap m = thisWeakMap(r, t, "delete");
                return arg(a, 0) instanceof JSObject key && m.weakMapData.remove(key) != null;
            }),
            method("get", 1, (r, t, a) -> {
                JSWeakMap m = thisWeakMap(r, t, "get");
                Object v = arg(a, 0) instanceof JSObject key ? m.weakMapData.get(key) : null;
                return v == null ? Undefined.INSTANCE : v;
            }),
            method("has", 1, (r, t, a) -> {
                JSWeakMap m = thisWeakMap(r, t, "has");
                return arg(a, 0) instanceof JSObject key && m.weakMapData.containsKey(key);
            }),
            method("set", 2, (r, t, a) -> {
                JSWeakMap m = thisWeakMap(r, t, "set");
                if (!(arg(a, 0) instanceof JSObject key)) {
                    throw Errors.typeError(r, "Invalid value used as weak map key: " + Conversions.toDisplayString(arg(a, 0)));
                }
                m.weakMapData.put(key, arg(a, 1));
                return t;
            }),
            Builtins.value(Symbol.TO_STRING_TAG, "WeakMap", Shape.CONFIGURABLE));
        Builtins.global(realm, "WeakMap", ctor);
    }

    private static void installWeakSet(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("WeakSetPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "WeakSet", 0, proto, (r, t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError(r, "Constructor WeakSet requires 'new'");
            }
            JSWeakSet set = new JSWeakSet(ObjectOperations.prototypeFromConstructor(r, nt, "WeakSetPrototype").childRootShape());
            Object iterable = arg(a, 0);
            if (Conversions.isNullish(iterable)) {
                return set;
            }
            Object adder = set.get(r, "add", set);
            if (!(adder instanceof JSFunction add)) {
                throw Errors.typeError(r, "'" + Conversions.toDisplayString(adder) + "' returned for property 'add' of object is not callable");
            }
            SetBuiltins.addValuesFromIterable(r, set, iterable, add);
            return set;
        });
        realm.intrinsics.put("WeakSet", ctor);
        Builtins.install(realm, proto,
            method("add", 1, (r, t, a) -> {
                JSWeakSet s = thisWeakSet(r, t, "add");
                if (!(arg(a, 0) instanceof JSObject value)) {
                    throw Errors.typeError(r, "Invalid value used in weak set: " + Conversions.toDisplayString(arg(a, 0)));
                }
                s.weakSetData.add(value);
                return t;
            }),
            method("delete", 1, (r, t, a) -> {
                JSWeakSet s = thisWeakSet(r, t, "delete");
                return arg(a, 0) instanceof JSObject value && s.weakSetData.remove(value);
            }),
            method("has", 1, (r, t, a) -> {
                JSWeakSet s = thisWeakSet(r, t, "has");
                return arg(a, 0) instanceof JSObject value && s.weakSetData.contains(value);
            }),
            Builtins.value(Symbol.TO_STRING_TAG, "WeakSet", Shape.CONFIGURABLE));
        Builtins.global(realm, "WeakSet", ctor);
    }

    private static JSWeakMap thisWeakMap(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof JSWeakMap m) {
            return m;
        }
        throw Errors.typeError(realm, "Method WeakMap.prototype." + method + " called on incompatible receiver "
            + Conversions.toDisplayString(thisValue));
    }

    private static JSWeakSet thisWeakSet(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof JSWeakSet s) {
            return s;
        }
        throw Errors.typeError(realm, "Method WeakSet.prototype." + method + " called on incompatible receiver "
            + Conversions.toDisplayString(thisValue));
    }
}
