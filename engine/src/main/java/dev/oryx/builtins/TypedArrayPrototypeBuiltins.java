package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.oryx.object.ArrayBufferObject;
import dev.oryx.interp.Callback;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.object.TypedArrayObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * %TypedArray%.prototype (23.2.3), including the ES2023 additions findLast, findLastIndex,
 * toReversed, toSorted and with. Element reads inside the loops use the integer-indexed [[Get]]
 * directly: after a callback detaches the buffer they read undefined, as the spec's Get does.
 */
final class TypedArrayPrototypeBuiltins {
    private TypedArrayPrototypeBuiltins() {
    }

    static void install(Realm realm, JSObject proto) {
        NativeFunction values = Builtins.function(realm, "values", 0,
            (r, t, a) -> IteratorBuiltins.createArrayIterator(r, validate(r, t, "%TypedArray%.prototype.values"), 1));
        Builtins.install(realm, proto,
            Builtins.getter("buffer", (r, t, a) -> thisTypedArray(r, t, "buffer").buffer),
            Builtins.getter("byteLength", (r, t, a) -> thisTypedArray(r, t, "byteLength").byteLength()),
            Builtins.getter("byteOffset", (r, t, a) -> {
                TypedArrayObject o = thisTypedArray(r, t, "byteOffset");
                return o.isOutOfBounds() ? 0 : o.byteOffset;
            }),
            Builtins.getter("length", (r, t, a) -> thisTypedArray(r, t, "length").currentLength()),
            Builtins.getter(Symbol.TO_STRING_TAG, (r, t, a) -> t instanceof TypedArrayObject o ? o.kind.constructorName : Undefined.INSTANCE),
            method("at", 1, TypedArrayPrototypeBuiltins::at),
            method("copyWithin", 2, TypedArrayPrototypeBuiltins::copyWithin),
            method("entries", 0, (r, t, a) -> IteratorBuiltins.createArrayIterator(r, validate(r, t, "%TypedArray%.prototype.entries"), 2)),
            method("every", 1, (r, t, a) -> {
                TypedArrayObject o = validate(r, t, "%TypedArray%.prototype.every");
                return find(r, o, a, false, false) == null;
            }),
            method("fill", 1, TypedArrayPrototypeBuiltins::fill),
            method("filter", 1, TypedArrayPrototypeBuiltins::filter),
            method("find", 1, (r, t, a) -> foundValue(find(r, validate(r, t, "%TypedArray%.prototype.find"), a, true, false))),
            method("findIndex", 1, (r, t, a) -> foundIndex(find(r, validate(r, t, "%TypedArray%.prototype.findIndex"), a, true, false))),
            method("findLast", 1, (r, t, a) -> foundValue(find(r, validate(r, t, "%TypedArray%.prototype.findLast"), a, true, true))),
            method("findLastIndex", 1, (r, t, a) -> foundIndex(find(r, validate(r, t, "%TypedArray%.prototype.findLastIndex"), a, true, true))),
            method("forEach", 1, (r, t, a) -> {
                TypedArrayObject o = validate(r, t, "%TypedArray%.prototype.forEach");
                Callback f = Callback.of(callback(r, arg(a, 0)));
                int len = o.length;
                for (int k = 0; k < len; k++) {
                    f.call(arg(a, 1), o.getIndexed(k), k, o);
                }
                return Undefined.INSTANCE;
            }),
            method("includes", 1, TypedArrayPrototypeBuiltins::includes),
            method("indexOf", 1, TypedArrayPrototypeBuiltins::indexOf),
            method("join", 1, TypedArrayPrototypeBuiltins::join),
            method("keys", 0, (r, t, a) -> IteratorBuiltins.createArrayIterator(r, validate(r, t, "%TypedArray%.prototype.keys"), 0)),
            method("lastIndexOf", 1, TypedArrayPrototypeBuiltins::lastIndexOf),
            method("map", 1, TypedArrayPrototypeBuiltins::map),
            method("reduce", 1, (r, t, a) -> reduce(r, validate(r, t, "%TypedArray%.prototype.reduce"), a, false)),
            method("reduceRight", 1, (r, t, a) -> reduce(r, validate(r, t, "%TypedArray%.prototype.reduceRight"), a, true)),
            method("reverse", 0, TypedArrayPrototypeBuiltins::reverse),
            method("set", 1, TypedArrayPrototypeBuiltins::set),
            method("slice", 2, TypedArrayPrototypeBuiltins::slice),
            method("some", 1, (r, t, a) -> {
                TypedArrayObject o = validate(r, t, "%TypedArray%.prototype.some");
                return find(r, o, a, true, false) != null;
            }),
            method("sort", 1, TypedArrayPrototypeBuiltins::sort),
            method("subarray", 2, TypedArrayPrototypeBuiltins::subarray),
            method("toLocaleString", 0, TypedArrayPrototypeBuiltins::toLocaleString),
            method("toReversed", 0, TypedArrayPrototypeBuiltins::toReversed),
            method("toSorted", 1, TypedArrayPrototypeBuiltins::toSorted),
            method("with", 2, TypedArrayPrototypeBuiltins::with));
        proto.defineOwn("values", values, Shape.WRITABLE | Shape.CONFIGURABLE);
        proto.defineOwn(Symbol.ITERATOR, values, Shape.WRITABLE | Shape.CONFIGURABLE);
        // %TypedArray%.prototype.toString is the same function object as Array.prototype.toString (23.2.3.32)
        Object arrayToString = realm.arrayPrototype.getOwnDataValue("toString");
        if (arrayToString != null) {
            proto.defineOwn("toString", arrayToString, Shape.WRITABLE | Shape.CONFIGURABLE);
        }
    }

