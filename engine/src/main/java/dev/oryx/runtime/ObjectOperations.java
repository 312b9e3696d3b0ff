package dev.oryx.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.Accessor;
import dev.oryx.object.BoundFunction;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.ProxyInternals;
import dev.oryx.object.Shape;

/** Operations on Objects (ECMA-262 7.3) used by the built-ins. */
public final class ObjectOperations {
    private ObjectOperations() {
    }

    /** Get(O, P) */
    public static Object get(Realm realm, JSObject o, Object key) {
        return o.get(realm, key, o);
    }

    /** GetV(V, P): property of a value, primitives through their prototype. */
    public static Object getV(Realm realm, Object v, Object key) {
        if (v instanceof JSObject o) {
            return o.get(realm, key, o);
        }
        return Conversions.toObject(realm, v).get(realm, key, v);
    }

    /** GetMethod(V, P): undefined/null become null; a non-callable value is a TypeError. */
    public static JSFunction getMethod(Realm realm, Object v, Object key) {
        Object f = getV(realm, v, key);
        if (Conversions.isNullish(f)) {
            return null;
        }
        if (!(f instanceof JSFunction fn)) {
            throw Errors.typeError(realm, Conversions.keyToDisplay(key) + " is not a function");
        }
        return fn;
    }

    /** Set(O, P, V, Throw) */
    public static void set(Realm realm, JSObject o, Object key, Object value, boolean throwOnFailure) {
        if (!o.set(realm, key, value, o) && throwOnFailure) {
            throw Errors.typeError(realm, "Cannot assign to read only property '" + Conversions.keyToDisplay(key) + "' of object");
        }
    }

    /** CreateDataProperty(O, P, V) */
    public static boolean createDataProperty(Realm realm, JSObject o, Object key, Object value) {
        return o.defineOwnProperty(realm, key, PropertyDescriptor.data(value, Shape.DEFAULT));
    }

    /** CreateDataPropertyOrThrow(O, P, V) */
    public static void createDataPropertyOrThrow(Realm realm, JSObject o, Object key, Object value) {
        if (!createDataProperty(realm, o, key, value)) {
            throw Errors.typeError(realm, "Cannot define property " + Conversions.keyToDisplay(key));
        }
    }

    /** DefinePropertyOrThrow(O, P, desc) */
    public static void definePropertyOrThrow(Realm realm, JSObject o, Object key, PropertyDescriptor desc) {
        if (!o.defineOwnProperty(realm, key, desc)) {
            throw Errors.typeError(realm, "Cannot redefine property: " + Conversions.keyToDisplay(key));
        }
    }

    /** DeletePropertyOrThrow(O, P) */
    public static void deletePropertyOrThrow(Realm realm, JSObject o, Object key) {
        if (!o.delete(realm, key)) {
            throw Errors.typeError(realm, "Cannot delete property '" + Conversions.keyToDisplay(key) + "'");
        }
    }

    /** HasOwnProperty(O, P) */
    public static boolean hasOwnProperty(Realm realm, JSObject o, Object key) {
        return o.getOwnProperty(realm, key) != null;
    }

