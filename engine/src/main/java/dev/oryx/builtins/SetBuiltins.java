package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.api.JSException;
import dev.oryx.interp.Iteration;
import dev.oryx.interp.Callback;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.JSSet;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.OrderedHashTable;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The Set constructor, Set.prototype (24.2) and %SetIteratorPrototype% (24.2.5). */
public final class SetBuiltins {
    private SetBuiltins() {
    }

    /** A Set Iterator (24.2.5): a cursor into the set's entries; done for good once exhausted. */
    static final class SetIterator extends JSObject {
        OrderedHashTable.Cursor cursor;
        final int kind;

        SetIterator(Shape shape, OrderedHashTable.Cursor cursor, int kind) {
            super(shape);
            this.cursor = cursor;
            this.kind = kind;
        }
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("SetPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "Set", 0, proto, SetBuiltins::construct);
        realm.intrinsics.put("Set", ctor);
        Builtins.install(realm, ctor, Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        Builtins.install(realm, proto,
            method("add", 1, (r, t, a) -> {
                thisSet(r, t, "add").put(arg(a, 0), null);
                return t;
            }),
            method("clear", 0, (r, t, a) -> {
                thisSet(r, t, "clear").clear();
                return Undefined.INSTANCE;
            }),
            method("delete", 1, (r, t, a) -> thisSet(r, t, "delete").remove(arg(a, 0))),
            method("entries", 0, (r, t, a) -> createSetIterator(r, thisSet(r, t, "entries"), MapBuiltins.ENTRIES)),
            method("forEach", 1, SetBuiltins::forEach),
            method("has", 1, (r, t, a) -> thisSet(r, t, "has").has(arg(a, 0))),
            Builtins.getter("size", (r, t, a) -> thisSet(r, t, "size").size()),
            method("values", 0, (r, t, a) -> createSetIterator(r, thisSet(r, t, "values"), MapBuiltins.VALUES)),
            Builtins.value(Symbol.TO_STRING_TAG, "Set", Shape.CONFIGURABLE));
        // 24.2.3.8 and 24.2.3.11: "keys" and @@iterator are the same function object as "values"
        Object values = proto.getOwnDataValue("values");
        proto.defineOwn("keys", values, Shape.WRITABLE | Shape.CONFIGURABLE);
        proto.defineOwn(Symbol.ITERATOR, values, Shape.WRITABLE | Shape.CONFIGURABLE);

        JSObject iteratorProto = realm.newObject(realm.iteratorPrototype);
        realm.intrinsics.put("SetIteratorPrototype", iteratorProto);
        Builtins.install(realm, iteratorProto,
            method("next", 0, SetBuiltins::setIteratorNext),
            Builtins.value(Symbol.TO_STRING_TAG, "Set Iterator", Shape.CONFIGURABLE));
        Builtins.global(realm, "Set", ctor);
    }

    /** Set ( [ iterable ] ) (24.2.1.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError(realm, "Constructor Set requires 'new'");
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "SetPrototype");
        JSSet set = new JSSet(proto.childRootShape());
        Object iterable = arg(args, 0);
        if (Conversions.isNullish(iterable)) {
            return set;
        }
        Object adder = set.get(realm, "add", set);
        if (!(adder instanceof JSFunction add)) {
            throw Errors.typeError(realm, "'" + Conversions.toDisplayString(adder) + "' returned for property 'add' of object is not callable");
        }
        addValuesFromIterable(realm, set, iterable, add);
        return set;
    }

    /** Steps 7-8 of the Set and WeakSet constructors: {@code adder} on target for each value, closing the iterator on error. */
    static void addValuesFromIterable(Realm realm, JSObject target, Object iterable, JSFunction adder) {
        JSObject iterator = Iteration.iterator(realm, iterable);
        Object next = iterator.get(realm, "next", iterator);
        while (true) {
            Object value = Iteration.stepValue(realm, iterator, next);
            if (value == null) {
                return;
            }
            try {
                adder.call(target, new Object[] {value});
            } catch (JSException e) {
                Iteration.closeQuietly(realm, iterator);
                throw e;
            }
        }
    }

    /** The [[SetData]] of the this value, or a TypeError naming the method. */
    private static OrderedHashTable thisSet(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof JSSet s) {
            return s.setData;
        }
        throw Errors.typeError(realm, "Method Set.prototype." + method + " called on incompatible receiver "
            + Conversions.toDisplayString(thisValue));
    }

    /** Set.prototype.forEach (24.2.3.6): values added during the walk are visited, deleted ones skipped. */
    private static Object forEach(Realm realm, Object thisValue, Object[] args) {
        OrderedHashTable data = thisSet(realm, thisValue, "forEach");
        if (!(arg(args, 0) instanceof JSFunction callback)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(arg(args, 0)) + " is not a function");
        }
        Object thisArg = arg(args, 1);
        Callback f = Callback.of(callback);
        OrderedHashTable.Cursor cursor = data.cursor();
        while (cursor.advance()) {
            Object v = cursor.key();
            f.call(thisArg, v, v, thisValue);
        }
        return Undefined.INSTANCE;
    }

    /** CreateSetIterator (24.2.5.1) */
    private static JSObject createSetIterator(Realm realm, OrderedHashTable data, int kind) {
        return new SetIterator(realm.intrinsic("SetIteratorPrototype").childRootShape(), data.cursor(), kind);
    }

    /** %SetIteratorPrototype%.next (24.2.5.2.1) */
    private static Object setIteratorNext(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof SetIterator it)) {
            throw Errors.typeError(realm, "Method %SetIteratorPrototype%.next called on incompatible receiver "
                + Conversions.toDisplayString(thisValue));
        }
        OrderedHashTable.Cursor cursor = it.cursor;
        if (cursor == null || !cursor.advance()) {
            it.cursor = null;
            return IteratorBuiltins.iterResult(realm, Undefined.INSTANCE, true);
        }
        Object v = cursor.key();
        Object result = it.kind == MapBuiltins.ENTRIES ? realm.newArray(new Object[] {v, v}) : v;
        return IteratorBuiltins.iterResult(realm, result, false);
    }
}