    /** RequireInternalSlot(O, [[TypedArrayName]]) */
    private static TypedArrayObject thisTypedArray(Realm realm, Object t, String what) {
        if (t instanceof TypedArrayObject o) {
            return o;
        }
        throw Errors.typeError(realm, "%TypedArray%.prototype." + what + " called on incompatible receiver " + Conversions.toDisplayString(t));
    }

    private static TypedArrayObject validate(Realm realm, Object t, String method) {
        return TypedArrayBuiltins.validateTypedArray(realm, t, method);
    }

    private static JSFunction callback(Realm realm, Object f) {
        if (f instanceof JSFunction fn) {
            return fn;
        }
        throw Errors.typeError(realm, Conversions.toDisplayString(f) + " is not a function");
    }

    private static long relative(Realm realm, Object v, long len, long whenUndefined) {
        return ArrayBufferBuiltins.relative(realm, v, len, whenUndefined);
    }

    /** Index and value of the first (or last) element whose predicate result is {@code wanted}, or null. */
    private static Object[] find(Realm realm, TypedArrayObject o, Object[] args, boolean wanted, boolean fromEnd) {
        Callback predicate = Callback.of(callback(realm, arg(args, 0)));
        Object thisArg = arg(args, 1);
        int len = o.length;
        for (int i = 0; i < len; i++) {
            int k = fromEnd ? len - 1 - i : i;
            Object kValue = o.getIndexed(k);
            if (Conversions.toBoolean(predicate.call(thisArg, kValue, k, o)) == wanted) {
                return new Object[] {k, kValue};
            }
        }
        return null;
    }

    private static Object foundValue(Object[] found) {
        return found == null ? Undefined.INSTANCE : found[1];
    }

    private static Object foundIndex(Object[] found) {
        return found == null ? -1 : found[0];
    }

    /** %TypedArray%.prototype.at (23.2.3.1) */
    private static Object at(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.at");
        int len = o.length;
        double rel = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        double k = rel >= 0 ? rel : len + rel;
        if (k < 0 || k >= len) {
            return Undefined.INSTANCE;
        }
        return o.getIndexed((int) k);
    }

