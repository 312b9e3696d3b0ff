package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The Array constructor and Array.prototype (23.1): a first subset, completed by the standard library work. */
public final class ArrayBuiltins {
    private ArrayBuiltins() {
    }

    static void install(Realm realm) {
        JSArray proto = (JSArray) realm.arrayPrototype;
        NativeFunction ctor = Builtins.constructor(realm, "Array", 1, proto, ArrayBuiltins::construct);
        realm.intrinsics.put("Array", ctor);
        Builtins.install(realm, ctor,
            method("isArray", 1, (r, t, a) -> ObjectOperations.isArray(r, arg(a, 0))),
            method("of", 0, (r, t, a) -> r.newArray(a.clone())),
            Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        NativeFunction values = Builtins.function(realm, "values", 0,
            (r, t, a) -> IteratorBuiltins.createArrayIterator(r, Conversions.toObject(r, t), 1));
        realm.arrayProtoValues = values;
        Builtins.install(realm, proto,
            method("concat", 1, ArrayBuiltins::concat),
            method("entries", 0, (r, t, a) -> IteratorBuiltins.createArrayIterator(r, Conversions.toObject(r, t), 2)),
            method("forEach", 1, (r, t, a) -> {
                iterate(r, t, a, (v, i, o) -> false);
                return Undefined.INSTANCE;
            }),
            method("includes", 1, ArrayBuiltins::includes),
            method("indexOf", 1, ArrayBuiltins::indexOf),
            method("join", 1, ArrayBuiltins::join),
            method("keys", 0, (r, t, a) -> IteratorBuiltins.createArrayIterator(r, Conversions.toObject(r, t), 0)),
            method("map", 1, ArrayBuiltins::map),
            method("pop", 0, ArrayBuiltins::pop),
            method("push", 1, ArrayBuiltins::push),
            method("slice", 2, ArrayBuiltins::slice),
            method("toString", 0, (r, t, a) -> {
                JSObject o = Conversions.toObject(r, t);
                Object join = o.get(r, "join", o);
                if (join instanceof JSFunction f) {
                    return f.call(o, JSFunction.NO_ARGS);
                }
                return ObjectBuiltins.toStringMethod(r, o, a);
            }));
        proto.defineOwn("values", values, Shape.WRITABLE | Shape.CONFIGURABLE);
        proto.defineOwn(Symbol.ITERATOR, values, Shape.WRITABLE | Shape.CONFIGURABLE);
        Builtins.global(realm, "Array", ctor);
    }

    /** Array ( ...values ) (23.1.1.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        Object nt = newTarget == Undefined.INSTANCE ? realm.intrinsic("Array") : newTarget;
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, nt, "ArrayPrototype");
        JSArray a = new JSArray(proto == realm.arrayPrototype ? realm.arrayShape
            : proto.childRootShape().addProperty("length", Shape.WRITABLE | Shape.SPECIAL));
        if (args.length == 1) {
            Object len = args[0];
            if (!Conversions.isNumber(len)) {
                a.putElement(0, len, Shape.DEFAULT);
                a.setLengthValue(1);
                return a;
            }
            long intLen = Conversions.toUint32(realm, len);
            if (intLen != Conversions.numberValue(len)) {
                throw Errors.rangeError(realm, "Invalid array length");
            }
            a.setLengthValue(intLen);
            return a;
        }
        if (args.length > 0) {
            a.dense = args.clone();
            a.setLengthValue(args.length);
        }
        return a;
    }

    /** ArraySpeciesCreate (10.4.2.3) */
    static JSObject arraySpeciesCreate(Realm realm, JSObject original, long length) {
        if (!ObjectOperations.isArray(realm, original)) {
            return arrayCreate(realm, length);
        }
        Object c = original.get(realm, "constructor", original);
        if (Conversions.isConstructor(c) && c instanceof JSFunction cf && cf.realm != realm
            && c == cf.realm.intrinsic("Array")) {
            c = Undefined.INSTANCE;
        }
        if (c instanceof JSObject co) {
            c = co.get(realm, Symbol.SPECIES, co);
            if (c == dev.oryx.runtime.Null.INSTANCE) {
                c = Undefined.INSTANCE;
            }
        }
        if (c == Undefined.INSTANCE) {
            return arrayCreate(realm, length);
        }
        if (!Conversions.isConstructor(c)) {
            throw Errors.typeError(realm, "object.constructor[Symbol.species] is not a constructor");
        }
        return (JSObject) ObjectOperations.construct(realm, c, new Object[] {Conversions.number(length)}, c);
    }

    static JSArray arrayCreate(Realm realm, long length) {
        if (length > 4294967295L) {
            throw Errors.rangeError(realm, "Invalid array length");
        }
        JSArray a = realm.newArray();
        a.setLengthValue(length);
        return a;
    }

    interface Visitor {
        boolean visit(Object value, long index, JSObject o);
    }

    /** Visits present elements in order; stops when the visitor returns true. Returns the stopping index or -1. */
    private static long iterate(Realm realm, Object thisValue, Object[] args, Visitor v) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Object cb = arg(args, 0);
        if (!(cb instanceof JSFunction f)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(cb) + " is not a function");
        }
        Object thisArg = arg(args, 1);
        for (long k = 0; k < len; k++) {
            Object key = PropertyKey.fromIndex(k);
            if (o.hasProperty(realm, key)) {
                Object value = o.get(realm, key, o);
                Object result = f.call(thisArg, new Object[] {value, Conversions.number(k), o});
                if (v.visit(result, k, o)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static Object map(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Object cb = arg(args, 0);
        if (!(cb instanceof JSFunction f)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(cb) + " is not a function");
        }
        JSObject a = arraySpeciesCreate(realm, o, len);
        for (long k = 0; k < len; k++) {
            Object key = PropertyKey.fromIndex(k);
            if (o.hasProperty(realm, key)) {
                Object mapped = f.call(arg(args, 1), new Object[] {o.get(realm, key, o), Conversions.number(k), o});
                ObjectOperations.createDataPropertyOrThrow(realm, a, key, mapped);
            }
        }
        return a;
    }

    private static Object push(Realm realm, Object thisValue, Object[] args) {
        if (thisValue instanceof JSArray a && args.length > 0 && PropertyAccessHelper.fastAppend(a, args[0])) {
            for (int i = 1; i < args.length; i++) {
                if (!a.fastPush(args[i])) {
                    ObjectOperations.set(realm, a, indexKey(a.length()), args[i], true);
                }
            }
            return Conversions.number(a.length());
        }
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len + args.length > 9007199254740991L) {
            throw Errors.typeError(realm, "Pushing " + args.length + " elements on an array-like of length " + len
                + " is disallowed, as the total surpasses 2**53-1");
        }
        for (Object v : args) {
            ObjectOperations.set(realm, o, indexKey(len), v, true);
            len++;
        }
        ObjectOperations.set(realm, o, "length", Conversions.number(len), true);
        return Conversions.number(len);
    }

    private static Object pop(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len == 0) {
            ObjectOperations.set(realm, o, "length", 0, true);
            return Undefined.INSTANCE;
        }
        Object key = indexKey(len - 1);
        Object element = o.get(realm, key, o);
        ObjectOperations.deletePropertyOrThrow(realm, o, key);
        ObjectOperations.set(realm, o, "length", Conversions.number(len - 1), true);
        return element;
    }

