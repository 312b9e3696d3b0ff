package dev.oryx.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import dev.oryx.number.NumberToString;
import dev.oryx.object.Accessor;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.object.StringObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * SerializeJSONProperty, SerializeJSONObject and SerializeJSONArray (25.5.2.2-25.5.2.6) writing
 * into one StringBuilder.
 *
 * <p>The recursion of the spec is replaced by an explicit stack of {@link Frame}s, one per array or
 * object being written, so nesting is bounded by memory, not by the Java stack. Members are written
 * as soon as their value is known; a member whose value turns out to be undefined is cut off again.
 * Every observable step of the spec happens in the spec's order: the Get of each property, the
 * lookup and call of toJSON, the replacer call, the ToNumber/ToString of wrapper objects, the
 * computation of the keys (or length) of a container when its serialization starts.
 *
 * <p>The fast paths only skip work that cannot be observed: own data properties and elements of
 * ordinary objects are read directly, and their enumerable keys are read from the shape without
 * building descriptors.
 */
final class JsonStringifier {
    private final Realm realm;
    /** [[ReplacerFunction]], or null. */
    private final JSFunction replacerFunction;
    /** [[PropertyList]] as property keys, or null. */
    private final Object[] propertyList;
    /** [[Gap]] */
    private final String gap;
    private final StringBuilder out = new StringBuilder();
    /** Room for the characters of one number. */
    private final char[] digits = new char[NumberToString.MAX_LENGTH];
    /**
     * [[Stack]] for the cycle check: the values of the outermost frames by depth, scanned linearly,
     * and the deeper ones in an identity set, so that deep nesting stays linear.
     */
    private final JSObject[] shallowStack = new JSObject[SHALLOW_DEPTH];
    private Set<JSObject> deepStack;
    private static final int SHALLOW_DEPTH = 32;
    private Frame top;
    /** Shared shapes found without a "toJSON" property. */
    private final Set<Shape> withoutToJSON = Collections.newSetFromMap(new IdentityHashMap<>());
    /** {@link #writtenKeys} by shape, made on first use. */
    private IdentityHashMap<Shape, String[]> writtenKeysByShape;
    /** The frame of depth 0; deeper ones hang off it through {@link Frame#child}. */
    private Frame outermost;

    /**
     * An array or object whose serialization has started. There is one per depth, reused for
     * every container at that depth.
     */
    private static final class Frame {
        final Frame parent;
        /** The frame one deeper, made on first use. */
        Frame child;
        /** Nesting depth, 0 for the outermost container. */
        final int depth;
        /** [[Indent]] inside this container; the parent's is the stepback. */
        final String indent;
        JSObject value;
        /** Keys of an object as a list, or null: an array, or an object whose keys are {@link #shape}'s. */
        Object[] keys;
        /**
         * For a plain object ({@link #plainKeyShape}): its shape when its serialization started,
         * whose keys are the object's keys in order; null otherwise.
         */
        Shape shape;
        /** With {@link #shape}: its keys quoted, each with the colon after it. */
        String[] writtenKeys;
        /** Number of keys, or the array's length. */
        long length;
        long next;
        int written;

        Frame(Frame parent, String gap) {
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
            this.indent = parent == null ? gap : parent.indent + gap;
        }

        void start(JSObject value, Object[] keys, Shape shape, long length) {
            this.value = value;
            this.keys = keys;
            this.shape = shape;
            this.length = length;
            next = 0;
            written = 0;
        }

        boolean isArray() {
            return keys == null && shape == null;
        }
    }

    JsonStringifier(Realm realm, JSFunction replacerFunction, Object[] propertyList, String gap) {
        this.realm = realm;
        this.replacerFunction = replacerFunction;
        this.propertyList = propertyList;
        this.gap = gap;
    }

