package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** %IteratorPrototype% (27.1.2) and %ArrayIteratorPrototype% (23.1.5). */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    /** An Array Iterator: kind 0 keys, 1 values, 2 entries. */
    static final class ArrayIterator extends JSObject {
        Object iterated;
        long nextIndex;
        final int kind;

        ArrayIterator(Shape shape, Object iterated, int kind) {
            super(shape);
            this.iterated = iterated;
            this.kind = kind;
        }

        @Override
        public String builtinTag() {
            return "Array Iterator";
        }
    }

    static void install(Realm realm) {
        JSObject iteratorProto = realm.newObject();
        realm.iteratorPrototype = iteratorProto;
        realm.intrinsics.put("IteratorPrototype", iteratorProto);
        Builtins.install(realm, iteratorProto,
            new Builtins.Entry(Builtins.Kind.METHOD, Symbol.ITERATOR, "[Symbol.iterator]", 0, (r, t, a) -> t, null, null,
                Shape.WRITABLE | Shape.CONFIGURABLE));
        JSObject arrayIteratorProto = realm.newObject(iteratorProto);
        realm.arrayIteratorPrototype = arrayIteratorProto;
        realm.intrinsics.put("ArrayIteratorPrototype", arrayIteratorProto);
        Builtins.install(realm, arrayIteratorProto,
            method("next", 0, IteratorBuiltins::arrayIteratorNext),
            Builtins.value(Symbol.TO_STRING_TAG, "Array Iterator", Shape.CONFIGURABLE));
    }

    /** CreateArrayIterator (23.1.5.1) */
    static JSObject createArrayIterator(Realm realm, Object array, int kind) {
        return new ArrayIterator(realm.arrayIteratorPrototype.childRootShape(), array, kind);
    }

    /** CreateIterResultObject (7.4.14) */
    public static JSObject iterResult(Realm realm, Object value, boolean done) {
        JSObject o = realm.newObject();
        o.addProperty("value", value, Shape.DEFAULT);
        o.addProperty("done", done, Shape.DEFAULT);
        return o;
    }

    /** %ArrayIteratorPrototype%.next (23.1.5.2.1) */
    private static Object arrayIteratorNext(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof ArrayIterator it)) {
            throw Errors.typeError(realm, "next method called on incompatible receiver");
        }
        Object a = it.iterated;
        if (a == Undefined.INSTANCE) {
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        JSObject array = (JSObject) a;
        long index = it.nextIndex;
        long len = array instanceof ArrayLength l ? l.lengthForIteration(realm) : ObjectOperations.lengthOfArrayLike(realm, array);
        if (index >= len) {
            it.iterated = Undefined.INSTANCE;
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        it.nextIndex = index + 1;
        Object key = dev.oryx.runtime.Conversions.number(index);
        if (it.kind == 0) {
            return iterResult(realm, key, false);
        }
        Object value = array.get(realm, dev.oryx.object.PropertyKey.fromIndex(index), array);
        if (it.kind == 1) {
            return iterResult(realm, value, false);
        }
        return iterResult(realm, realm.newArray(new Object[] {key, value}), false);
    }

    /** Typed arrays report their length (and detachment) to array iterators through this. */
    public interface ArrayLength {
        long lengthForIteration(Realm realm);
    }
}
