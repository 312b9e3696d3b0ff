package dev.oryx.builtins;

import static dev.oryx.builtins.ArrayBuiltins.MAX_SAFE_INTEGER;
import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * The methods of Array.prototype (23.1.3) that change the array in place: copyWithin, fill,
 * pop, push, reverse, shift, sort, splice and unshift. Where {@link ArrayElements} shows that
 * the array is dense plain data with an ordinary prototype chain, elements are moved in the
 * backing store directly; otherwise the spec's steps run one by one.
 */
final class ArrayPrototypeMutators {
    private ArrayPrototypeMutators() {
    }

    static void install(Realm realm, JSArray proto) {
        Builtins.install(realm, proto,
            method("copyWithin", 2, ArrayPrototypeMutators::copyWithin),
            method("fill", 1, ArrayPrototypeMutators::fill),
            method("pop", 0, ArrayPrototypeMutators::pop),
            method("push", 1, ArrayPrototypeMutators::push),
            method("reverse", 0, ArrayPrototypeMutators::reverse),
            method("shift", 0, ArrayPrototypeMutators::shift),
            method("sort", 1, ArrayPrototypeMutators::sort),
            method("splice", 2, ArrayPrototypeMutators::splice),
            method("unshift", 1, ArrayPrototypeMutators::unshift));
    }

    /** Array.prototype.copyWithin ( target, start [ , end ] ) (23.1.3.4) */
    private static Object copyWithin(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        long to = ArrayBuiltins.relativeIndex(realm, arg(args, 0), len, 0);
        long from = ArrayBuiltins.relativeIndex(realm, arg(args, 1), len, 0);
        long end = ArrayBuiltins.relativeIndex(realm, arg(args, 2), len, len);
        long count = Math.min(end - from, len - to);
        if (count <= 0) {
            return o;
        }
        if (ArrayElements.isDense(o, len)) {
            // every element involved is present plain data: Set replaces values, nothing is deleted
            System.arraycopy(o.dense, (int) from, o.dense, (int) to, (int) count);
            return o;
        }
        int direction = 1;
        if (from < to && to < from + count) {
            direction = -1;
            from += count - 1;
            to += count - 1;
        }
        for (; count > 0; count--, from += direction, to += direction) {
            moveElement(realm, o, from, to);
        }
        return o;
    }

    /** The step shared by copyWithin, shift, splice and unshift: Set(O, to, Get(O, from)) when from is present, else delete to. */
    private static void moveElement(Realm realm, JSObject o, long from, long to) {
        Object v = ArrayElements.getIfPresent(realm, o, from);
        if (v != null) {
            ArrayElements.set(realm, o, to, v);
        } else {
            ArrayElements.delete(realm, o, to);
        }
    }

    /** Array.prototype.fill ( value [ , start [ , end ] ] ) (23.1.3.7) */
    private static Object fill(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Object value = arg(args, 0);
        long k = ArrayBuiltins.relativeIndex(realm, arg(args, 1), len, 0);
        long end = ArrayBuiltins.relativeIndex(realm, arg(args, 2), len, len);
        for (; k < end; k++) {
            ArrayElements.set(realm, o, k, value);
        }
        return o;
    }