    /** %TypedArray%.prototype.copyWithin (23.2.3.6) */
    private static Object copyWithin(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.copyWithin");
        long len = o.length;
        long to = relative(realm, arg(args, 0), len, 0);
        long from = relative(realm, arg(args, 1), len, 0);
        long fin = relative(realm, arg(args, 2), len, len);
        long count = Math.min(fin - from, len - to);
        if (count > 0) {
            if (o.isOutOfBounds()) {
                throw Errors.typeError(realm, "Cannot perform %TypedArray%.prototype.copyWithin on a detached ArrayBuffer");
            }
            int shift = o.kind.shift;
            System.arraycopy(o.buffer.data, o.byteOffset + (int) (from << shift), o.buffer.data, o.byteOffset + (int) (to << shift),
                (int) (count << shift));
        }
        return o;
    }

    /** %TypedArray%.prototype.fill (23.2.3.9) */
    private static Object fill(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.fill");
        long len = o.length;
        Object value = o.kind.toNumeric(realm, arg(args, 0));
        long k = relative(realm, arg(args, 1), len, 0);
        long fin = relative(realm, arg(args, 2), len, len);
        if (o.isOutOfBounds()) {
            throw Errors.typeError(realm, "Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer");
        }
        for (; k < fin; k++) {
            o.setNumeric((int) k, value);
        }
        return o;
    }

    /** %TypedArray%.prototype.filter (23.2.3.10) */
    private static Object filter(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.filter");
        int len = o.length;
        Callback f = Callback.of(callback(realm, arg(args, 0)));
        List<Object> kept = new ArrayList<>();
        for (int k = 0; k < len; k++) {
            Object kValue = o.getIndexed(k);
            if (Conversions.toBoolean(f.call(arg(args, 1), kValue, k, o))) {
                kept.add(kValue);
            }
        }
        TypedArrayObject a = TypedArrayBuiltins.speciesCreate(realm, o, new Object[] {kept.size()});
        for (int n = 0; n < kept.size(); n++) {
            a.set(realm, n, kept.get(n), a);
        }
        return a;
    }

    /** %TypedArray%.prototype.includes (23.2.3.16) */
    private static Object includes(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.includes");
        long len = o.length;
        if (len == 0) {
            return false;
        }
        double n = Conversions.toIntegerOrInfinity(realm, arg(args, 1));
        if (n == Double.POSITIVE_INFINITY) {
            return false;
        }
        long k = n >= 0 ? (long) Math.min(n, len) : (long) Math.max(len + n, 0);
        Object target = arg(args, 0);
        for (; k < len; k++) {
            if (Equality.sameValueZero(o.getIndexed((int) k), target)) {
                return true;
            }
        }
        return false;
    }

    /** %TypedArray%.prototype.indexOf (23.2.3.17) */
    private static Object indexOf(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.indexOf");
        long len = o.length;
        if (len == 0) {
            return -1;
        }
        double n = Conversions.toIntegerOrInfinity(realm, arg(args, 1));
        if (n == Double.POSITIVE_INFINITY) {
            return -1;
        }
        long k = n >= 0 ? (long) Math.min(n, len) : (long) Math.max(len + n, 0);
        Object target = arg(args, 0);
        for (; k < len; k++) {
            if (o.isValidIntegerIndex(k) && Equality.strictEquals(o.getIndexed((int) k), target)) {
                return (int) k;
            }
        }
        return -1;
    }

    /** %TypedArray%.prototype.lastIndexOf (23.2.3.20) */
    private static Object lastIndexOf(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.lastIndexOf");
        long len = o.length;
        if (len == 0) {
            return -1;
        }
        double n = args.length > 1 ? Conversions.toIntegerOrInfinity(realm, args[1]) : len - 1;
        if (n == Double.NEGATIVE_INFINITY) {
            return -1;
        }
        long k = n >= 0 ? (long) Math.min(n, len - 1) : (long) (len + n);
        Object target = arg(args, 0);
        for (; k >= 0; k--) {
            if (o.isValidIntegerIndex(k) && Equality.strictEquals(o.getIndexed((int) k), target)) {
                return (int) k;
            }
        }
        return -1;
    }

