package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * %IteratorPrototype% (27.1.2), %ArrayIteratorPrototype% (23.1.5) and %StringIteratorPrototype%
 * (22.1.5), with the iterator objects they serve.
 */
public final class IteratorBuiltins {
    /** The [[ArrayLikeIterationKind]] of an Array Iterator. */
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    private IteratorBuiltins() {
    }

    /** An Array Iterator (23.1.5.3): the array-like, the next index and the kind. */
    static final class ArrayIterator extends JSObject {
        /** [[IteratedArrayLike]]; undefined once the iterator is done. */
        Object iterated;
        long nextIndex;
        final int kind;

        ArrayIterator(Shape shape, Object iterated, int kind) {
            super(shape);
            this.iterated = iterated;
            this.kind = kind;
        }
    }

    /** A String Iterator (22.1.5.3): the string (null once done) and the next code unit position. */
    static final class StringIterator extends JSObject {
        String iterated;
        int nextIndex;

        StringIterator(Shape shape, String iterated) {
            super(shape);
            this.iterated = iterated;
        }
    }

    static void install(Realm realm) {
        JSObject iteratorProto = realm.newObject();
        realm.iteratorPrototype = iteratorProto;
        realm.intrinsics.put("IteratorPrototype", iteratorProto);
        Builtins.install(realm, iteratorProto, method(Symbol.ITERATOR, 0, (r, t, a) -> t));

        JSObject arrayIteratorProto = realm.newObject(iteratorProto);
        realm.arrayIteratorPrototype = arrayIteratorProto;
        realm.intrinsics.put("ArrayIteratorPrototype", arrayIteratorProto);
        Builtins.install(realm, arrayIteratorProto,
            method("next", 0, IteratorBuiltins::arrayIteratorNext),
            Builtins.value(Symbol.TO_STRING_TAG, "Array Iterator", Shape.CONFIGURABLE));

        JSObject stringIteratorProto = realm.newObject(iteratorProto);
        realm.intrinsics.put("StringIteratorPrototype", stringIteratorProto);
        Builtins.install(realm, stringIteratorProto,
            method("next", 0, IteratorBuiltins::stringIteratorNext),
            Builtins.value(Symbol.TO_STRING_TAG, "String Iterator", Shape.CONFIGURABLE));
    }

    /** CreateArrayIterator ( array, kind ) (23.1.5.1) */
    static JSObject createArrayIterator(Realm realm, Object array, int kind) {
        return new ArrayIterator(realm.arrayIteratorPrototype.childRootShape(), array, kind);
    }

    /** CreateStringIterator ( string ) (22.1.5.1) */
    static JSObject createStringIterator(Realm realm, String string) {
        return new StringIterator(realm.intrinsic("StringIteratorPrototype").childRootShape(), string);
    }

    /** CreateIterResultObject ( value, done ) (7.4.14) */
    public static JSObject iterResult(Realm realm, Object value, boolean done) {
        JSObject o = realm.newObject();
        o.addProperty("value", value, Shape.DEFAULT);
        o.addProperty("done", done, Shape.DEFAULT);
        return o;
    }

    /** %ArrayIteratorPrototype%.next ( ) (23.1.5.2.1) */
    private static Object arrayIteratorNext(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof ArrayIterator it)) {
            throw Errors.typeError(realm, "%ArrayIteratorPrototype%.next called on "
                + Conversions.toDisplayString(thisValue) + ", which is not an Array Iterator");
        }
        if (!(it.iterated instanceof JSObject array)) {
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        long index = it.nextIndex;
        long len = array instanceof ArrayLength l ? l.lengthForIteration(realm) : ObjectOperations.lengthOfArrayLike(realm, array);
        if (index >= len) {
            it.iterated = Undefined.INSTANCE;
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        it.nextIndex = index + 1;
        Object key = Conversions.number(index);
        if (it.kind == KEYS) {
            return iterResult(realm, key, false);
        }
        Object value = ArrayElements.get(realm, array, index);
        if (it.kind == VALUES) {
            return iterResult(realm, value, false);
        }
        return iterResult(realm, realm.newArray(new Object[] {key, value}), false);
    }

    /** %StringIteratorPrototype%.next ( ) (22.1.5.2.1): one code point per step. */
    private static Object stringIteratorNext(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof StringIterator it)) {
            throw Errors.typeError(realm, "%StringIteratorPrototype%.next called on "
                + Conversions.toDisplayString(thisValue) + ", which is not a String Iterator");
        }
        String s = it.iterated;
        if (s == null) {
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        int position = it.nextIndex;
        if (position >= s.length()) {
            it.iterated = null;
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        int end = position + Character.charCount(s.codePointAt(position));
        it.nextIndex = end;
        return iterResult(realm, s.substring(position, end), false);
    }

    /** Typed arrays report their length (and detachment) to array iterators through this. */
    public interface ArrayLength {
        long lengthForIteration(Realm realm);
    }
}