    /** Array.prototype.pop ( ) (23.1.3.21) */
    private static Object pop(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len == 0) {
            ObjectOperations.set(realm, o, "length", 0, true);
            return Undefined.INSTANCE;
        }
        if (ArrayElements.isMutableDenseArray(o, len)) {
            JSArray a = (JSArray) o;
            Object element = a.dense[(int) len - 1];
            a.dense[(int) len - 1] = null;
            a.setLengthValue(len - 1);
            return element;
        }
        Object element = ArrayElements.get(realm, o, len - 1);
        ArrayElements.delete(realm, o, len - 1);
        ObjectOperations.set(realm, o, "length", Conversions.number(len - 1), true);
        return element;
    }

    /** Array.prototype.push ( ...items ) (23.1.3.22) */
    private static Object push(Realm realm, Object thisValue, Object[] args) {
        if (args.length > 0 && thisValue instanceof JSArray a && ArrayElements.holesAreAbsent(a)) {
            // no index setters or read-only indices on the chain; fastPush checks the array itself
            int pushed = 0;
            while (pushed < args.length && a.fastPush(args[pushed])) {
                pushed++;
            }
            if (pushed == args.length) {
                return Conversions.number(a.length());
            }
            args = Arrays.copyOfRange(args, pushed, args.length);
        }
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len + args.length > MAX_SAFE_INTEGER) {
            throw Errors.typeError(realm, "Pushing " + args.length + " elements on an array-like of length " + len
                + " is disallowed, as the total surpasses 2**53-1");
        }
        for (Object v : args) {
            ObjectOperations.set(realm, o, ArrayBuiltins.indexKey(len), v, true);
            len++;
        }
        ObjectOperations.set(realm, o, "length", Conversions.number(len), true);
        return Conversions.number(len);
    }

    /** Array.prototype.reverse ( ) (23.1.3.24) */
    private static Object reverse(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (ArrayElements.isDense(o, len)) {
            // both elements of every pair are present plain data: the steps are two Sets per pair
            Object[] d = o.dense;
            for (int lower = 0, upper = (int) len - 1; lower < upper; lower++, upper--) {
                Object t = d[lower];
                d[lower] = d[upper];
                d[upper] = t;
            }
            return o;
        }
        long middle = len / 2;
        for (long lower = 0; lower != middle; lower++) {
            long upper = len - lower - 1;
            Object lowerValue = ArrayElements.getIfPresent(realm, o, lower);
            Object upperValue = ArrayElements.getIfPresent(realm, o, upper);
            if (lowerValue != null && upperValue != null) {
                ArrayElements.set(realm, o, lower, upperValue);
                ArrayElements.set(realm, o, upper, lowerValue);
            } else if (upperValue != null) {
                ArrayElements.set(realm, o, lower, upperValue);
                ArrayElements.delete(realm, o, upper);
            } else if (lowerValue != null) {
                ArrayElements.delete(realm, o, lower);
                ArrayElements.set(realm, o, upper, lowerValue);
            }
        }
        return o;
    }

    /** Array.prototype.shift ( ) (23.1.3.25) */
    private static Object shift(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len == 0) {
            ObjectOperations.set(realm, o, "length", 0, true);
            return Undefined.INSTANCE;
        }
        if (ArrayElements.isMutableDenseArray(o, len)) {
            JSArray a = (JSArray) o;
            Object first = a.dense[0];
            System.arraycopy(a.dense, 1, a.dense, 0, (int) len - 1);
            a.dense[(int) len - 1] = null;
            a.setLengthValue(len - 1);
            return first;
        }
        Object first = ArrayElements.get(realm, o, 0);
        for (long k = 1; k < len; k++) {
            moveElement(realm, o, k, k - 1);
        }
        ArrayElements.delete(realm, o, len - 1);
        ObjectOperations.set(realm, o, "length", Conversions.number(len - 1), true);
        return first;
    }

    /** Array.prototype.sort ( comparefn ) (23.1.3.28) */
    private static Object sort(Realm realm, Object thisValue, Object[] args) {
        Object comparefn = arg(args, 0);
        if (comparefn != Undefined.INSTANCE && !(comparefn instanceof JSFunction)) {
            throw Errors.typeError(realm, "The comparison function must be either a function or undefined");
        }
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        Object[] items;
        if (len > 0 && ArrayElements.isDense(o, len)) {
            items = Arrays.copyOf(o.dense, (int) len);
        } else {
            List<Object> list = new ArrayList<>();
            for (long k = ArrayElements.nextPresent(o, 0, len); k < len; k = ArrayElements.nextPresent(o, k + 1, len)) {
                Object v = ArrayElements.getIfPresent(realm, o, k);
                if (v != null) {
                    if (list.size() >= Integer.MAX_VALUE - 8) {
                        throw Errors.rangeError(realm, "Array.prototype.sort: too many elements");
                    }
                    list.add(v);
                }
            }
            items = list.toArray();
        }
        int itemCount = items.length;
        ArraySort.sort(realm, items, itemCount, comparefn);
        for (int j = 0; j < itemCount; j++) {
            ArrayElements.set(realm, o, j, items[j]);
        }
        // the holes gathered at the end; only existing properties need deleting
        for (long j = ArrayElements.nextOwn(o, itemCount, len); j < len; j = ArrayElements.nextOwn(o, j + 1, len)) {
            ArrayElements.delete(realm, o, j);
        }
        return o;
    }

    /** Array.prototype.splice ( start, deleteCount, ...items ) (23.1.3.29) */
    private static Object splice(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        long actualStart = ArrayBuiltins.relativeIndex(realm, arg(args, 0), len, 0);
        int itemCount = Math.max(args.length - 2, 0);
        long actualDeleteCount;
        if (args.length == 0) {
            actualDeleteCount = 0;
        } else if (args.length == 1) {
            actualDeleteCount = len - actualStart;
        } else {
            double dc = Conversions.toIntegerOrInfinity(realm, args[1]);
            actualDeleteCount = (long) Math.min(Math.max(dc, 0), len - actualStart);
        }
        if (len + itemCount - actualDeleteCount > MAX_SAFE_INTEGER) {
            throw Errors.typeError(realm, "Array.prototype.splice: the result would be longer than 2^53 - 1");
        }
        JSObject a = ArrayBuiltins.arraySpeciesCreate(realm, o, actualDeleteCount);
        for (long k = ArrayElements.nextPresent(o, actualStart, actualStart + actualDeleteCount) - actualStart;
             k < actualDeleteCount;
             k = ArrayElements.nextPresent(o, actualStart + k + 1, actualStart + actualDeleteCount) - actualStart) {
            Object v = ArrayElements.getIfPresent(realm, o, actualStart + k);
            if (v != null) {
                ArrayElements.create(realm, a, k, v);
            }
        }
        ObjectOperations.set(realm, a, "length", Conversions.number(actualDeleteCount), true);
        long newLen = len - actualDeleteCount + itemCount;
        if (ArrayElements.isMutableDenseArray(o, len) && newLen < Integer.MAX_VALUE - 8) {
            JSArray arr = (JSArray) o;
            Object[] d = arr.dense == null ? new Object[0] : arr.dense;
            if (newLen > d.length) {
                d = Arrays.copyOf(d, (int) Math.max(newLen, Math.min((long) d.length * 2, Integer.MAX_VALUE - 8)));
            }
            arr.dense = d;
            int tail = (int) (len - actualStart - actualDeleteCount);
            System.arraycopy(d, (int) (actualStart + actualDeleteCount), d, (int) actualStart + itemCount, tail);
            if (itemCount > 0) {
                System.arraycopy(args, 2, d, (int) actualStart, itemCount);
            }
            if (newLen < len) {
                Arrays.fill(d, (int) newLen, (int) len, null);
            }
            arr.setLengthValue(newLen);
            return a;
        }
        if (itemCount < actualDeleteCount) {
            for (long k = actualStart; k < len - actualDeleteCount; k++) {
                moveElement(realm, o, k + actualDeleteCount, k + itemCount);
            }
            for (long k = ArrayElements.previousOwn(o, len - 1); k >= newLen; k = ArrayElements.previousOwn(o, k - 1)) {
                ArrayElements.delete(realm, o, k);
            }
        } else if (itemCount > actualDeleteCount) {
            for (long k = len - actualDeleteCount; k > actualStart; k--) {
                moveElement(realm, o, k + actualDeleteCount - 1, k + itemCount - 1);
            }
        }
        for (int i = 0; i < itemCount; i++) {
            ArrayElements.set(realm, o, actualStart + i, args[i + 2]);
        }
        ObjectOperations.set(realm, o, "length", Conversions.number(newLen), true);
        return a;
    }

    /** Array.prototype.unshift ( ...items ) (23.1.3.33) */
    private static Object unshift(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        int argCount = args.length;
        if (argCount > 0) {
            if (len + argCount > MAX_SAFE_INTEGER) {
                throw Errors.typeError(realm, "Array.prototype.unshift: the result would be longer than 2^53 - 1");
            }
            if (ArrayElements.isMutableDenseArray(o, len) && len + argCount < Integer.MAX_VALUE - 8) {
                JSArray a = (JSArray) o;
                Object[] d = a.dense;
                int newLen = (int) len + argCount;
                if (d == null || newLen > d.length) {
                    d = Arrays.copyOf(d == null ? new Object[0] : d, Math.max(newLen, Math.max(8, d == null ? 0 : d.length * 2)));
                }
                System.arraycopy(d, 0, d, argCount, (int) len);
                System.arraycopy(args, 0, d, 0, argCount);
                a.dense = d;
                a.setLengthValue(newLen);
                return newLen;
            }
            for (long k = len; k > 0; k--) {
                moveElement(realm, o, k - 1, k + argCount - 1);
            }
            for (int j = 0; j < argCount; j++) {
                ArrayElements.set(realm, o, j, args[j]);
            }
        }
        ObjectOperations.set(realm, o, "length", Conversions.number(len + argCount), true);
        return Conversions.number(len + argCount);
    }
}