    /** %TypedArray%.prototype.join (23.2.3.18) */
    private static Object join(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.join");
        int len = o.length;
        Object sepArg = arg(args, 0);
        String sep = sepArg == Undefined.INSTANCE ? "," : Conversions.toString(realm, sepArg);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            if (k > 0) {
                sb.append(sep);
            }
            Object element = o.getIndexed(k);
            if (element != Undefined.INSTANCE) {
                sb.append(Conversions.toString(realm, element));
            }
            if (sb.length() > Operators.MAX_STRING_LENGTH) {
                throw Errors.rangeError(realm, "Invalid string length");
            }
            dev.oryx.runtime.MemoryAccount.reserve(realm, 2L * sb.length());
        }
        return sb.toString();
    }

    /** %TypedArray%.prototype.map (23.2.3.22) */
    private static Object map(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.map");
        int len = o.length;
        Callback f = Callback.of(callback(realm, arg(args, 0)));
        TypedArrayObject a = TypedArrayBuiltins.speciesCreate(realm, o, new Object[] {len});
        for (int k = 0; k < len; k++) {
            Object mapped = f.call(arg(args, 1), o.getIndexed(k), k, o);
            a.set(realm, k, mapped, a);
        }
        return a;
    }

    /** %TypedArray%.prototype.reduce and reduceRight (23.2.3.23, 23.2.3.24) */
    private static Object reduce(Realm realm, TypedArrayObject o, Object[] args, boolean fromEnd) {
        int len = o.length;
        Callback f = Callback.of(callback(realm, arg(args, 0)));
        if (len == 0 && args.length < 2) {
            throw Errors.typeError(realm, "Reduce of empty array with no initial value");
        }
        int i = 0;
        Object accumulator;
        if (args.length >= 2) {
            accumulator = args[1];
        } else {
            accumulator = o.getIndexed(fromEnd ? len - 1 : 0);
            i = 1;
        }
        for (; i < len; i++) {
            int k = fromEnd ? len - 1 - i : i;
            accumulator = f.call(Undefined.INSTANCE, accumulator, o.getIndexed(k), k, o);
        }
        return accumulator;
    }

    /** %TypedArray%.prototype.reverse (23.2.3.25) */
    private static Object reverse(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.reverse");
        int len = o.length;
        for (int lower = 0, upper = len - 1; lower < upper; lower++, upper--) {
            Object lowerValue = o.getIndexed(lower);
            Object upperValue = o.getIndexed(upper);
            o.setNumeric(lower, upperValue);
            o.setNumeric(upper, lowerValue);
        }
        return o;
    }

    /** %TypedArray%.prototype.set (23.2.3.26) */
    private static Object set(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject target = thisTypedArray(realm, thisValue, "set");
        double targetOffset = Conversions.toIntegerOrInfinity(realm, arg(args, 1));
        if (targetOffset < 0) {
            throw Errors.rangeError(realm, "offset is out of bounds");
        }
        Object source = arg(args, 0);
        if (source instanceof TypedArrayObject src) {
            setFromTypedArray(realm, target, targetOffset, src);
        } else {
            setFromArrayLike(realm, target, targetOffset, source);
        }
        return Undefined.INSTANCE;
    }

    /** SetTypedArrayFromTypedArray (23.2.3.26.1) */
    private static void setFromTypedArray(Realm realm, TypedArrayObject target, double targetOffset, TypedArrayObject source) {
        if (target.isOutOfBounds() || source.isOutOfBounds()) {
            throw Errors.typeError(realm, "Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
        }
        int targetLength = target.length;
        int srcLength = source.length;
        if (targetOffset == Double.POSITIVE_INFINITY || srcLength + targetOffset > targetLength) {
            throw Errors.rangeError(realm, "offset is out of bounds");
        }
        if (target.kind.isBigInt() != source.kind.isBigInt()) {
            throw Errors.typeError(realm, "Cannot mix BigInt and other types, use explicit conversions");
        }
        byte[] srcData = source.buffer.data;
        int srcByteIndex = source.byteOffset;
        int srcByteLength = source.byteLength();
        if (srcData == target.buffer.data) {
            // same data block: copy the source first, as CloneArrayBuffer does
            srcData = Arrays.copyOfRange(srcData, srcByteIndex, srcByteIndex + srcByteLength);
            srcByteIndex = 0;
        }
        int offset = (int) targetOffset;
        if (source.kind == target.kind) {
            System.arraycopy(srcData, srcByteIndex, target.buffer.data, target.byteOffset + (offset << target.kind.shift), srcByteLength);
            return;
        }
        for (int k = 0; k < srcLength; k++) {
            Object value = source.kind.read(srcData, srcByteIndex + (k << source.kind.shift), true);
            target.setNumeric(offset + k, value);
        }
    }

    /** SetTypedArrayFromArrayLike (23.2.3.26.2) */
    private static void setFromArrayLike(Realm realm, TypedArrayObject target, double targetOffset, Object source) {
        if (target.isOutOfBounds()) {
            throw Errors.typeError(realm, "Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
        }
        int targetLength = target.length;
        JSObject src = Conversions.toObject(realm, source);
        long srcLength = ObjectOperations.lengthOfArrayLike(realm, src);
        if (targetOffset == Double.POSITIVE_INFINITY || srcLength + targetOffset > targetLength) {
            throw Errors.rangeError(realm, "offset is out of bounds");
        }
        int offset = (int) targetOffset;
        for (int k = 0; k < srcLength; k++) {
            Object value = src.get(realm, k, src);
            target.setIndexed(realm, offset + k, value);
        }
    }

    /** %TypedArray%.prototype.slice (23.2.3.27) */
    private static Object slice(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.slice");
        long len = o.length;
        long start = relative(realm, arg(args, 0), len, 0);
        long end = relative(realm, arg(args, 1), len, len);
        long count = Math.max(end - start, 0);
        TypedArrayObject a = TypedArrayBuiltins.speciesCreate(realm, o, new Object[] {Conversions.number((double) count)});
        if (count > 0) {
            if (o.isOutOfBounds()) {
                throw Errors.typeError(realm, "Cannot perform %TypedArray%.prototype.slice on a detached ArrayBuffer");
            }
            end = Math.min(end, o.length);
            if (o.kind == a.kind) {
                // byte by byte, forwards, as the spec copies (the result may view the same buffer)
                int elementSize = o.kind.elementSize;
                byte[] src = o.buffer.data;
                byte[] dst = a.buffer.data;
                int srcByteIndex = (int) start * elementSize + o.byteOffset;
                int targetByteIndex = a.byteOffset;
                int endByteIndex = targetByteIndex + (int) Math.max(end - start, 0) * elementSize;
                while (targetByteIndex < endByteIndex) {
                    dst[targetByteIndex++] = src[srcByteIndex++];
                }
            } else {
                for (int n = 0; start < end; start++, n++) {
                    a.set(realm, n, o.getIndexed((int) start), a);
                }
            }
        }
        return a;
    }

    /** %TypedArray%.prototype.sort (23.2.3.29) */
    private static Object sort(Realm realm, Object thisValue, Object[] args) {
        Object comparefn = arg(args, 0);
        if (comparefn != Undefined.INSTANCE && !(comparefn instanceof JSFunction)) {
            throw Errors.typeError(realm, "The comparison function must be either a function or undefined");
        }
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.sort");
        Object[] sorted = sortedElements(realm, o, comparefn);
        for (int j = 0; j < sorted.length; j++) {
            o.setNumeric(j, sorted[j]);
        }
        return o;
    }

    /** %TypedArray%.prototype.toSorted (ES2023 23.2.3.33) */
    private static Object toSorted(Realm realm, Object thisValue, Object[] args) {
        Object comparefn = arg(args, 0);
        if (comparefn != Undefined.INSTANCE && !(comparefn instanceof JSFunction)) {
            throw Errors.typeError(realm, "The comparison function must be either a function or undefined");
        }
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.toSorted");
        TypedArrayObject a = TypedArrayBuiltins.createSameType(realm, o, o.length);
        Object[] sorted = sortedElements(realm, o, comparefn);
        for (int j = 0; j < sorted.length; j++) {
            a.setNumeric(j, sorted[j]);
        }
        return a;
    }

    /** SortIndexedProperties with CompareTypedArrayElements (23.2.4.7): a stable sort of the element values. */
    private static Object[] sortedElements(Realm realm, TypedArrayObject o, Object comparefn) {
        int len = o.length;
        Object[] items = new Object[len];
        for (int k = 0; k < len; k++) {
            items[k] = o.getIndexed(k);
        }
        if (comparefn == Undefined.INSTANCE) {
            if (o.kind.isBigInt()) {
                Arrays.sort(items);
                return items;
            }
            // Double.compare orders -0 before +0 and NaN last, exactly as CompareTypedArrayElements
            double[] numbers = new double[len];
            for (int k = 0; k < len; k++) {
                numbers[k] = Conversions.numberValue(items[k]);
            }
            Arrays.sort(numbers);
            for (int k = 0; k < len; k++) {
                items[k] = Conversions.number(numbers[k]);
            }
            return items;
        }
        ArraySort.sortWithComparator(realm, items, len, (JSFunction) comparefn);
        return items;
    }

    /** %TypedArray%.prototype.subarray (23.2.3.30) */
    private static Object subarray(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = thisTypedArray(realm, thisValue, "subarray");
        ArrayBufferObject buffer = o.buffer;
        long srcLength = o.currentLength();
        long begin = relative(realm, arg(args, 0), srcLength, 0);
        long end = relative(realm, arg(args, 1), srcLength, srcLength);
        long newLength = Math.max(end - begin, 0);
        long beginByteOffset = o.byteOffset + (begin << o.kind.shift);
        return TypedArrayBuiltins.speciesCreate(realm, o,
            new Object[] {buffer, Conversions.number((double) beginByteOffset), Conversions.number((double) newLength)});
    }

    /** %TypedArray%.prototype.toLocaleString (23.2.3.31) */
    private static Object toLocaleString(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.toLocaleString");
        int len = o.length;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            if (k > 0) {
                sb.append(',');
            }
            Object next = o.getIndexed(k);
            if (!Conversions.isNullish(next)) {
                sb.append(Conversions.toString(realm, ObjectOperations.invoke(realm, next, "toLocaleString")));
            }
        }
        return sb.toString();
    }

    /** %TypedArray%.prototype.toReversed (ES2023 23.2.3.32) */
    private static Object toReversed(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.toReversed");
        int len = o.length;
        TypedArrayObject a = TypedArrayBuiltins.createSameType(realm, o, len);
        for (int k = 0; k < len; k++) {
            a.setNumeric(k, o.getIndexed(len - k - 1));
        }
        return a;
    }

    /** %TypedArray%.prototype.with (ES2023 23.2.3.36) */
    private static Object with(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.with");
        int len = o.length;
        double rel = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        double actualIndex = rel >= 0 ? rel : len + rel;
        Object numericValue = o.kind.toNumeric(realm, arg(args, 1));
        if (!o.isValidIntegerIndex(actualIndex)) {
            throw Errors.rangeError(realm, "Invalid typed array index");
        }
        TypedArrayObject a = TypedArrayBuiltins.createSameType(realm, o, len);
        for (int k = 0; k < len; k++) {
            a.setNumeric(k, k == actualIndex ? numericValue : o.getIndexed(k));
        }
        return a;
    }
}