    /** The property key for an index (up to 2^53 - 1; beyond 2^32 - 2 it is a string). */
    static Object indexKey(long i) {
        return i <= PropertyKey.MAX_INDEX ? PropertyKey.fromIndex(i) : Long.toString(i);
    }

    private static Object join(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Object sepArg = arg(args, 0);
        String sep = sepArg == Undefined.INSTANCE ? "," : Conversions.toString(realm, sepArg);
        if (!realm.joinStack.add(o)) {
            return "";
        }
        try {
            StringBuilder sb = new StringBuilder();
            for (long k = 0; k < len; k++) {
                if (k > 0) {
                    sb.append(sep);
                }
                Object e = o.get(realm, indexKey(k), o);
                if (!Conversions.isNullish(e)) {
                    sb.append(Conversions.toString(realm, e));
                }
                if (sb.length() > dev.oryx.runtime.Operators.MAX_STRING_LENGTH) {
                    throw Errors.rangeError(realm, "Invalid string length");
                }
            }
            return sb.toString();
        } finally {
            realm.joinStack.remove(o);
        }
    }

    private static Object slice(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        long k = relativeIndex(realm, arg(args, 0), len, 0);
        long fin = arg(args, 1) == Undefined.INSTANCE ? len : relativeIndex(realm, arg(args, 1), len, len);
        long count = Math.max(fin - k, 0);
        JSObject a = arraySpeciesCreate(realm, o, count);
        long n = 0;
        for (; k < fin; k++, n++) {
            Object key = indexKey(k);
            if (o.hasProperty(realm, key)) {
                ObjectOperations.createDataPropertyOrThrow(realm, a, indexKey(n), o.get(realm, key, o));
            }
        }
        ObjectOperations.set(realm, a, "length", Conversions.number(n), true);
        return a;
    }

