package dev.oryx.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import dev.oryx.api.JSException;
import dev.oryx.builtins.Builtins;
import dev.oryx.coroutine.HostErrors;
import dev.oryx.interp.JSPromise;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.StringObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * Copies messages between the heaps of two services, after HTML's StructuredSerialize /
 * StructuredDeserialize: {@link #serialize} runs on the sender's thread and turns a value into a
 * heap-neutral form (immutable Java data), {@link #deserialize} runs on the receiver's thread and
 * builds the copy in its realm. Two steps, because each heap may only be touched by the thread
 * running it.
 *
 * <p>Primitives pass as they are (the engine represents them with immutable Java objects, so a
 * number or string message costs no copy). Objects: plain objects (own enumerable string-keyed
 * properties, getters run), arrays (holes kept), Error objects, Boolean/Number/String/BigInt
 * wrappers, and, when the engine has them, Date, RegExp, Map, Set, ArrayBuffer and typed arrays.
 * Shared references and cycles are preserved. Functions, symbols and objects with other internal
 * slots (promises, generators, proxies...) throw a {@code DataCloneError}.
 *
 * <p>Date, Map, Set, RegExp, ArrayBuffer and typed arrays are read and built through their
 * built-in methods, taken from the realm's intrinsics when the clone object is made (before any
 * script of the service runs, so scripts cannot replace them).
 */
final class StructuredClone {
    /** Deeper graphs throw a DataCloneError instead of exhausting the Java stack. */
    static final int MAX_DEPTH = 1000;

    private static final List<String> TYPED_ARRAYS = List.of("Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
        "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array");

    // ---------------------------------------------------------------- heap-neutral forms

    /** A serialized object graph: the root's form and how many objects it has. */
    record Graph(Object root, int objects) {
    }

    /** An object already met: shared reference or cycle. */
    record Ref(int id) {
    }

    record PlainForm(int id, Object[] keys, Object[] values) {
    }

    record ArrayForm(int id, long length, Object[] keys, Object[] values) {
    }

    record ErrorForm(int id, String name, String message, String stack, boolean hasCause, Object cause) {
    }

    record WrapperForm(int id, Object primitive) {
    }

    record DateForm(int id, double time) {
    }

    record RegExpForm(int id, String source, String flags) {
    }

    record MapForm(int id, Object[] keys, Object[] values) {
    }

    record SetForm(int id, Object[] values) {
    }

    record ArrayBufferForm(int id, byte[] bytes) {
    }

    record TypedArrayForm(int id, String type, Object[] values) {
    }

    /** The hole of a sparse array element. */
    static final Object HOLE = new Object() {
        @Override
        public String toString() {
            return "<hole>";
        }
    };

    // ---------------------------------------------------------------- the realm's built-ins

    private final Realm realm;
    private final Object dateGetTime;
    private final Object regExpSource;
    private final Object regExpFlags;
    private final Object mapForEach;
    private final Object mapSet;
    private final Object setForEach;
    private final Object setAdd;
    private final Object arrayBufferByteLength;
    private final Object typedArrayLength;

    StructuredClone(Realm realm) {
        this.realm = realm;
        this.dateGetTime = method("DatePrototype", "getTime");
        this.regExpSource = getter("RegExpPrototype", "source");
        this.regExpFlags = getter("RegExpPrototype", "flags");
        this.mapForEach = method("MapPrototype", "forEach");
        this.mapSet = method("MapPrototype", "set");
        this.setForEach = method("SetPrototype", "forEach");
        this.setAdd = method("SetPrototype", "add");
        this.arrayBufferByteLength = getter("ArrayBufferPrototype", "byteLength");
        this.typedArrayLength = getter("TypedArrayPrototype", "length");
    }

    private Object method(String proto, String name) {
        JSObject p = realm.intrinsics.get(proto);
        if (p == null) {
            return null;
        }
        PropertyDescriptor d = p.getOwnProperty(realm, name);
        return d != null && d.isDataDescriptor() ? d.value() : null;
    }

    private Object getter(String proto, String name) {
        JSObject p = realm.intrinsics.get(proto);
        if (p == null) {
            return null;
        }
        PropertyDescriptor d = p.getOwnProperty(realm, name);
        return d != null && d.isAccessorDescriptor() ? d.getter() : null;
    }

    // ---------------------------------------------------------------- StructuredSerialize

    /** The heap-neutral form of {@code value}; throws a DataCloneError (in this realm) for what cannot be copied. */
    Object serialize(Object value) {
        if (isPrimitive(value)) {
            return value;
        }
        if (value instanceof dev.oryx.runtime.Symbol) {
            throw cloneError(value);
        }
        Serializer s = new Serializer();
        Object root = s.form(value, 0);
        return new Graph(root, s.memory.size());
    }

    static boolean isPrimitive(Object v) {
        return v instanceof String || v instanceof Integer || v instanceof Double || v instanceof Boolean || v == Undefined.INSTANCE
            || v == Null.INSTANCE || v instanceof BigInteger;
    }

    private JSException cloneError(Object value) {
        String what = value instanceof JSFunction ? "function " + functionName(value)
            : value instanceof JSObject o ? "#<" + o.builtinTag() + ">" : Conversions.toDisplayString(value);
        return new JSException(HostErrors.create(realm, "DataCloneError", what + " could not be cloned"));
    }

    private String functionName(Object f) {
        Object n = ((JSObject) f).getOwnDataValue("name");
        return n instanceof String s && !s.isEmpty() ? s : "<anonymous>";
    }

    private final class Serializer {
        final IdentityHashMap<JSObject, Integer> memory = new IdentityHashMap<>();

        Object form(Object value, int depth) {
            if (isPrimitive(value)) {
                return value;
            }
            if (!(value instanceof JSObject o) || value instanceof JSFunction) {
                throw cloneError(value);
            }
            Integer seen = memory.get(o);
            if (seen != null) {
                return new Ref(seen);
            }
            if (depth >= MAX_DEPTH) {
                throw new JSException(HostErrors.create(realm, "DataCloneError", "object graph nested deeper than " + MAX_DEPTH + " could not be cloned"));
            }
            int id = memory.size();
            memory.put(o, id);
            if (o.getClass() == JSObject.class) {
                List<Object> keys = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                properties(o, keys, values, depth);
                return new PlainForm(id, keys.toArray(), values.toArray());
            }
            if (o instanceof JSArray a) {
                long length = a.length();
                List<Object> keys = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                properties(a, keys, values, depth);
                return new ArrayForm(id, length, keys.toArray(), values.toArray());
            }
            if (o instanceof ErrorObject e) {
                return errorForm(id, e, depth);
            }
            if (o instanceof StringObject s) {
                return new WrapperForm(id, s.value);
            }
            if (o instanceof PrimitiveWrapper w && !(w.value instanceof dev.oryx.runtime.Symbol)) {
                return new WrapperForm(id, w.value);
            }
            if (o instanceof JSPromise) {
                throw cloneError(o);
            }
            String tag = o.builtinTag();
            switch (tag) {
                case "Date":
                    if (dateGetTime != null) {
                        return new DateForm(id, Conversions.toNumber(realm, call(dateGetTime, o)));
                    }
                    break;
                case "RegExp":
                    if (regExpSource != null && regExpFlags != null) {
                        return new RegExpForm(id, Conversions.toString(realm, call(regExpSource, o)), Conversions.toString(realm, call(regExpFlags, o)));
                    }
                    break;
                case "Map":
                    if (mapForEach != null) {
                        List<Object> keys = new ArrayList<>();
                        List<Object> values = new ArrayList<>();
                        forEach(mapForEach, o, (k, v) -> {
                            keys.add(k);
                            values.add(v);
                        });
                        Object[] ks = keys.toArray();
                        Object[] vs = values.toArray();
                        for (int i = 0; i < ks.length; i++) {
                            ks[i] = form(ks[i], depth + 1);
                            vs[i] = form(vs[i], depth + 1);
                        }
                        return new MapForm(id, ks, vs);
                    }
                    break;
                case "Set":
                    if (setForEach != null) {
                        List<Object> values = new ArrayList<>();
                        forEach(setForEach, o, (k, v) -> values.add(v));
                        Object[] vs = values.toArray();
                        for (int i = 0; i < vs.length; i++) {
                            vs[i] = form(vs[i], depth + 1);
                        }
                        return new SetForm(id, vs);
                    }
                    break;
                case "ArrayBuffer":
                    if (arrayBufferByteLength != null && realm.intrinsics.get("Uint8Array") != null) {
                        return new ArrayBufferForm(id, bytes(o));
                    }
                    break;
                default:
                    if (TYPED_ARRAYS.contains(tag) && typedArrayLength != null) {
                        long n = (long) Conversions.toNumber(realm, call(typedArrayLength, o));
                        Object[] vs = new Object[(int) n];
                        for (int i = 0; i < n; i++) {
                            vs[i] = o.get(realm, i, o);
                        }
                        return new TypedArrayForm(id, tag, vs);
                    }
            }
            // an object with internal slots we cannot copy (HTML: "throw a DataCloneError")
            throw cloneError(o);
        }

        /** EnumerableOwnProperties(o, key) with Get, in [[OwnPropertyKeys]] order; symbol keys are skipped. */
        private void properties(JSObject o, List<Object> keys, List<Object> values, int depth) {
            for (Object key : o.ownPropertyKeys(realm)) {
                if (key instanceof dev.oryx.runtime.Symbol) {
                    continue;
                }
                PropertyDescriptor d = o.getOwnProperty(realm, key);
                if (d == null || !d.enumerable()) {
                    continue;
                }
                Object v = d.isDataDescriptor() ? d.value() : o.get(realm, key, o);
                keys.add(key);
                values.add(form(v, depth + 1));
            }
        }

        private ErrorForm errorForm(int id, ErrorObject e, int depth) {
            Object name = e.get(realm, "name", e);
            Object message = e.getOwnProperty(realm, "message") != null ? e.get(realm, "message", e) : Undefined.INSTANCE;
            Object stack = e.getOwnDataValue("stack");
            boolean hasCause = e.getOwnProperty(realm, "cause") != null;
            Object cause = hasCause ? form(e.get(realm, "cause", e), depth + 1) : Undefined.INSTANCE;
            return new ErrorForm(id, name instanceof String n ? n : "Error",
                message == Undefined.INSTANCE ? null : Conversions.toString(realm, message),
                stack instanceof String s ? s : null, hasCause, cause);
        }

        private byte[] bytes(JSObject buffer) {
            int n = (int) Conversions.toNumber(realm, call(arrayBufferByteLength, buffer));
            JSObject view = (JSObject) ObjectOperations.construct(realm, realm.intrinsic("Uint8Array"), new Object[] {buffer},
                realm.intrinsic("Uint8Array"));
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) Conversions.toInt32(realm, view.get(realm, i, view));
            }
            return out;
        }
    }

    private Object call(Object f, Object thisValue, Object... args) {
        return ObjectOperations.call(realm, f, thisValue, args);
    }

    private interface EntryConsumer {
        void accept(Object key, Object value);
    }

    /** Map/Set.prototype.forEach with a Java callback: reads [[MapData]]/[[SetData]] without the iterator protocol. */
    private void forEach(Object forEach, JSObject collection, EntryConsumer consumer) {
        JSFunction callback = Builtins.function(realm, "", 2, (r, t, a) -> {
            consumer.accept(Builtins.arg(a, 1), Builtins.arg(a, 0));
            return Undefined.INSTANCE;
        });
        call(forEach, collection, callback);
    }

    // ---------------------------------------------------------------- StructuredDeserialize

    /** Builds the copy of a form made by {@link #serialize} (of any service) in this realm. */
    Object deserialize(Object form) {
        if (!(form instanceof Graph g)) {
            return form;
        }
        return new Deserializer(g.objects()).value(g.root());
    }

    private final class Deserializer {
        final JSObject[] made;

        Deserializer(int objects) {
            made = new JSObject[objects];
        }

        Object value(Object form) {
            return switch (form) {
                case Ref r -> made[r.id()];
                case PlainForm p -> {
                    JSObject o = realm.newObject();
                    made[p.id()] = o;
                    define(o, p.keys(), p.values());
                    yield o;
                }
                case ArrayForm a -> {
                    JSArray o = realm.newArray();
                    made[a.id()] = o;
                    define(o, a.keys(), a.values());
                    ObjectOperations.set(realm, o, "length", a.length() <= Integer.MAX_VALUE ? (Object) (int) a.length() : (Object) (double) a.length(), true);
                    yield o;
                }
                case ErrorForm e -> error(e);
                case WrapperForm w -> {
                    JSObject o = Conversions.toObject(realm, w.primitive());
                    made[w.id()] = o;
                    yield o;
                }
                case DateForm d -> register(d.id(), construct("Date", d.time()));
                case RegExpForm r -> register(r.id(), (JSObject) realm.regExpCreate(r.source(), r.flags()));
                case MapForm m -> {
                    JSObject o = register(m.id(), construct("Map"));
                    for (int i = 0; i < m.keys().length; i++) {
                        call(mapSet, o, value(m.keys()[i]), value(m.values()[i]));
                    }
                    yield o;
                }
                case SetForm s -> {
                    JSObject o = register(s.id(), construct("Set"));
                    for (Object v : s.values()) {
                        call(setAdd, o, value(v));
                    }
                    yield o;
                }
                case ArrayBufferForm b -> {
                    JSObject o = register(b.id(), construct("ArrayBuffer", b.bytes().length));
                    JSObject view = construct("Uint8Array", o);
                    for (int i = 0; i < b.bytes().length; i++) {
                        view.set(realm, i, b.bytes()[i] & 0xff, view);
                    }
                    yield o;
                }
                case TypedArrayForm t -> {
                    JSObject o = register(t.id(), construct(t.type(), t.values().length));
                    for (int i = 0; i < t.values().length; i++) {
                        o.set(realm, i, t.values()[i], o);
                    }
                    yield o;
                }
                default -> form;
            };
        }

        private JSObject register(int id, JSObject o) {
            made[id] = o;
            return o;
        }

        private void define(JSObject o, Object[] keys, Object[] values) {
            for (int i = 0; i < keys.length; i++) {
                ObjectOperations.createDataPropertyOrThrow(realm, o, keys[i], value(values[i]));
            }
        }

        private JSObject error(ErrorForm e) {
            JSObject proto = switch (e.name()) {
                case "EvalError" -> realm.evalErrorPrototype;
                case "RangeError" -> realm.rangeErrorPrototype;
                case "ReferenceError" -> realm.referenceErrorPrototype;
                case "SyntaxError" -> realm.syntaxErrorPrototype;
                case "TypeError" -> realm.typeErrorPrototype;
                case "URIError" -> realm.uriErrorPrototype;
                default -> realm.errorPrototype;
            };
            ErrorObject o = new ErrorObject(proto.childRootShape());
            made[e.id()] = o;
            if (proto == realm.errorPrototype && !"Error".equals(e.name())) {
                HostErrors.define(o, "name", e.name());
            }
            if (e.message() != null) {
                HostErrors.define(o, "message", e.message());
            }
            if (e.stack() != null) {
                HostErrors.define(o, "stack", e.stack());
            }
            if (e.hasCause()) {
                HostErrors.define(o, "cause", value(e.cause()));
            }
            return o;
        }
    }

    private JSObject construct(String constructor, Object... args) {
        JSObject c = realm.intrinsic(constructor);
        return (JSObject) ObjectOperations.construct(realm, c, args, c);
    }
}
