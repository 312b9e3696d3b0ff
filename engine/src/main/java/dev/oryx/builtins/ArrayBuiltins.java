package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.api.JSException;
import dev.oryx.interp.Iteration;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The Array constructor (23.1.1, 23.1.2) and the abstract operations the Array methods share
 * (ArrayCreate, ArraySpeciesCreate). Array.prototype is in {@link ArrayPrototype} and
 * {@link ArrayPrototypeMutators}.
 */
public final class ArrayBuiltins {
    /** 2^53 - 1, the largest length of an array-like. */
    static final long MAX_SAFE_INTEGER = 9007199254740991L;
    /** 2^32 - 1, the largest length of an Array. */
    static final long MAX_ARRAY_LENGTH = 4294967295L;

    private ArrayBuiltins() {
    }

    static void install(Realm realm) {
        JSArray proto = (JSArray) realm.arrayPrototype;
        NativeFunction ctor = Builtins.constructor(realm, "Array", 1, proto, ArrayBuiltins::construct);
        realm.intrinsics.put("Array", ctor);
        Builtins.install(realm, ctor,
            method("from", 1, ArrayBuiltins::from),
            method("isArray", 1, (r, t, a) -> ObjectOperations.isArray(r, arg(a, 0))),
            method("of", 0, ArrayBuiltins::of),
            Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        ArrayPrototype.install(realm, proto);
        ArrayPrototypeMutators.install(realm, proto);
        Builtins.global(realm, "Array", ctor);
    }

    /** Array ( ...values ) (23.1.1.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        Object nt = newTarget == Undefined.INSTANCE ? realm.intrinsic("Array") : newTarget;
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, nt, "ArrayPrototype");
        JSArray array = arrayCreate(realm, 0, proto);
        if (args.length == 1) {
            Object len = args[0];
            if (!Conversions.isNumber(len)) {
                array.putElement(0, len, Shape.DEFAULT);
                array.setLengthValue(1);
                return array;
            }
            long intLen = Conversions.toUint32(realm, len);
            if (intLen != Conversions.numberValue(len)) {
                throw Errors.rangeError(realm, "Invalid array length");
            }
            array.setLengthValue(intLen);
            return array;
        }
        if (args.length > 0) {
            array.dense = args.clone();
            array.setLengthValue(args.length);
        }
        return array;
    }

    /** Array.from ( items [ , mapfn [ , thisArg ] ] ) (23.1.2.1) */
    private static Object from(Realm realm, Object thisValue, Object[] args) {
        Object items = arg(args, 0);
        Object mapfn = arg(args, 1);
        Object thisArg = arg(args, 2);
        JSFunction mapper = null;
        if (mapfn != Undefined.INSTANCE) {
            if (!(mapfn instanceof JSFunction f)) {
                throw Errors.typeError(realm, "Array.from: " + Conversions.toDisplayString(mapfn) + " is not a function");
            }
            mapper = f;
        }
        JSFunction usingIterator = ObjectOperations.getMethod(realm, items, Symbol.ITERATOR);
        if (usingIterator != null) {
            JSObject a = Conversions.isConstructor(thisValue)
                ? constructed(realm, thisValue, JSFunction.NO_ARGS)
                : arrayCreate(realm, 0);
            Object iterator = usingIterator.call(items, JSFunction.NO_ARGS);
            if (!(iterator instanceof JSObject it)) {
                throw Errors.typeError(realm, "Result of the Symbol.iterator method is not an object");
            }
            Object next = it.get(realm, "next", it);
            for (long k = 0; ; k++) {
                if (k >= MAX_SAFE_INTEGER) {
                    JSException error = Errors.typeError(realm, "Array.from: too many elements");
                    Iteration.closeQuietly(realm, it);
                    throw error;
                }
                Object value = Iteration.stepValue(realm, it, next);
                if (value == null) {
                    ObjectOperations.set(realm, a, "length", Conversions.number(k), true);
                    return a;
                }
                try {
                    if (mapper != null) {
                        value = mapper.call(thisArg, new Object[] {value, Conversions.number(k)});
                    }
                    ArrayElements.create(realm, a, k, value);
                } catch (JSException e) {
                    Iteration.closeQuietly(realm, it);
                    throw e;
                }
            }
        }
        // not iterable: an array-like
        JSObject arrayLike = Conversions.toObject(realm, items);
        long len = ObjectOperations.lengthOfArrayLike(realm, arrayLike);
        JSObject a = Conversions.isConstructor(thisValue)
            ? constructed(realm, thisValue, new Object[] {Conversions.number(len)})
            : arrayCreate(realm, len);
        for (long k = 0; k < len; k++) {
            Object value = ArrayElements.get(realm, arrayLike, k);
            if (mapper != null) {
                value = mapper.call(thisArg, new Object[] {value, Conversions.number(k)});
            }
            ArrayElements.create(realm, a, k, value);
        }
        ObjectOperations.set(realm, a, "length", Conversions.number(len), true);
        return a;
    }

    /** Array.of ( ...items ) (23.1.2.3) */
    private static Object of(Realm realm, Object thisValue, Object[] args) {
        int len = args.length;
        JSObject a = Conversions.isConstructor(thisValue)
            ? constructed(realm, thisValue, new Object[] {len})
            : arrayCreate(realm, len);
        for (int k = 0; k < len; k++) {
            ArrayElements.create(realm, a, k, args[k]);
        }
        ObjectOperations.set(realm, a, "length", len, true);
        return a;
    }

    /** Construct(C, args), which must give an object. */
    private static JSObject constructed(Realm realm, Object c, Object[] args) {
        return (JSObject) ObjectOperations.construct(realm, c, args, c);
    }

    /** ArraySpeciesCreate ( originalArray, length ) (10.4.2.3) */
    static JSObject arraySpeciesCreate(Realm realm, JSObject original, long length) {
        if (!ObjectOperations.isArray(realm, original)) {
            return arrayCreate(realm, length);
        }
        Object c = original.get(realm, "constructor", original);
        if (Conversions.isConstructor(c)) {
            Realm realmC = ObjectOperations.functionRealm(realm, (JSObject) c);
            if (realmC != realm && c == realmC.intrinsics.get("Array")) {
                c = Undefined.INSTANCE;
            }
        }
        if (c instanceof JSObject co) {
            c = co.get(realm, Symbol.SPECIES, co);
            if (c == Null.INSTANCE) {
                c = Undefined.INSTANCE;
            }
        }
        if (c == Undefined.INSTANCE) {
            return arrayCreate(realm, length);
        }
        if (!Conversions.isConstructor(c)) {
            throw Errors.typeError(realm, "object.constructor[Symbol.species] is not a constructor");
        }
        Object result = ObjectOperations.construct(realm, c, new Object[] {Conversions.number(length)}, c);
        if (!(result instanceof JSObject o)) {
            throw Errors.typeError(realm, "object.constructor[Symbol.species] did not construct an object");
        }
        return o;
    }

    /** ArrayCreate ( length ) (10.4.2.2) with %Array.prototype% */
    static JSArray arrayCreate(Realm realm, long length) {
        return arrayCreate(realm, length, realm.arrayPrototype);
    }

    /** ArrayCreate ( length, proto ) (10.4.2.2) */
    static JSArray arrayCreate(Realm realm, long length, JSObject proto) {
        if (length > MAX_ARRAY_LENGTH) {
            throw Errors.rangeError(realm, "Invalid array length");
        }
        JSArray a = new JSArray(proto == realm.arrayPrototype ? realm.arrayShape
            : proto.childRootShape().addProperty("length", Shape.WRITABLE | Shape.SPECIAL));
        a.setLengthValue(length);
        return a;
    }

    /** The property key for an index (up to 2^53 - 1; beyond 2^32 - 2 it is a string). */
    static Object indexKey(long i) {
        return i <= PropertyKey.MAX_INDEX ? PropertyKey.fromIndex(i) : Long.toString(i);
    }

    /**
     * A relative index argument (ToIntegerOrInfinity, negative values counting from the end) clamped
     * to [0, len]; {@code whenUndefined} when the argument is undefined.
     */
    static long relativeIndex(Realm realm, Object v, long len, long whenUndefined) {
        if (v == Undefined.INSTANCE) {
            return whenUndefined;
        }
        double rel = Conversions.toIntegerOrInfinity(realm, v);
        if (rel < 0) {
            return (long) Math.max(len + rel, 0);
        }
        return (long) Math.min(rel, len);
    }

    /** The callback argument of an iteration method, or a TypeError. */
    static JSFunction callback(Realm realm, Object f, String method) {
        if (!(f instanceof JSFunction fn)) {
            throw Errors.typeError(realm, "Array.prototype." + method + ": " + Conversions.toDisplayString(f) + " is not a function");
        }
        return fn;
    }
}