    /** Call(F, V, args) */
    public static Object call(Realm realm, Object f, Object thisValue, Object... args) {
        if (!(f instanceof JSFunction fn)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(f) + " is not a function");
        }
        return fn.call(thisValue, args);
    }

    /** Construct(F, args, newTarget) */
    public static Object construct(Realm realm, Object f, Object[] args, Object newTarget) {
        if (!Conversions.isConstructor(f)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(f) + " is not a constructor");
        }
        return ((JSFunction) f).construct(args, (JSObject) newTarget);
    }

    /** Invoke(V, P, args) */
    public static Object invoke(Realm realm, Object v, Object key, Object... args) {
        return call(realm, getV(realm, v, key), v, args);
    }

    /** LengthOfArrayLike(obj) */
    public static long lengthOfArrayLike(Realm realm, JSObject o) {
        if (o instanceof JSArray a) {
            return a.length();
        }
        return Conversions.toLength(realm, o.get(realm, "length", o));
    }

    /** CreateListFromArrayLike(obj) */
    public static Object[] listFromArrayLike(Realm realm, Object v) {
        if (!(v instanceof JSObject o)) {
            throw Errors.typeError(realm, "CreateListFromArrayLike called on non-object");
        }
        long len = lengthOfArrayLike(realm, o);
        if (len > 1 << 24) {
            throw Errors.rangeError(realm, "Too many arguments in function call");
        }
        Object[] out = new Object[(int) len];
        for (int i = 0; i < len; i++) {
            out[i] = o.get(realm, i, o);
        }
        return out;
    }

    /** IsArray(argument) (7.2.2); Proxy support comes with proxies. */
    public static boolean isArray(Realm realm, Object v) {
        if (v instanceof JSArray) {
            return true;
        }
        if (v instanceof ArrayLikeProxy p) {
            return p.isArrayTarget(realm);
        }
        return false;
    }

    /** Implemented by Proxy objects for IsArray. */
    public interface ArrayLikeProxy {
        boolean isArrayTarget(Realm realm);
    }

    /** OrdinaryCreateFromConstructor via GetPrototypeFromConstructor (10.1.13). */
    public static JSObject prototypeFromConstructor(Realm realm, Object newTarget, String intrinsicDefault) {
        if (newTarget instanceof JSObject nt) {
            Object p = nt.get(realm, "prototype", nt);
            if (p instanceof JSObject proto) {
                return proto;
            }
            Realm fnRealm = functionRealm(realm, nt);
            return fnRealm.intrinsic(intrinsicDefault);
        }
        return realm.intrinsic(intrinsicDefault);
    }

    /** GetFunctionRealm (7.3.24) */
    public static Realm functionRealm(Realm realm, JSObject f) {
        ProxyInternals proxy = ProxyInternals.of(f);
        if (proxy != null) {
            if (proxy.isRevoked()) {
                throw Errors.typeError(realm, "Cannot perform 'GetFunctionRealm' on a proxy that has been revoked");
            }
            return functionRealm(realm, proxy.target());
        }
        if (f instanceof BoundFunction bound) {
            // step 3: a bound function has no [[Realm]]; the realm Function.prototype.bind ran in does not count
            return functionRealm(realm, bound.target);
        }
        if (f instanceof JSFunction fn) {
            return fn.realm;
        }
        return realm;
    }

    /** SpeciesConstructor(O, defaultConstructor) */
    public static Object speciesConstructor(Realm realm, JSObject o, Object defaultConstructor) {
        Object c = o.get(realm, "constructor", o);
        if (c == Undefined.INSTANCE) {
            return defaultConstructor;
        }
        if (!(c instanceof JSObject co)) {
            throw Errors.typeError(realm, "object.constructor is not an object");
        }
        Object s = co.get(realm, Symbol.SPECIES, co);
        if (Conversions.isNullish(s)) {
            return defaultConstructor;
        }
        if (Conversions.isConstructor(s)) {
            return s;
        }
        throw Errors.typeError(realm, "object.constructor[Symbol.species] is not a constructor");
    }

    /** ToPropertyDescriptor (6.2.6.5) */
    public static PropertyDescriptor toPropertyDescriptor(Realm realm, Object v) {
        if (!(v instanceof JSObject o)) {
            throw Errors.typeError(realm, "Property description must be an object: " + Conversions.toDisplayString(v));
        }
        PropertyDescriptor d = new PropertyDescriptor();
        if (o.hasProperty(realm, "enumerable")) {
            d.setEnumerable(Conversions.toBoolean(o.get(realm, "enumerable", o)));
        }
        if (o.hasProperty(realm, "configurable")) {
            d.setConfigurable(Conversions.toBoolean(o.get(realm, "configurable", o)));
        }
        if (o.hasProperty(realm, "value")) {
            d.setValue(o.get(realm, "value", o));
        }
        if (o.hasProperty(realm, "writable")) {
            d.setWritable(Conversions.toBoolean(o.get(realm, "writable", o)));
        }
        if (o.hasProperty(realm, "get")) {
            Object g = o.get(realm, "get", o);
            if (g != Undefined.INSTANCE && !(g instanceof JSFunction)) {
                throw Errors.typeError(realm, "Getter must be a function: " + Conversions.toDisplayString(g));
            }
            d.setGet(g instanceof JSFunction f ? f : null);
        }
        if (o.hasProperty(realm, "set")) {
            Object s = o.get(realm, "set", o);
            if (s != Undefined.INSTANCE && !(s instanceof JSFunction)) {
                throw Errors.typeError(realm, "Setter must be a function: " + Conversions.toDisplayString(s));
            }
            d.setSet(s instanceof JSFunction f ? f : null);
        }
        if ((d.hasGet() || d.hasSet()) && (d.hasValue() || d.hasWritable())) {
            throw Errors.typeError(realm, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
        }
        return d;
    }

    /** FromPropertyDescriptor (6.2.6.4) */
    public static Object fromPropertyDescriptor(Realm realm, PropertyDescriptor d) {
        if (d == null) {
            return Undefined.INSTANCE;
        }
        JSObject o = realm.newObject();
        if (d.hasValue()) {
            o.addProperty("value", d.value(), Shape.DEFAULT);
        }
        if (d.hasWritable()) {
            o.addProperty("writable", d.writable(), Shape.DEFAULT);
        }
        if (d.hasGet()) {
            o.addProperty("get", d.getter() == null ? Undefined.INSTANCE : d.getter(), Shape.DEFAULT);
        }
        if (d.hasSet()) {
            o.addProperty("set", d.setter() == null ? Undefined.INSTANCE : d.setter(), Shape.DEFAULT);
        }
        if (d.hasEnumerable()) {
            o.addProperty("enumerable", d.enumerable(), Shape.DEFAULT);
        }
        if (d.hasConfigurable()) {
            o.addProperty("configurable", d.configurable(), Shape.DEFAULT);
        }
        return o;
    }

    /** EnumerableOwnPropertyNames (7.3.23): kind 0 keys, 1 values, 2 entries. */
    public static List<Object> enumerableOwnProperties(Realm realm, JSObject o, int kind) {
        List<Object> out = new ArrayList<>();
        for (Object key : o.ownPropertyKeys(realm)) {
            if (key instanceof Symbol) {
                continue;
            }
            PropertyDescriptor d = o.getOwnProperty(realm, key);
            if (d != null && d.enumerable()) {
                Object k = Conversions.keyToValue(key);
                if (kind == 0) {
                    out.add(k);
                } else {
                    Object v = o.get(realm, key, o);
                    out.add(kind == 1 ? v : realm.newArray(new Object[] {k, v}));
                }
            }
        }
        return out;
    }

    /** TestIntegrityLevel / SetIntegrityLevel: sealed (false) or frozen (true). */
    public static boolean setIntegrityLevel(Realm realm, JSObject o, boolean frozen) {
        if (!o.preventExtensions(realm)) {
            return false;
        }
        for (Object key : o.ownPropertyKeys(realm)) {
            PropertyDescriptor change = new PropertyDescriptor().setConfigurable(false);
            if (frozen) {
                PropertyDescriptor current = o.getOwnProperty(realm, key);
                if (current != null && current.isDataDescriptor()) {
                    change.setWritable(false);
                }
            }
            definePropertyOrThrow(realm, o, key, change);
        }
        return true;
    }

    public static boolean testIntegrityLevel(Realm realm, JSObject o, boolean frozen) {
        if (o.isExtensible(realm)) {
            return false;
        }
        for (Object key : o.ownPropertyKeys(realm)) {
            PropertyDescriptor d = o.getOwnProperty(realm, key);
            if (d != null) {
                if (d.configurable()) {
                    return false;
                }
                if (frozen && d.isDataDescriptor() && d.writable()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The stored accessor of an own property (used by __lookupGetter__ and friends). */
    static Accessor accessorOf(Object stored) {
        return stored instanceof Accessor a ? a : null;
    }

    /** RequireObjectCoercible */
    public static Object requireObjectCoercible(Realm realm, Object v, String method) {
        if (Conversions.isNullish(v)) {
            throw Errors.typeError(realm, method + " called on null or undefined");
        }
        return v;
    }

    /** Keys to JS values (strings and symbols). */
    public static Object keyValue(Object key) {
        return PropertyKey.isIndex(key) ? String.valueOf(PropertyKey.index(key)) : key;
    }
}
