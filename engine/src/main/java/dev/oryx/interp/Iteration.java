package dev.oryx.interp;

import dev.oryx.api.JSException;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The iterator protocol (7.4) as the interpreter uses it: iterator records live in two registers. */
public final class Iteration {
    private Iteration() {
    }

    /** GetIterator(obj, sync): regs[iteratorReg] := iterator, regs[nextReg] := its next method. */
    static void getIterator(Realm realm, Object[] regs, int iteratorReg, int nextReg, Object obj) {
        JSObject iterator = iterator(realm, obj);
        regs[iteratorReg] = iterator;
        regs[nextReg] = iterator.get(realm, "next", iterator);
    }

    /** GetIterator(obj, sync) returning the iterator object. */
    public static JSObject iterator(Realm realm, Object obj) {
        Object method = Conversions.isNullish(obj) ? Undefined.INSTANCE : getV(realm, obj, Symbol.ITERATOR);
        if (!(method instanceof JSFunction f)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(obj instanceof JSObject ? "object" : obj) + " is not iterable");
        }
        Object iterator = f.call(obj, JSFunction.NO_ARGS);
        if (!(iterator instanceof JSObject it)) {
            throw Errors.typeError(realm, "Result of the Symbol.iterator method is not an object");
        }
        return it;
    }

    static Object getV(Realm realm, Object v, Object key) {
        if (v instanceof JSObject o) {
            return o.get(realm, key, o);
        }
        return PropertyAccess.getPrimitive(realm, v, key);
    }

    /** IteratorStep + IteratorValue: false when done, else regs[valueReg] := the value. */
    static boolean next(Realm realm, Object[] regs, int valueReg, Object iterator, Object nextMethod) {
        Object value = stepValue(realm, iterator, nextMethod);
        if (value == null) {
            return false;
        }
        regs[valueReg] = value;
        return true;
    }

    /** The next value, or null when the iterator is done. */
    public static Object stepValue(Realm realm, Object iterator, Object nextMethod) {
        if (!(nextMethod instanceof JSFunction next)) {
            throw Errors.typeError(realm, "iterator.next is not a function");
        }
        // a native next (an array's iterator) runs no JavaScript: [...a, ...a] in a loop would
        // otherwise fill the heap without the interrupt hook being asked
        realm.stack.step();
        JSObject r = Generators.iteratorResult(realm, next.call(iterator, JSFunction.NO_ARGS));
        if (Conversions.toBoolean(r.get(realm, "done", r))) {
            return null;
        }
        return r.get(realm, "value", r);
    }

    /** IteratorClose for a normal completion. */
    public static void close(Realm realm, Object iterator) {
        JSObject it = (JSObject) iterator;
        Object ret = it.get(realm, "return", it);
        if (Conversions.isNullish(ret)) {
            return;
        }
        if (!(ret instanceof JSFunction f)) {
            throw Errors.typeError(realm, "iterator.return is not a function");
        }
        Generators.iteratorResult(realm, f.call(it, JSFunction.NO_ARGS));
    }

    /** IteratorClose for a throw completion: the original exception wins. */
    public static void closeQuietly(Realm realm, Object iterator) {
        try {
            JSObject it = (JSObject) iterator;
            Object ret = it.get(realm, "return", it);
            if (ret instanceof JSFunction f) {
                f.call(it, JSFunction.NO_ARGS);
            }
        } catch (JSException ignored) {
            // the exception that caused the close is the one that propagates
        }
    }

    /** Appends the values of an iterable to an array (spread in array literals and arguments). */
    static void spreadInto(Realm realm, JSArray target, Object iterable) {
        JSObject iterator = iterator(realm, iterable);
        Object next = iterator.get(realm, "next", iterator);
        while (true) {
            Object v = stepValue(realm, iterator, next);
            if (v == null) {
                return;
            }
            Objects.arrayPush(realm, target, v);
        }
    }
}