    /** JSON.stringify steps 9-11: the text, or null for undefined. */
    String stringify(Object value) {
        JSObject wrapper = realm.newObject();
        ObjectOperations.createDataPropertyOrThrow(realm, wrapper, "", value);
        Object v = transform(wrapper, "", value);
        if (!writeValue(v)) {
            return null;
        }
        while (top != null) {
            Frame f = top;
            if (f.next < f.length) {
                writeMember(f);
            } else {
                close(f);
            }
        }
        return out.toString();
    }

    /** Writes the next element or member of the innermost container (SerializeJSONObject 8.b / SerializeJSONArray 8.a). */
    private void writeMember(Frame f) {
        long i = f.next++;
        // a value graph with shared parts (a = [a, a] forty times) is small but its text is not
        realm.stack.step();
        int mark = out.length();
        if (mark > Operators.MAX_STRING_LENGTH) {
            throw Errors.rangeError(realm, "Invalid string length");
        }
        dev.oryx.runtime.MemoryAccount.reserve(realm, 2L * mark);
        if (f.written > 0) {
            out.append(',');
        }
        if (!gap.isEmpty()) {
            out.append('\n').append(f.indent);
        }
        Object key;
        Object value;
        if (f.isArray()) {
            key = PropertyKey.fromIndex(i);
            value = getProperty(f.value, key);
        } else {
            if (f.shape != null) {
                key = f.shape.keyAt((int) i);
                value = getMember(f.value, f.shape, (int) i);
                out.append(f.writtenKeys[(int) i]);
            } else {
                key = f.keys[(int) i];
                value = getProperty(f.value, key);
                quote(out, Conversions.keyToDisplay(key));
                out.append(':');
            }
            if (!gap.isEmpty()) {
                out.append(' ');
            }
        }
        value = transform(f.value, key, value);
        if (writeValue(value)) {
            f.written++;
        } else if (f.isArray()) {
            out.append("null");
            f.written++;
        } else {
            out.setLength(mark);
        }
    }

    private void close(Frame f) {
        if (f.written > 0 && !gap.isEmpty()) {
            out.append('\n').append(f.parent == null ? "" : f.parent.indent);
        }
        out.append(f.isArray() ? ']' : '}');
        if (f.depth < SHALLOW_DEPTH) {
            shallowStack[f.depth] = null;
        } else {
            deepStack.remove(f.value);
        }
        top = f.parent;
    }

    /** Get(holder, key), reading own data properties of ordinary objects directly. */
    private Object getProperty(JSObject holder, Object key) {
        if (!holder.exotic) {
            Object stored = PropertyKey.isIndex(key) ? holder.elementValue(PropertyKey.index(key)) : holder.getOwnDataValue(key);
            if (stored != null && !(stored instanceof Accessor)) {
                return stored;
            }
        }
        return holder.get(realm, key, holder);
    }

    /**
     * Get(holder, key) for the key at {@code slot} of {@code shape}, the shape the plain object
     * holder had when its serialization started: while holder still has that shape, the slot
     * holds the key's value.
     */
    private Object getMember(JSObject holder, Shape shape, int slot) {
        if (holder.shape == shape && (shape.attributesAt(slot) & (Shape.ACCESSOR | Shape.COMPUTED)) == 0) {
            Object stored = holder.slots[slot];
            if (stored != null) {
                return JSObject.slotValue(stored);
            }
        }
        return getProperty(holder, shape.keyAt(slot));
    }

    /** SerializeJSONProperty steps 2-4: toJSON, the replacer function, and unwrapping of primitive wrappers. */
    private Object transform(JSObject holder, Object key, Object value) {
        if (value instanceof JSObject || value instanceof BigInteger) {
            Object toJSON = toJSONMethod(value);
            if (toJSON instanceof JSFunction f) {
                value = f.call(value, new Object[] {Conversions.keyToValue(key)});
            }
        }
        if (replacerFunction != null) {
            value = replacerFunction.call(holder, new Object[] {Conversions.keyToValue(key), value});
        }
        if (value instanceof PrimitiveWrapper w) {
            Object data = w.value;
            if (data instanceof Integer || data instanceof Double) {
                return Conversions.number(Conversions.toNumber(realm, w));
            }
            if (data instanceof Boolean || data instanceof BigInteger) {
                return data;
            }
        } else if (value instanceof StringObject) {
            return Conversions.toString(realm, value);
        }
        return value;
    }

