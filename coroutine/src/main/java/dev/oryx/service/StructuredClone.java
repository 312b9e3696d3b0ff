package dev.oryx.service;

import java.math.BigInteger;
import java.util.ArrayDeque;
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
 * Shared references and cycles are preserved, and graphs of any depth copy (both steps walk with
 * an explicit stack). Functions, symbols and objects with other internal slots (promises,
 * generators, proxies...) throw a {@code DataCloneError}.
 *
 * <p>Date, Map, Set, RegExp, ArrayBuffer and typed arrays are read and built through their
 * built-in methods, taken from the realm's intrinsics when the clone object is made (before any
 * script of the service runs, so scripts cannot replace them).
 */
final class StructuredClone {
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
        value = dev.oryx.string.ConsString.flatIfRope(value); // a rope is flattened here, on the sender's thread
        if (isPrimitive(value)) {
            return value;
        }
        Serializer s = new Serializer();
        Object root = s.run(value);
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
        return dev.oryx.string.ConsString.flatIfRope(n) instanceof String s && !s.isEmpty() ? s : "<anonymous>";
    }

    /**
     * A depth-first walk with an explicit stack (a deep graph must not exhaust the Java stack of a
     * worker): each object with children is a {@link Container} on the stack; its children are read
     * one at a time (getters run in the order HTML's recursive algorithm runs them) and the
     * container's form is built when the last child is done.
     */
    private final class Serializer {
        final IdentityHashMap<JSObject, Integer> memory = new IdentityHashMap<>();
        private final ArrayDeque<Container> stack = new ArrayDeque<>();

        Object run(Object root) {
            Object result = begin(root);
            while (!stack.isEmpty()) {
                Container top = stack.peek();
                if (top.awaiting) {
                    top.awaiting = false;
                    top.accept(result);
                }
                Object child = top.next();
                if (child == DONE) {
                    stack.pop();
                    result = top.finish();
                    continue;
                }
                result = begin(child);
                if (result == PENDING) {
                    top.awaiting = true;
                } else {
                    top.accept(result);
                }
            }
            return result;
        }

        /** The form of a value, or PENDING when an object with children was pushed on the stack. */
        private Object begin(Object value) {
            value = dev.oryx.string.ConsString.flatIfRope(value);
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
            int id = memory.size();
            memory.put(o, id);
            if (o.getClass() == JSObject.class || o instanceof JSArray) {
                stack.push(new PropertiesContainer(id, o));
                return PENDING;
            }
            if (o instanceof ErrorObject e) {
                stack.push(new ErrorContainer(id, e));
                return PENDING;
            }
            if (o instanceof StringObject str) {
                return new WrapperForm(id, str.value);
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
                        List<Object> entries = new ArrayList<>();
                        forEach(mapForEach, o, (k, v) -> {
                            entries.add(k);
                            entries.add(v);
                        });
                        stack.push(new CollectionContainer(id, true, entries));
                        return PENDING;
                    }
                    break;
                case "Set":
                    if (setForEach != null) {
                        List<Object> values = new ArrayList<>();
                        forEach(setForEach, o, (k, v) -> values.add(v));
                        stack.push(new CollectionContainer(id, false, values));
                        return PENDING;
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

        private byte[] bytes(JSObject buffer) {
            int n = (int) Conversions.toNumber(realm, call(arrayBufferByteLength, buffer));
            JSObject view = construct("Uint8Array", buffer);
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) Conversions.toInt32(realm, view.get(realm, i, view));
            }
            return out;
        }
    }

    /** Marks a child whose form is not known yet (its container was pushed). */
    private static final Object PENDING = new Object();
    /** Returned by {@link Container#next} after the last child. */
    private static final Object DONE = new Object();

    /** An object being serialized whose children are serialized one by one. */
    private abstract static class Container {
        final int id;
        boolean awaiting;

        Container(int id) {
            this.id = id;
        }

        /** The next child value to serialize, or DONE. */
        abstract Object next();

        /** The form of the child {@link #next} returned last. */
        abstract void accept(Object form);

        abstract Object finish();
    }

    /** A plain object or an array: EnumerableOwnProperties(o, key) with Get, in [[OwnPropertyKeys]] order; symbol keys skipped. */
    private final class PropertiesContainer extends Container {
        private final JSObject source;
        private final List<Object> ownKeys;
        private int index;
        private final List<Object> keys = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        PropertiesContainer(int id, JSObject source) {
            super(id);
            this.source = source;
            this.ownKeys = source.ownPropertyKeys(realm);
        }

        @Override
        Object next() {
            while (index < ownKeys.size()) {
                Object key = ownKeys.get(index++);
                if (key instanceof dev.oryx.runtime.Symbol) {
                    continue;
                }
                PropertyDescriptor d = source.getOwnProperty(realm, key);
                if (d == null || !d.enumerable()) {
                    continue;
                }
                keys.add(key);
                return d.isDataDescriptor() ? d.value() : source.get(realm, key, source);
            }
            return DONE;
        }

        @Override
        void accept(Object form) {
            values.add(form);
        }

        @Override
        Object finish() {
            return source instanceof JSArray a ? new ArrayForm(id, a.length(), keys.toArray(), values.toArray())
                : new PlainForm(id, keys.toArray(), values.toArray());
        }
    }

    /** Map entries (key, value, key, value...) or Set values, copied from the collection first as HTML does. */
    private static final class CollectionContainer extends Container {
        private final boolean map;
        private final List<Object> raw;
        private final Object[] forms;
        private int index;

        CollectionContainer(int id, boolean map, List<Object> raw) {
            super(id);
            this.map = map;
            this.raw = raw;
            this.forms = new Object[raw.size()];
        }

        @Override
        Object next() {
            return index < raw.size() ? raw.get(index) : DONE;
        }

        @Override
        void accept(Object form) {
            forms[index++] = form;
        }

        @Override
        Object finish() {
            if (!map) {
                return new SetForm(id, forms);
            }
            Object[] keys = new Object[forms.length / 2];
            Object[] values = new Object[forms.length / 2];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = forms[2 * i];
                values[i] = forms[2 * i + 1];
            }
            return new MapForm(id, keys, values);
        }
    }

    /** An Error: name, message and stack are read at once; the cause is a child. */
    private final class ErrorContainer extends Container {
        private final String name;
        private final String message;
        private final String stack;
        private final boolean hasCause;
        private final ErrorObject error;
        private Object cause = Undefined.INSTANCE;
        private boolean asked;

        ErrorContainer(int id, ErrorObject e) {
            super(id);
            this.error = e;
            Object n = e.get(realm, "name", e);
            Object m = e.getOwnProperty(realm, "message") != null ? e.get(realm, "message", e) : Undefined.INSTANCE;
            Object st = e.getOwnDataValue("stack");
            this.name = dev.oryx.string.ConsString.flatIfRope(n) instanceof String str ? str : "Error";
            this.message = m == Undefined.INSTANCE ? null : Conversions.toString(realm, m);
            this.stack = dev.oryx.string.ConsString.flatIfRope(st) instanceof String str ? str : null;
            this.hasCause = e.getOwnProperty(realm, "cause") != null;
        }

        @Override
        Object next() {
            if (!hasCause || asked) {
                return DONE;
            }
            asked = true;
            return error.get(realm, "cause", error);
        }

        @Override
        void accept(Object form) {
            cause = form;
        }

        @Override
        Object finish() {
            return new ErrorForm(id, name, message, stack, hasCause, cause);
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

    /**
     * Builds the copy of a form made by {@link #serialize} (of any service) in this realm, in two
     * passes without recursion: create every object, then fill them (a reference then always finds
     * its object, and no user code runs: the objects are fresh and the built-ins were taken at
     * construction).
     */
    Object deserialize(Object form) {
        if (!(form instanceof Graph g)) {
            return form;
        }
        JSObject[] made = new JSObject[g.objects()];
        List<Object> containers = new ArrayList<>();
        ArrayDeque<Object> pending = new ArrayDeque<>();
        pending.push(g.root());
        while (!pending.isEmpty()) {
            Object f = pending.pop();
            switch (f) {
                case PlainForm p -> {
                    made[p.id()] = realm.newObject();
                    containers.add(p);
                    pushAll(pending, p.values());
                }
                case ArrayForm a -> {
                    made[a.id()] = realm.newArray();
                    containers.add(a);
                    pushAll(pending, a.values());
                }
                case ErrorForm e -> {
                    made[e.id()] = error(e);
                    if (e.hasCause()) {
                        containers.add(e);
                        pending.push(e.cause());
                    }
                }
                case WrapperForm w -> made[w.id()] = Conversions.toObject(realm, w.primitive());
                case DateForm d -> made[d.id()] = construct("Date", d.time());
                case RegExpForm r -> made[r.id()] = (JSObject) realm.regExpCreate(r.source(), r.flags());
                case MapForm m -> {
                    made[m.id()] = construct("Map");
                    containers.add(m);
                    pushAll(pending, m.keys());
                    pushAll(pending, m.values());
                }
                case SetForm st -> {
                    made[st.id()] = construct("Set");
                    containers.add(st);
                    pushAll(pending, st.values());
                }
                case ArrayBufferForm b -> {
                    JSObject buffer = construct("ArrayBuffer", b.bytes().length);
                    JSObject view = construct("Uint8Array", buffer);
                    for (int i = 0; i < b.bytes().length; i++) {
                        view.set(realm, i, b.bytes()[i] & 0xff, view);
                    }
                    made[b.id()] = buffer;
                }
                case TypedArrayForm t -> {
                    JSObject array = construct(t.type(), t.values().length);
                    for (int i = 0; i < t.values().length; i++) {
                        array.set(realm, i, t.values()[i], array);
                    }
                    made[t.id()] = array;
                }
                default -> {
                    // primitives and references have nothing to create
                }
            }
        }
        for (Object c : containers) {
            switch (c) {
                case PlainForm p -> define(made, made[p.id()], p.keys(), p.values());
                case ArrayForm a -> {
                    JSObject o = made[a.id()];
                    define(made, o, a.keys(), a.values());
                    ObjectOperations.set(realm, o, "length", Conversions.number(a.length()), true);
                }
                case ErrorForm e -> HostErrors.define((ErrorObject) made[e.id()], "cause", resolve(made, e.cause()));
                case MapForm m -> {
                    for (int i = 0; i < m.keys().length; i++) {
                        call(mapSet, made[m.id()], resolve(made, m.keys()[i]), resolve(made, m.values()[i]));
                    }
                }
                case SetForm st -> {
                    for (Object v : st.values()) {
                        call(setAdd, made[st.id()], resolve(made, v));
                    }
                }
                default -> throw new IllegalStateException("not a container form: " + c);
            }
        }
        return resolve(made, g.root());
    }

    private static void pushAll(ArrayDeque<Object> pending, Object[] forms) {
        for (Object f : forms) {
            if (!isPrimitive(f) && !(f instanceof Ref)) {
                pending.push(f);
            }
        }
    }

    /** The value of a child form: primitives as they are, objects from the first pass. */
    private static Object resolve(JSObject[] made, Object form) {
        return switch (form) {
            case Ref r -> made[r.id()];
            case PlainForm p -> made[p.id()];
            case ArrayForm a -> made[a.id()];
            case ErrorForm e -> made[e.id()];
            case WrapperForm w -> made[w.id()];
            case DateForm d -> made[d.id()];
            case RegExpForm r -> made[r.id()];
            case MapForm m -> made[m.id()];
            case SetForm st -> made[st.id()];
            case ArrayBufferForm b -> made[b.id()];
            case TypedArrayForm t -> made[t.id()];
            default -> form;
        };
    }

    private void define(JSObject[] made, JSObject o, Object[] keys, Object[] values) {
        for (int i = 0; i < keys.length; i++) {
            ObjectOperations.createDataPropertyOrThrow(realm, o, keys[i], resolve(made, values[i]));
        }
    }

    private ErrorObject error(ErrorForm e) {
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
        if (proto == realm.errorPrototype && !"Error".equals(e.name())) {
            HostErrors.define(o, "name", e.name());
        }
        if (e.message() != null) {
            HostErrors.define(o, "message", e.message());
        }
        if (e.stack() != null) {
            HostErrors.define(o, "stack", e.stack());
        }
        return o;
    }

    private JSObject construct(String constructor, Object... args) {
        JSObject c = realm.intrinsic(constructor);
        return (JSObject) ObjectOperations.construct(realm, c, args, c);
    }
}
