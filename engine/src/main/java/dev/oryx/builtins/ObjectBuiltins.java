package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.List;

import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The Object constructor and Object.prototype (20.1), with Annex B's __proto__ and __defineGetter__ family. */
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.objectPrototype;
        NativeFunction ctor = Builtins.constructor(realm, "Object", 1, proto, ObjectBuiltins::construct);
        realm.intrinsics.put("Object", ctor);
        Builtins.install(realm, ctor,
            method("assign", 2, ObjectBuiltins::assign),
            method("create", 2, ObjectBuiltins::create),
            method("defineProperties", 2, ObjectBuiltins::defineProperties),
            method("defineProperty", 3, ObjectBuiltins::defineProperty),
            method("entries", 1, (r, t, a) -> r.newArray(ObjectOperations.enumerableOwnProperties(r, Conversions.toObject(r, arg(a, 0)), 2).toArray())),
            method("freeze", 1, (r, t, a) -> integrity(r, arg(a, 0), true)),
            method("fromEntries", 1, ObjectBuiltins::fromEntries),
            method("getOwnPropertyDescriptor", 2, (r, t, a) -> ObjectOperations.fromPropertyDescriptor(r,
                Conversions.toObject(r, arg(a, 0)).getOwnProperty(r, Conversions.toPropertyKey(r, arg(a, 1))))),
            method("getOwnPropertyDescriptors", 1, ObjectBuiltins::getOwnPropertyDescriptors),
            method("getOwnPropertyNames", 1, (r, t, a) -> ownKeys(r, arg(a, 0), false)),
            method("getOwnPropertySymbols", 1, (r, t, a) -> ownKeys(r, arg(a, 0), true)),
            method("getPrototypeOf", 1, (r, t, a) -> orNull(Conversions.toObject(r, arg(a, 0)).getPrototypeOf(r))),
            method("hasOwn", 2, (r, t, a) -> {
                JSObject o = Conversions.toObject(r, arg(a, 0));
                return ObjectOperations.hasOwnProperty(r, o, Conversions.toPropertyKey(r, arg(a, 1)));
            }),
            method("is", 2, (r, t, a) -> Equality.sameValue(arg(a, 0), arg(a, 1))),
            method("isExtensible", 1, (r, t, a) -> arg(a, 0) instanceof JSObject o && o.isExtensible(r)),
            method("isFrozen", 1, (r, t, a) -> !(arg(a, 0) instanceof JSObject o) || ObjectOperations.testIntegrityLevel(r, o, true)),
            method("isSealed", 1, (r, t, a) -> !(arg(a, 0) instanceof JSObject o) || ObjectOperations.testIntegrityLevel(r, o, false)),
            method("keys", 1, (r, t, a) -> r.newArray(ObjectOperations.enumerableOwnProperties(r, Conversions.toObject(r, arg(a, 0)), 0).toArray())),
            method("preventExtensions", 1, (r, t, a) -> {
                if (arg(a, 0) instanceof JSObject o && !o.preventExtensions(r)) {
                    throw Errors.typeError(r, "Cannot prevent extensions");
                }
                return arg(a, 0);
            }),
            method("seal", 1, (r, t, a) -> integrity(r, arg(a, 0), false)),
            method("setPrototypeOf", 2, ObjectBuiltins::setPrototypeOf),
            method("values", 1, (r, t, a) -> r.newArray(ObjectOperations.enumerableOwnProperties(r, Conversions.toObject(r, arg(a, 0)), 1).toArray())));
        Builtins.install(realm, proto,
            method("hasOwnProperty", 1, (r, t, a) -> {
                Object key = Conversions.toPropertyKey(r, arg(a, 0));
                return ObjectOperations.hasOwnProperty(r, Conversions.toObject(r, t), key);
            }),
            method("isPrototypeOf", 1, (r, t, a) -> {
                if (!(arg(a, 0) instanceof JSObject v)) {
                    return false;
                }
                JSObject o = Conversions.toObject(r, t);
                for (JSObject p = v.getPrototypeOf(r); p != null; p = p.getPrototypeOf(r)) {
                    if (p == o) {
                        return true;
                    }
                }
                return false;
            }),
            method("propertyIsEnumerable", 1, (r, t, a) -> {
                Object key = Conversions.toPropertyKey(r, arg(a, 0));
                PropertyDescriptor d = Conversions.toObject(r, t).getOwnProperty(r, key);
                return d != null && d.enumerable();
            }),
            method("toLocaleString", 0, (r, t, a) -> ObjectOperations.invoke(r, t, "toString")),
            method("toString", 0, ObjectBuiltins::toStringMethod),
            method("valueOf", 0, (r, t, a) -> Conversions.toObject(r, t)),
            method("__defineGetter__", 2, (r, t, a) -> defineAccessorLegacy(r, t, a, true)),
            method("__defineSetter__", 2, (r, t, a) -> defineAccessorLegacy(r, t, a, false)),
            method("__lookupGetter__", 1, (r, t, a) -> lookupAccessorLegacy(r, t, a, true)),
            method("__lookupSetter__", 1, (r, t, a) -> lookupAccessorLegacy(r, t, a, false)),
            Builtins.accessor("__proto__", (r, t, a) -> {
                JSObject o = Conversions.toObject(r, t);
                return orNull(o.getPrototypeOf(r));
            }, (r, t, a) -> {
                ObjectOperations.requireObjectCoercible(r, t, "Object.prototype.__proto__");
                Object newProto = arg(a, 0);
                if (!(newProto instanceof JSObject) && newProto != Null.INSTANCE) {
                    return Undefined.INSTANCE;
                }
                if (!(t instanceof JSObject o)) {
                    return Undefined.INSTANCE;
                }
                if (!o.setPrototypeOf(r, newProto instanceof JSObject p ? p : null)) {
                    throw Errors.typeError(r, "Object.prototype.__proto__ setter failed");
                }
                return Undefined.INSTANCE;
            }));
        Builtins.global(realm, "Object", ctor);
    }

    static Object orNull(JSObject o) {
        return o == null ? Null.INSTANCE : o;
    }

    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget != Undefined.INSTANCE && newTarget != realm.intrinsic("Object")) {
            return realm.newObject(ObjectOperations.prototypeFromConstructor(realm, newTarget, "ObjectPrototype"));
        }
        Object v = arg(args, 0);
        if (Conversions.isNullish(v)) {
            return realm.newObject();
        }
        return Conversions.toObject(realm, v);
    }

    private static Object assign(Realm realm, Object thisValue, Object[] args) {
        JSObject to = Conversions.toObject(realm, arg(args, 0));
        for (int i = 1; i < args.length; i++) {
            if (Conversions.isNullish(args[i])) {
                continue;
            }
            JSObject from = Conversions.toObject(realm, args[i]);
            for (Object key : from.ownPropertyKeys(realm)) {
                PropertyDescriptor d = from.getOwnProperty(realm, key);
                if (d != null && d.enumerable()) {
                    ObjectOperations.set(realm, to, key, from.get(realm, key, from), true);
                }
            }
        }
        return to;
    }

    private static Object create(Realm realm, Object thisValue, Object[] args) {
        Object proto = arg(args, 0);
        if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
            throw Errors.typeError(realm, "Object prototype may only be an Object or null: " + Conversions.toDisplayString(proto));
        }
        JSObject o = realm.newObject(proto instanceof JSObject p ? p : null);
        Object props = arg(args, 1);
        if (props != Undefined.INSTANCE) {
            defineProperties(realm, o, props);
        }
        return o;
    }

    private static Object defineProperties(Realm realm, Object thisValue, Object[] args) {
        if (!(arg(args, 0) instanceof JSObject o)) {
            throw Errors.typeError(realm, "Object.defineProperties called on non-object");
        }
        defineProperties(realm, o, arg(args, 1));
        return o;
    }

    /** ObjectDefineProperties (20.1.2.3.1) */
    static void defineProperties(Realm realm, JSObject o, Object properties) {
        JSObject props = Conversions.toObject(realm, properties);
        List<Object> keys = props.ownPropertyKeys(realm);
        java.util.List<Object[]> descriptors = new java.util.ArrayList<>();
        for (Object key : keys) {
            PropertyDescriptor pd = props.getOwnProperty(realm, key);
            if (pd != null && pd.enumerable()) {
                descriptors.add(new Object[] {key, ObjectOperations.toPropertyDescriptor(realm, props.get(realm, key, props))});
            }
        }
        for (Object[] d : descriptors) {
            ObjectOperations.definePropertyOrThrow(realm, o, d[0], (PropertyDescriptor) d[1]);
        }
    }

    private static Object defineProperty(Realm realm, Object thisValue, Object[] args) {
        if (!(arg(args, 0) instanceof JSObject o)) {
            throw Errors.typeError(realm, "Object.defineProperty called on non-object");
        }
        Object key = Conversions.toPropertyKey(realm, arg(args, 1));
        PropertyDescriptor desc = ObjectOperations.toPropertyDescriptor(realm, arg(args, 2));
        ObjectOperations.definePropertyOrThrow(realm, o, key, desc);
        return o;
    }

    private static Object integrity(Realm realm, Object v, boolean frozen) {
        if (v instanceof JSObject o && !ObjectOperations.setIntegrityLevel(realm, o, frozen)) {
            throw Errors.typeError(realm, "Cannot " + (frozen ? "freeze" : "seal"));
        }
        return v;
    }

    private static Object fromEntries(Realm realm, Object thisValue, Object[] args) {
        Object iterable = ObjectOperations.requireObjectCoercible(realm, arg(args, 0), "Object.fromEntries");
        JSObject o = realm.newObject();
        JSObject iterator = dev.oryx.interp.Iteration.iterator(realm, iterable);
        Object next = iterator.get(realm, "next", iterator);
        while (true) {
            Object entry = dev.oryx.interp.Iteration.stepValue(realm, iterator, next);
            if (entry == null) {
                return o;
            }
            try {
                if (!(entry instanceof JSObject e)) {
                    throw Errors.typeError(realm, "Iterator value " + Conversions.toDisplayString(entry) + " is not an entry object");
                }
                Object k = e.get(realm, 0, e);
                Object v = e.get(realm, 1, e);
                ObjectOperations.createDataPropertyOrThrow(realm, o, Conversions.toPropertyKey(realm, k), v);
            } catch (dev.oryx.api.JSException ex) {
                dev.oryx.interp.Iteration.closeQuietly(realm, iterator);
                throw ex;
            }
        }
    }

    private static Object getOwnPropertyDescriptors(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, arg(args, 0));
        JSObject out = realm.newObject();
        for (Object key : o.ownPropertyKeys(realm)) {
            Object d = ObjectOperations.fromPropertyDescriptor(realm, o.getOwnProperty(realm, key));
            if (d != Undefined.INSTANCE) {
                ObjectOperations.createDataPropertyOrThrow(realm, out, key, d);
            }
        }
        return out;
    }

    /** GetOwnPropertyKeys(O, type) */
    private static Object ownKeys(Realm realm, Object v, boolean symbols) {
        JSObject o = Conversions.toObject(realm, v);
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Object key : o.ownPropertyKeys(realm)) {
            if ((key instanceof Symbol) == symbols) {
                out.add(Conversions.keyToValue(key));
            }
        }
        return realm.newArray(out.toArray());
    }

    private static Object setPrototypeOf(Realm realm, Object thisValue, Object[] args) {
        Object o = ObjectOperations.requireObjectCoercible(realm, arg(args, 0), "Object.setPrototypeOf");
        Object proto = arg(args, 1);
        if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
            throw Errors.typeError(realm, "Object prototype may only be an Object or null: " + Conversions.toDisplayString(proto));
        }
        if (o instanceof JSObject obj && !obj.setPrototypeOf(realm, proto instanceof JSObject p ? p : null)) {
            throw Errors.typeError(realm, "Object.setPrototypeOf failed");
        }
        return o;
    }

    /** Object.prototype.toString (20.1.3.6) */
    static Object toStringMethod(Realm realm, Object thisValue, Object[] args) {
        if (thisValue == Undefined.INSTANCE) {
            return "[object Undefined]";
        }
        if (thisValue == Null.INSTANCE) {
            return "[object Null]";
        }
        JSObject o = Conversions.toObject(realm, thisValue);
        String builtinTag;
        if (ObjectOperations.isArray(realm, o)) {
            builtinTag = "Array";
        } else {
            builtinTag = switch (o.builtinTag()) {
                case "Arguments", "Function", "Error", "Boolean", "Number", "String", "Date", "RegExp" -> o.builtinTag();
                default -> o instanceof JSFunction ? "Function" : "Object";
            };
        }
        Object tag = o.get(realm, Symbol.TO_STRING_TAG, o);
        if (dev.oryx.string.ConsString.flatIfRope(tag) instanceof String s) {
            builtinTag = s;
        }
        return "[object " + builtinTag + "]";
    }

    private static Object defineAccessorLegacy(Realm realm, Object thisValue, Object[] args, boolean getter) {
        JSObject o = Conversions.toObject(realm, thisValue);
        if (!(arg(args, 1) instanceof JSFunction fn)) {
            throw Errors.typeError(realm, "Object.prototype.__define" + (getter ? "Getter" : "Setter") + "__: Expecting function");
        }
        PropertyDescriptor d = new PropertyDescriptor().setEnumerable(true).setConfigurable(true);
        if (getter) {
            d.setGet(fn);
        } else {
            d.setSet(fn);
        }
        ObjectOperations.definePropertyOrThrow(realm, o, Conversions.toPropertyKey(realm, arg(args, 0)), d);
        return Undefined.INSTANCE;
    }

    private static Object lookupAccessorLegacy(Realm realm, Object thisValue, Object[] args, boolean getter) {
        JSObject o = Conversions.toObject(realm, thisValue);
        Object key = Conversions.toPropertyKey(realm, arg(args, 0));
        for (JSObject p = o; p != null; p = p.getPrototypeOf(realm)) {
            PropertyDescriptor d = p.getOwnProperty(realm, key);
            if (d != null) {
                if (d.isAccessorDescriptor()) {
                    JSObject f = getter ? d.getter() : d.setter();
                    return f == null ? Undefined.INSTANCE : f;
                }
                return Undefined.INSTANCE;
            }
        }
        return Undefined.INSTANCE;
    }

}