    /** GetV(value, "toJSON"). */
    private Object toJSONMethod(Object value) {
        if (value instanceof JSObject o) {
            return lacksToJSON(o) ? Undefined.INSTANCE : o.get(realm, "toJSON", o);
        }
        JSObject proto = realm.bigintPrototype;
        return proto == null ? Undefined.INSTANCE : proto.get(realm, "toJSON", value);
    }

    /**
     * Whether o and every object on its prototype chain are ordinary objects with shared shapes
     * that have no "toJSON": then Get(o, "toJSON") is undefined and runs no code. A shared shape
     * never gains a property (its object moves to another shape), so a shape once found without
     * "toJSON" is remembered in {@link #withoutToJSON}.
     */
    private boolean lacksToJSON(JSObject o) {
        for (JSObject p = o; p != null; p = p.shape.proto()) {
            Shape s = p.shape;
            if (p.exotic || s.isDictionary()) {
                return false;
            }
            if (!withoutToJSON.contains(s)) {
                if (s.lookup("toJSON") >= 0) {
                    return false;
                }
                withoutToJSON.add(s);
            }
        }
        return true;
    }

    /**
     * SerializeJSONProperty steps 5-12 for a transformed value: writes a primitive, or starts a
     * container (pushes its frame). False, writing nothing, for undefined, symbols and functions.
     */
    private boolean writeValue(Object value) {
        value = dev.oryx.string.ConsString.flatIfRope(value);
        if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof Integer i) {
            out.append(i.intValue());
        } else if (value instanceof Double d) {
            double x = d;
            if (Double.isFinite(x)) {
                out.append(digits, 0, NumberToString.toChars(x, digits));
            } else {
                out.append("null");
            }
        } else if (value == Null.INSTANCE) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof BigInteger) {
            throw Errors.typeError(realm, "Do not know how to serialize a BigInt");
        } else if (value instanceof JSObject o && !(o instanceof JSFunction)) {
            open(o);
        } else {
            return false; // undefined, symbols, functions
        }
        return true;
    }

    /** The first steps of SerializeJSONObject / SerializeJSONArray: cycle check, indent, keys or length. */
    private void open(JSObject value) {
        int depth = top == null ? 0 : top.depth + 1;
        if (isOnStack(value, depth)) {
            throw Errors.typeError(realm, "Converting circular structure to JSON");
        }
        if (depth < SHALLOW_DEPTH) {
            shallowStack[depth] = value;
        } else {
            if (deepStack == null) {
                deepStack = Collections.newSetFromMap(new IdentityHashMap<>());
            }
            deepStack.add(value);
        }
        Frame f = top == null ? outermost : top.child;
        if (f == null) {
            f = new Frame(top, gap);
            if (top == null) {
                outermost = f;
            } else {
                top.child = f;
            }
        }
        if (ObjectOperations.isArray(realm, value)) {
            f.start(value, null, null, ObjectOperations.lengthOfArrayLike(realm, value));
            out.append('[');
        } else {
            Shape shape = propertyList == null ? plainKeyShape(value) : null;
            if (shape != null) {
                String[] written = f.shape == shape ? f.writtenKeys : writtenKeys(shape);
                f.start(value, null, shape, shape.size());
                f.writtenKeys = written;
            } else {
                Object[] keys = propertyList != null ? propertyList : enumerableOwnKeys(value);
                f.start(value, keys, null, keys.length);
            }
            out.append('{');
        }
        top = f;
    }

    /** True when value is being serialized already: a container of depth below {@code depth}. */
    private boolean isOnStack(JSObject value, int depth) {
        for (int i = 0, n = Math.min(depth, SHALLOW_DEPTH); i < n; i++) {
            if (shallowStack[i] == value) {
                return true;
            }
        }
        return deepStack != null && deepStack.contains(value);
    }

    /**
     * The shape of an ordinary object whose enumerable own string keys are all its shape's keys,
     * in order: no elements, no symbols, nothing non-enumerable, and a shared shape, which never
     * changes and so keeps the keys as they are now. Null for any other object.
     */
    private static Shape plainKeyShape(JSObject o) {
        Shape s = o.shape;
        if (o.exotic || o instanceof JSArray || o.dense != null || o.sparse() != null || s.isDictionary()) {
            return null;
        }
        for (int i = 0, n = s.size(); i < n; i++) {
            if (!(s.keyAt(i) instanceof String) || (s.attributesAt(i) & Shape.ENUMERABLE) == 0) {
                return null;
            }
        }
        return s;
    }

    /** The keys of a {@link #plainKeyShape} as they are written, quoted and with a colon, made once per shape. */
    private String[] writtenKeys(Shape shape) {
        if (writtenKeysByShape == null) {
            writtenKeysByShape = new IdentityHashMap<>();
        }
        String[] written = writtenKeysByShape.get(shape);
        if (written == null) {
            written = new String[shape.size()];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < written.length; i++) {
                sb.setLength(0);
                quote(sb, (String) shape.keyAt(i));
                written[i] = sb.append(':').toString();
            }
            writtenKeysByShape.put(shape, written);
        }
        return written;
    }

    /** EnumerableOwnPropertyNames(O, key) as property keys, from the shape for ordinary objects. */
    private Object[] enumerableOwnKeys(JSObject o) {
        List<Object> keys = new ArrayList<>(o.shape.size());
        if (!o.exotic && !(o instanceof JSArray)) {
            if (o.dense != null || o.sparse() != null) {
                for (Long index : o.elementIndices()) {
                    if ((o.elementAttributes(index) & Shape.ENUMERABLE) != 0) {
                        keys.add(PropertyKey.fromIndex(index));
                    }
                }
            }
            Shape s = o.shape;
            for (int i = 0, n = s.size(); i < n; i++) {
                Object k = s.keyAt(i);
                if (k instanceof String && (s.attributesAt(i) & Shape.ENUMERABLE) != 0) {
                    keys.add(k);
                }
            }
            return keys.toArray();
        }
        for (Object key : o.ownPropertyKeys(realm)) {
            if (key instanceof Symbol) {
                continue;
            }
            PropertyDescriptor d = o.getOwnProperty(realm, key);
            if (d != null && d.enumerable()) {
                keys.add(key);
            }
        }
        return keys.toArray();
    }

    /** QuoteJSONString (25.5.2.3), with lone surrogates escaped (well-formed JSON.stringify). */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int first = 0;
        while (first < n && !needsEscape(s.charAt(first))) {
            first++;
        }
        if (first == n) {
            sb.append(s).append('"'); // the common case: one bulk copy
            return;
        }
        int run = 0;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            sb.append(s, run, i);
            switch (c) {
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> unicodeEscape(sb, c);
            }
            run = i + 1;
        }
        sb.append(s, run, n).append('"');
    }

    /** Characters QuoteJSONString may escape; surrogates only when unpaired, which the caller checks. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** UnicodeEscape (25.5.2.4): backslash, "u" and four lowercase hex digits. */
    private static void unicodeEscape(StringBuilder sb, char c) {
        final String hex = "0123456789abcdef";
        sb.append("\\u").append(hex.charAt(c >> 12)).append(hex.charAt((c >> 8) & 15))
            .append(hex.charAt((c >> 4) & 15)).append(hex.charAt(c & 15));
    }
}
