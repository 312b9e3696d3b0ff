package dev.oryx.builtins;

import static dev.oryx.builtins.ArrayBuiltins.MAX_SAFE_INTEGER;
import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayDeque;
import java.util.Arrays;

import dev.oryx.object.JSArray;
import dev.oryx.interp.Callback;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The methods of Array.prototype (23.1.3) that read the array and build results: searching,
 * iteration with callbacks, joining, slicing, flattening and the iterators. The methods that
 * change the array in place are in {@link ArrayPrototypeMutators}.
 */
final class ArrayPrototype {
    private ArrayPrototype() {
    }

    /** The ES2022 names in Array.prototype[@@unscopables], plus findLast and findLastIndex that are implemented too. */
    private static final String[] UNSCOPABLES = {
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap",
        "includes", "keys", "values",
    };

    static void install(Realm realm, JSArray proto) {
        Builtins.install(realm, proto,
            method("at", 1, ArrayPrototype::at),
            method("concat", 1, ArrayPrototype::concat),
            method("entries", 0, (r, t, a) -> IteratorBuiltins.createArrayIterator(r, Conversions.toObject(r, t), IteratorBuiltins.ENTRIES)),
            method("every", 1, ArrayPrototype::every),
            method("filter", 1, ArrayPrototype::filter),
            method("find", 1, (r, t, a) -> find(r, t, a, false, false, "find")),
            method("findIndex", 1, (r, t, a) -> find(r, t, a, true, false, "findIndex")),
            method("findLast", 1, (r, t, a) -> find(r, t, a, false, true, "findLast")),
            method("findLastIndex", 1, (r, t, a) -> find(r, t, a, true, true, "findLastIndex")),
            method("flat", 0, ArrayPrototype::flat),
            method("flatMap", 1, ArrayPrototype::flatMap),
            method("forEach", 1, ArrayPrototype::forEach),
            method("includes", 1, ArrayPrototype::includes),
            method("indexOf", 1, ArrayPrototype::indexOf),
            method("join", 1, ArrayPrototype::join),
            method("keys", 0, (r, t, a) -> IteratorBuiltins.createArrayIterator(r, Conversions.toObject(r, t), IteratorBuiltins.KEYS)),
            method("lastIndexOf", 1, ArrayPrototype::lastIndexOf),
            method("map", 1, ArrayPrototype::map),
            method("reduce", 1, (r, t, a) -> reduce(r, t, a, false)),
            method("reduceRight", 1, (r, t, a) -> reduce(r, t, a, true)),
            method("slice", 2, ArrayPrototype::slice),
            method("some", 1, ArrayPrototype::some),
            method("toLocaleString", 0, ArrayPrototype::toLocaleString),
            method("toString", 0, ArrayPrototype::toStringMethod));
        NativeFunction values = Builtins.function(realm, "values", 0,
            (r, t, a) -> IteratorBuiltins.createArrayIterator(r, Conversions.toObject(r, t), IteratorBuiltins.VALUES));
        realm.arrayProtoValues = values;
        proto.defineOwn("values", values, Shape.WRITABLE | Shape.CONFIGURABLE);
        // 23.1.3.36: the same function object as values
        proto.defineOwn(Symbol.ITERATOR, values, Shape.WRITABLE | Shape.CONFIGURABLE);
        JSObject unscopables = realm.newObject(null);
        for (String name : UNSCOPABLES) {
            unscopables.defineOwn(name, true, Shape.DEFAULT);
        }
        proto.defineOwn(Symbol.UNSCOPABLES, unscopables, Shape.CONFIGURABLE);
    }

    /** Array.prototype.at ( index ) (23.1.3.1) */
    private static Object at(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        double relative = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        double k = relative >= 0 ? relative : len + relative;
        if (k < 0 || k >= len) {
            return Undefined.INSTANCE;
        }
        return ArrayElements.get(realm, o, (long) k);
    }