    /** A relative index argument clamped to [0, len]. */
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

    private static Object indexOf(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len == 0) {
            return -1;
        }
        double n = Conversions.toIntegerOrInfinity(realm, arg(args, 1));
        if (n >= len) {
            return -1;
        }
        long k = n >= 0 ? (long) n : (long) Math.max(len + n, 0);
        Object target = arg(args, 0);
        for (; k < len; k++) {
            Object key = indexKey(k);
            if (o.hasProperty(realm, key) && Equality.strictEquals(o.get(realm, key, o), target)) {
                return Conversions.number(k);
            }
        }
        return -1;
    }

    private static Object includes(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len == 0) {
            return false;
        }
        double n = Conversions.toIntegerOrInfinity(realm, arg(args, 1));
        long k = n >= 0 ? (long) Math.min(n, len) : (long) Math.max(len + n, 0);
        Object target = arg(args, 0);
        for (; k < len; k++) {
            if (Equality.sameValueZero(o.get(realm, indexKey(k), o), target)) {
                return true;
            }
        }
        return false;
    }

    private static Object concat(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        JSObject a = arraySpeciesCreate(realm, o, 0);
        long n = 0;
        List<Object> items = new ArrayList<>();
        items.add(o);
        items.addAll(List.of(args));
        for (Object e : items) {
            if (isConcatSpreadable(realm, e)) {
                JSObject eo = (JSObject) e;
                long len = ObjectOperations.lengthOfArrayLike(realm, eo);
                if (n + len > 9007199254740991L) {
                    throw Errors.typeError(realm, "Array too long");
                }
                for (long k = 0; k < len; k++, n++) {
                    Object key = indexKey(k);
                    if (eo.hasProperty(realm, key)) {
                        ObjectOperations.createDataPropertyOrThrow(realm, a, indexKey(n), eo.get(realm, key, eo));
                    }
                }
            } else {
                if (n >= 9007199254740991L) {
                    throw Errors.typeError(realm, "Array too long");
                }
                ObjectOperations.createDataPropertyOrThrow(realm, a, indexKey(n), e);
                n++;
            }
        }
        ObjectOperations.set(realm, a, "length", Conversions.number(n), true);
        return a;
    }

    private static boolean isConcatSpreadable(Realm realm, Object o) {
        if (!(o instanceof JSObject obj)) {
            return false;
        }
        Object s = obj.get(realm, Symbol.IS_CONCAT_SPREADABLE, obj);
        if (s != Undefined.INSTANCE) {
            return Conversions.toBoolean(s);
        }
        return ObjectOperations.isArray(realm, obj);
    }

    /** Appending to an array without observable side effects when nothing on its chain has elements. */
    static final class PropertyAccessHelper {
        private PropertyAccessHelper() {
        }

        static boolean fastAppend(JSArray a, Object v) {
            for (JSObject p = a.shape.proto(); p != null; p = p.shape.proto()) {
                if (p.exotic || p.dense != null || p.sparse != null) {
                    return false;
                }
            }
            return a.fastPush(v);
        }
    }
}
