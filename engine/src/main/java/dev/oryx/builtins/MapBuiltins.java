package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.api.JSException;
import dev.oryx.interp.Iteration;
import dev.oryx.interp.Callback;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSMap;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.OrderedHashTable;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The Map constructor, Map.prototype (24.1) and %MapIteratorPrototype% (24.1.5). */
public final class MapBuiltins {
    private MapBuiltins() {
    }

    /** Iteration kinds of CreateMapIterator and CreateSetIterator. */
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    /** A Map Iterator (24.1.5): a cursor into the map's entries; done for good once exhausted. */
    static final class MapIterator extends JSObject {
        OrderedHashTable.Cursor cursor;
        final int kind;

        MapIterator(Shape shape, OrderedHashTable.Cursor cursor, int kind) {
            super(shape);
            this.cursor = cursor;
            this.kind = kind;
        }
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("MapPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "Map", 0, proto, MapBuiltins::construct);
        realm.intrinsics.put("Map", ctor);
        Builtins.install(realm, ctor, Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        Builtins.install(realm, proto,
            method("clear", 0, (r, t, a) -> {
                thisMap(r, t, "clear").clear();
                return Undefined.INSTANCE;
            }),
            method("delete", 1, (r, t, a) -> thisMap(r, t, "delete").remove(arg(a, 0))),
            method("entries", 0, (r, t, a) -> createMapIterator(r, thisMap(r, t, "entries"), ENTRIES)),
            method("forEach", 1, MapBuiltins::forEach),
            method("get", 1, (r, t, a) -> {
                Object v = thisMap(r, t, "get").get(arg(a, 0));
                return v == null ? Undefined.INSTANCE : v;
            }),
            method("has", 1, (r, t, a) -> thisMap(r, t, "has").has(arg(a, 0))),
            method("keys", 0, (r, t, a) -> createMapIterator(r, thisMap(r, t, "keys"), KEYS)),
            method("set", 2, (r, t, a) -> {
                thisMap(r, t, "set").put(arg(a, 0), arg(a, 1));
                return t;
            }),
            Builtins.getter("size", (r, t, a) -> thisMap(r, t, "size").size()),
            method("values", 0, (r, t, a) -> createMapIterator(r, thisMap(r, t, "values"), VALUES)),
            Builtins.value(Symbol.TO_STRING_TAG, "Map", Shape.CONFIGURABLE));
        // 24.1.3.12: the initial value of @@iterator is the same function object as "entries"
        proto.defineOwn(Symbol.ITERATOR, proto.getOwnDataValue("entries"), Shape.WRITABLE | Shape.CONFIGURABLE);

        JSObject iteratorProto = realm.newObject(realm.iteratorPrototype);
        realm.intrinsics.put("MapIteratorPrototype", iteratorProto);
        Builtins.install(realm, iteratorProto,
            method("next", 0, MapBuiltins::mapIteratorNext),
            Builtins.value(Symbol.TO_STRING_TAG, "Map Iterator", Shape.CONFIGURABLE));
        Builtins.global(realm, "Map", ctor);
    }

    /** Map ( [ iterable ] ) (24.1.1.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError(realm, "Constructor Map requires 'new'");
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "MapPrototype");
        JSMap map = new JSMap(proto.childRootShape());
        Object iterable = arg(args, 0);
        if (Conversions.isNullish(iterable)) {
            return map;
        }
        Object adder = map.get(realm, "set", map);
        return addEntriesFromIterable(realm, map, iterable, adder);
    }

    /** AddEntriesFromIterable (24.1.1.2): calls {@code adder} on target with each entry's "0" and "1". */
    static JSObject addEntriesFromIterable(Realm realm, JSObject target, Object iterable, Object adder) {
        if (!(adder instanceof JSFunction add)) {
            throw Errors.typeError(realm, "'" + Conversions.toDisplayString(adder) + "' returned for property 'set' of object is not callable");
        }
        JSObject iterator = Iteration.iterator(realm, iterable);
        Object next = iterator.get(realm, "next", iterator);
        while (true) {
            Object item = Iteration.stepValue(realm, iterator, next);
            if (item == null) {
                return target;
            }
            try {
                if (!(item instanceof JSObject entry)) {
                    throw Errors.typeError(realm, "Iterator value " + Conversions.toDisplayString(item) + " is not an entry object");
                }
                Object k = entry.get(realm, 0, entry);
                Object v = entry.get(realm, 1, entry);
                add.call(target, new Object[] {k, v});
            } catch (JSException e) {
                Iteration.closeQuietly(realm, iterator);
                throw e;
            }
        }
    }

    /** The [[MapData]] of the this value, or a TypeError naming the method. */
    private static OrderedHashTable thisMap(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof JSMap m) {
            return m.mapData;
        }
        throw Errors.typeError(realm, "Method Map.prototype." + method + " called on incompatible receiver "
            + Conversions.toDisplayString(thisValue));
    }

    /** Map.prototype.forEach (24.1.3.5): entries added during the walk are visited, deleted ones skipped. */
    private static Object forEach(Realm realm, Object thisValue, Object[] args) {
        OrderedHashTable data = thisMap(realm, thisValue, "forEach");
        if (!(arg(args, 0) instanceof JSFunction callback)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(arg(args, 0)) + " is not a function");
        }
        Object thisArg = arg(args, 1);
        Callback f = Callback.of(callback);
        OrderedHashTable.Cursor cursor = data.cursor();
        while (cursor.advance()) {
            f.call(thisArg, cursor.value(), cursor.key(), thisValue);
        }
        return Undefined.INSTANCE;
    }

    /** CreateMapIterator (24.1.5.1) */
    private static JSObject createMapIterator(Realm realm, OrderedHashTable data, int kind) {
        return new MapIterator(realm.intrinsic("MapIteratorPrototype").childRootShape(), data.cursor(), kind);
    }

    /** %MapIteratorPrototype%.next (24.1.5.2.1) */
    private static Object mapIteratorNext(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof MapIterator it)) {
            throw Errors.typeError(realm, "Method %MapIteratorPrototype%.next called on incompatible receiver "
                + Conversions.toDisplayString(thisValue));
        }
        OrderedHashTable.Cursor cursor = it.cursor;
        if (cursor == null || !cursor.advance()) {
            it.cursor = null; // the generator has completed: later entries are not seen
            return IteratorBuiltins.iterResult(realm, Undefined.INSTANCE, true);
        }
        Object result = switch (it.kind) {
            case KEYS -> cursor.key();
            case VALUES -> cursor.value();
            default -> realm.newArray(new Object[] {cursor.key(), cursor.value()});
        };
        return IteratorBuiltins.iterResult(realm, result, false);
    }
}