    /** Array.prototype.concat ( ...items ) (23.1.3.2) */
    private static Object concat(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        JSObject a = ArrayBuiltins.arraySpeciesCreate(realm, o, 0);
        long n = 0;
        for (int i = -1; i < args.length; i++) {
            Object e = i < 0 ? o : args[i];
            if (isConcatSpreadable(realm, e)) {
                JSObject eo = (JSObject) e;
                long len = ObjectOperations.lengthOfArrayLike(realm, eo);
                if (n + len > MAX_SAFE_INTEGER) {
                    throw Errors.typeError(realm, "Array.prototype.concat: the result would be longer than 2^53 - 1");
                }
                for (long k = ArrayElements.nextPresent(eo, 0, len); k < len; k = ArrayElements.nextPresent(eo, k + 1, len)) {
                    Object v = ArrayElements.getIfPresent(realm, eo, k);
                    if (v != null) {
                        ArrayElements.create(realm, a, n + k, v);
                    }
                }
                n += len;
            } else {
                if (n >= MAX_SAFE_INTEGER) {
                    throw Errors.typeError(realm, "Array.prototype.concat: the result would be longer than 2^53 - 1");
                }
                ArrayElements.create(realm, a, n, e);
                n++;
            }
        }
        ObjectOperations.set(realm, a, "length", Conversions.number(n), true);
        return a;
    }

    /** IsConcatSpreadable ( O ) (23.1.3.2.1) */
    private static boolean isConcatSpreadable(Realm realm, Object o) {
        if (!(o instanceof JSObject obj)) {
            return false;
        }
        Object spreadable = obj.get(realm, Symbol.IS_CONCAT_SPREADABLE, obj);
        if (spreadable != Undefined.INSTANCE) {
            return Conversions.toBoolean(spreadable);
        }
        return ObjectOperations.isArray(realm, obj);
    }

    /** Array.prototype.every ( callbackfn [ , thisArg ] ) (23.1.3.6) */
    private static Object every(Realm realm, Object thisValue, Object[] args) {
        return firstMatch(realm, thisValue, args, false, "every") < 0;
    }

    /** Array.prototype.some ( callbackfn [ , thisArg ] ) (23.1.3.27) */
    private static Object some(Realm realm, Object thisValue, Object[] args) {
        return firstMatch(realm, thisValue, args, true, "some") >= 0;
    }

    /** Array.prototype.forEach ( callbackfn [ , thisArg ] ) (23.1.3.15) */
    private static Object forEach(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Callback f = Callback.of(ArrayBuiltins.callback(realm, arg(args, 0), "forEach"));
        Object thisArg = arg(args, 1);
        for (long k = ArrayElements.nextPresent(o, 0, len); k < len; k = ArrayElements.nextPresent(o, k + 1, len)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null) {
                f.call(thisArg, v, f.index(k, 1), o);
            }
        }
        return Undefined.INSTANCE;
    }

    /**
     * The loop of every and some: calls the callback on the present elements in order until
     * ToBoolean of its result equals {@code stopWhen}; returns that index, or -1.
     */
    private static long firstMatch(Realm realm, Object thisValue, Object[] args, boolean stopWhen, String name) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Callback f = Callback.of(ArrayBuiltins.callback(realm, arg(args, 0), name));
        Object thisArg = arg(args, 1);
        for (long k = ArrayElements.nextPresent(o, 0, len); k < len; k = ArrayElements.nextPresent(o, k + 1, len)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null && Conversions.toBoolean(f.call(thisArg, v, f.index(k, 1), o)) == stopWhen) {
                return k;
            }
        }
        return -1;
    }

    /** Array.prototype.filter ( callbackfn [ , thisArg ] ) (23.1.3.8) */
    private static Object filter(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Callback f = Callback.of(ArrayBuiltins.callback(realm, arg(args, 0), "filter"));
        Object thisArg = arg(args, 1);
        JSObject a = ArrayBuiltins.arraySpeciesCreate(realm, o, 0);
        long to = 0;
        for (long k = ArrayElements.nextPresent(o, 0, len); k < len; k = ArrayElements.nextPresent(o, k + 1, len)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null && Conversions.toBoolean(f.call(thisArg, v, f.index(k, 1), o))) {
                ArrayElements.create(realm, a, to++, v);
            }
        }
        return a;
    }

    /** find, findIndex, findLast and findLastIndex (23.1.3.9 - 23.1.3.12): Get every index, holes included. */
    private static Object find(Realm realm, Object thisValue, Object[] args, boolean wantIndex, boolean fromEnd, String name) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Callback predicate = Callback.of(ArrayBuiltins.callback(realm, arg(args, 0), name));
        Object thisArg = arg(args, 1);
        for (long i = 0; i < len; i++) {
            long k = fromEnd ? len - 1 - i : i;
            Object v = ArrayElements.get(realm, o, k);
            Object index = Conversions.number(k);
            if (Conversions.toBoolean(predicate.call(thisArg, v, index, o))) {
                return wantIndex ? index : v;
            }
        }
        return wantIndex ? (Object) (-1) : Undefined.INSTANCE;
    }

    /** Array.prototype.flat ( [ depth ] ) (23.1.3.13) */
    private static Object flat(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long sourceLen = ObjectOperations.lengthOfArrayLike(realm, o);
        double depth = 1;
        if (arg(args, 0) != Undefined.INSTANCE) {
            depth = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
            if (depth < 0) {
                depth = 0;
            }
        }
        JSObject a = ArrayBuiltins.arraySpeciesCreate(realm, o, 0);
        flattenIntoArray(realm, a, o, sourceLen, depth, null, Undefined.INSTANCE);
        return a;
    }

    /** Array.prototype.flatMap ( mapperFunction [ , thisArg ] ) (23.1.3.14) */
    private static Object flatMap(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long sourceLen = ObjectOperations.lengthOfArrayLike(realm, o);
        JSFunction mapper = ArrayBuiltins.callback(realm, arg(args, 0), "flatMap");
        JSObject a = ArrayBuiltins.arraySpeciesCreate(realm, o, 0);
        flattenIntoArray(realm, a, o, sourceLen, 1, mapper, arg(args, 1));
        return a;
    }

    /** One source being flattened: the spec's recursive FlattenIntoArray call, kept on an explicit stack. */
    private static final class FlattenSource {
        final JSObject source;
        final long length;
        final double depth;
        long index;

        FlattenSource(JSObject source, long length, double depth) {
            this.source = source;
            this.length = length;
            this.depth = depth;
        }
    }

    /**
     * FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction, thisArg ] )
     * (23.1.3.13.1). The recursion is a loop over a stack so that deeply nested arrays cannot
     * overflow the Java stack; the order of the observable steps is the spec's.
     */
    private static void flattenIntoArray(Realm realm, JSObject target, JSObject source, long sourceLen, double depth,
                                         JSFunction mapper, Object thisArg) {
        ArrayDeque<FlattenSource> stack = new ArrayDeque<>();
        stack.push(new FlattenSource(source, sourceLen, depth));
        long targetIndex = 0;
        while (!stack.isEmpty()) {
            FlattenSource s = stack.peek();
            long k = ArrayElements.nextPresent(s.source, s.index, s.length);
            if (k >= s.length) {
                stack.pop();
                continue;
            }
            s.index = k + 1;
            Object element = ArrayElements.getIfPresent(realm, s.source, k);
            if (element == null) {
                continue;
            }
            if (mapper != null && stack.size() == 1) {
                element = mapper.call(thisArg, new Object[] {element, Conversions.number(k), source});
            }
            if (s.depth > 0 && ObjectOperations.isArray(realm, element)) {
                JSObject e = (JSObject) element;
                long elementLen = ObjectOperations.lengthOfArrayLike(realm, e);
                stack.push(new FlattenSource(e, elementLen, s.depth - 1));
            } else {
                if (targetIndex >= MAX_SAFE_INTEGER) {
                    throw Errors.typeError(realm, "Array.prototype.flat: the result would be longer than 2^53 - 1");
                }
                ArrayElements.create(realm, target, targetIndex++, element);
            }
        }
    }

    /** Array.prototype.includes ( searchElement [ , fromIndex ] ) (23.1.3.16) */
    private static Object includes(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len == 0) {
            return false;
        }
        double n = Conversions.toIntegerOrInfinity(realm, arg(args, 1));
        if (n >= len) {
            return false;
        }
        long k = n >= 0 ? (long) n : (long) Math.max(len + n, 0);
        Object target = arg(args, 0);
        if (target != Undefined.INSTANCE && ArrayElements.holesAreAbsent(o)) {
            // holes read as undefined, which cannot equal the target: only present elements matter
            for (k = ArrayElements.nextPresent(o, k, len); k < len; k = ArrayElements.nextPresent(o, k + 1, len)) {
                if (Equality.sameValueZero(ArrayElements.get(realm, o, k), target)) {
                    return true;
                }
            }
            return false;
        }
        for (; k < len; k++) {
            if (Equality.sameValueZero(ArrayElements.get(realm, o, k), target)) {
                return true;
            }
        }
        return false;
    }

    /** Array.prototype.indexOf ( searchElement [ , fromIndex ] ) (23.1.3.17) */
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
        for (k = ArrayElements.nextPresent(o, k, len); k < len; k = ArrayElements.nextPresent(o, k + 1, len)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null && Equality.strictEquals(v, target)) {
                return Conversions.number(k);
            }
        }
        return -1;
    }

    /** Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) (23.1.3.20) */
    private static Object lastIndexOf(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len == 0) {
            return -1;
        }
        double n = args.length > 1 ? Conversions.toIntegerOrInfinity(realm, args[1]) : len - 1;
        long k = n >= 0 ? (long) Math.min(n, len - 1) : (long) (len + n);
        Object target = arg(args, 0);
        for (k = ArrayElements.previousPresent(o, k); k >= 0; k = ArrayElements.previousPresent(o, k - 1)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null && Equality.strictEquals(v, target)) {
                return Conversions.number(k);
            }
        }
        return -1;
    }

    /** Array.prototype.join ( separator ) (23.1.3.18) */
    private static Object join(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Object separator = arg(args, 0);
        String sep = separator == Undefined.INSTANCE ? "," : Conversions.toString(realm, separator);
        return joinElements(realm, o, len, sep, false);
    }

    /**
     * The loop of join and toLocaleString. An array that is already being joined further up the
     * call stack contributes the empty string, as every engine does, instead of recursing forever.
     */
    private static String joinElements(Realm realm, JSObject o, long len, String sep, boolean locale) {
        if (!realm.joinStack.add(o)) {
            return "";
        }
        try {
            StringBuilder sb = new StringBuilder();
            for (long k = 0; k < len; k++) {
                if (k > 0) {
                    sb.append(sep);
                }
                Object e = ArrayElements.get(realm, o, k);
                if (!Conversions.isNullish(e)) {
                    sb.append(locale
                        ? Conversions.toString(realm, ObjectOperations.invoke(realm, e, "toLocaleString"))
                        : Conversions.toString(realm, e));
                }
                if (sb.length() > Operators.MAX_STRING_LENGTH) {
                    throw Errors.rangeError(realm, "Invalid string length");
                }
                dev.oryx.runtime.MemoryAccount.reserve(realm, 2L * sb.length());
            }
            return sb.toString();
        } finally {
            realm.joinStack.remove(o);
        }
    }

    /** Array.prototype.map ( callbackfn [ , thisArg ] ) (23.1.3.21) */
    private static Object map(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Callback f = Callback.of(ArrayBuiltins.callback(realm, arg(args, 0), "map"));
        Object thisArg = arg(args, 1);
        JSObject a = ArrayBuiltins.arraySpeciesCreate(realm, o, len);
        for (long k = ArrayElements.nextPresent(o, 0, len); k < len; k = ArrayElements.nextPresent(o, k + 1, len)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null) {
                Object mapped = Conversions.isNumber(v) && f.takesNumbers()
                    ? Conversions.number(f.callNumbers(Conversions.numberValue(v), k))
                    : f.call(thisArg, v, f.index(k, 1), o);
                ArrayElements.create(realm, a, k, mapped);
            }
        }
        return a;
    }

    /** Array.prototype.reduce and reduceRight (23.1.3.22, 23.1.3.23) */
    private static Object reduce(Realm realm, Object thisValue, Object[] args, boolean right) {
        String name = right ? "reduceRight" : "reduce";
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Callback f = Callback.of(ArrayBuiltins.callback(realm, arg(args, 0), name));
        if (len == 0 && args.length < 2) {
            throw Errors.typeError(realm, "Array.prototype." + name + " of empty array with no initial value");
        }
        long k = right ? len - 1 : 0;
        Object accumulator = null;
        if (args.length >= 2) {
            accumulator = args[1];
        } else {
            // the first present element is the initial value
            for (k = step(o, k, len, right); inRange(k, len); k = step(o, right ? k - 1 : k + 1, len, right)) {
                accumulator = ArrayElements.getIfPresent(realm, o, k);
                if (accumulator != null) {
                    k += right ? -1 : 1;
                    break;
                }
            }
            if (accumulator == null) {
                throw Errors.typeError(realm, "Array.prototype." + name + " of empty array with no initial value");
            }
        }
        for (k = step(o, k, len, right); inRange(k, len); k = step(o, right ? k - 1 : k + 1, len, right)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null) {
                accumulator = Conversions.isNumber(accumulator) && Conversions.isNumber(v) && f.takesNumbers()
                    ? Conversions.number(f.callNumbers(Conversions.numberValue(accumulator), Conversions.numberValue(v)))
                    : f.call(Undefined.INSTANCE, accumulator, v, f.index(k, 2), o);
            }
        }
        return accumulator;
    }

    /** The next index at or beyond k in the direction of the iteration that may be present. */
    private static long step(JSObject o, long k, long len, boolean backwards) {
        return backwards ? ArrayElements.previousPresent(o, k) : ArrayElements.nextPresent(o, k, len);
    }

    private static boolean inRange(long k, long len) {
        return k >= 0 && k < len;
    }

    /** Array.prototype.slice ( start, end ) (23.1.3.25) */
    private static Object slice(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        long k = ArrayBuiltins.relativeIndex(realm, arg(args, 0), len, 0);
        long end = ArrayBuiltins.relativeIndex(realm, arg(args, 1), len, len);
        long count = Math.max(end - k, 0);
        JSObject a = ArrayBuiltins.arraySpeciesCreate(realm, o, count);
        if (count > 0 && a instanceof JSArray result && result.shape == realm.arrayShape && result.dense == null
            && result.sparse() == null && ArrayElements.isDense(o, end)) {
            // a fresh array from ArrayCreate and a source whose elements are plain data: a copy is the same
            result.dense = Arrays.copyOfRange(o.dense, (int) k, (int) end);
            result.setLengthValue(count);
            return result;
        }
        long start = k;
        for (k = ArrayElements.nextPresent(o, k, end); k < end; k = ArrayElements.nextPresent(o, k + 1, end)) {
            Object v = ArrayElements.getIfPresent(realm, o, k);
            if (v != null) {
                ArrayElements.create(realm, a, k - start, v);
            }
        }
        ObjectOperations.set(realm, a, "length", Conversions.number(count), true);
        return a;
    }

    /** Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (23.1.3.31) */
    private static Object toLocaleString(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        // the implementation-defined list separator of a locale without Intl
        return joinElements(realm, o, len, ",", true);
    }

    /** Array.prototype.toString ( ) (23.1.3.32) */
    private static Object toStringMethod(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        Object join = o.get(realm, "join", o);
        if (join instanceof JSFunction f) {
            return f.call(o, JSFunction.NO_ARGS);
        }
        return ObjectBuiltins.toStringMethod(realm, o, JSFunction.NO_ARGS);
    }
}
