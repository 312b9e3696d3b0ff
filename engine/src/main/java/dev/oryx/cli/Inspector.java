package dev.oryx.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.interp.BytecodeFunction;
import dev.oryx.interp.JSPromise;
import dev.oryx.object.Accessor;
import dev.oryx.object.ArrayBufferObject;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSDate;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSMap;
import dev.oryx.object.JSObject;
import dev.oryx.object.JSSet;
import dev.oryx.object.JSWeakMap;
import dev.oryx.object.JSWeakSet;
import dev.oryx.object.OrderedHashTable;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.ProxyObject;
import dev.oryx.object.RegExpObject;
import dev.oryx.object.StringObject;
import dev.oryx.object.TypedArrayObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The readable form of a JavaScript value that the REPL and {@code oryx -p} print, in the manner
 * of Node's {@code util.inspect}: strings quoted, arrays and objects with their nesting (deeper
 * than {@link #DEFAULT_DEPTH} levels shown as {@code [Object]}/{@code [Array]}), a reference back
 * to an object being printed as {@code [Circular]}, and readable functions, classes, Maps, Sets,
 * Dates, errors, symbols, promises and typed arrays.
 *
 * <p>It never runs JavaScript: properties are read by their descriptors (an accessor prints as
 * {@code [Getter]}), proxies are shown through their target without calling traps, and no
 * {@code toString} or {@code Symbol.toStringTag} is consulted. So printing a result cannot
 * throw, loop or change state.
 */
public final class Inspector {
    /** Nesting levels shown below the top value. */
    public static final int DEFAULT_DEPTH = 2;
    /** Entries shown of one array, Map or Set before "... n more items". */
    static final int MAX_ITEMS = 100;
    /** Width under which a composite value stays on one line. */
    static final int LINE_WIDTH = 80;

    private final Realm realm;
    private final int maxDepth;
    /** The objects on the path from the top value to the one being printed. */
    private final IdentityHashMap<JSObject, Boolean> path = new IdentityHashMap<>();

    private Inspector(Realm realm, int maxDepth) {
        this.realm = realm;
        this.maxDepth = maxDepth;
    }

    /** The printed form of {@code value} with the default depth. */
    public static String inspect(Realm realm, Object value) {
        return inspect(realm, value, DEFAULT_DEPTH);
    }

    /** The printed form of {@code value}, showing {@code depth} levels of nesting. */
    public static String inspect(Realm realm, Object value, int depth) {
        return new Inspector(realm, depth).format(value, 0, 0);
    }

    private String format(Object v, int depth, int indent) {
        v = dev.oryx.string.ConsString.flatIfRope(v);
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof JSObject o) {
            return formatObject(o, depth, indent);
        }
        return primitive(v);
    }

    /** A primitive as a literal: -0 keeps its sign, a BigInt its n, a symbol its description. */
    static String primitive(Object v) {
        v = dev.oryx.string.ConsString.flatIfRope(v);
        if (v == null || v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v == Null.INSTANCE) {
            return "null";
        }
        if (v instanceof Double d && d == 0 && 1 / d < 0) {
            return "-0";
        }
        if (v instanceof Integer || v instanceof Double) {
            return Conversions.numberToString(v);
        }
        if (v instanceof BigInteger b) {
            return b + "n";
        }
        if (v instanceof Symbol s) {
            return s.toString();
        }
        if (v instanceof String s) {
            return quote(s);
        }
        return String.valueOf(v);
    }

    /** A string literal: single quotes unless the text has some and no double quotes. */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
            : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private String formatObject(JSObject o, int depth, int indent) {
        if (path.containsKey(o)) {
            return "[Circular]";
        }
        if (o instanceof ProxyObject p) {
            JSObject target = p.internals().target();
            return target == null ? "[Proxy (revoked)]" : format(target, depth, indent);
        }
        if (o instanceof JSFunction f && depth > maxDepth) {
            return functionHeader(f);
        }
        if (depth > maxDepth) {
            String kind = o instanceof JSArray ? "Array" : constructorName(o);
            return "[" + (kind == null ? "Object" : kind) + "]";
        }
        path.put(o, Boolean.TRUE);
        try {
            return describe(o, depth, indent);
        } finally {
            path.remove(o);
        }
    }

    private String describe(JSObject o, int depth, int indent) {
        List<String> items = new ArrayList<>();
        String prefix;
        String open = "{";
        String close = "}";
        boolean skipIndices = false;
        if (o instanceof JSArray a) {
            prefix = named(o, "Array");
            open = "[";
            close = "]";
            arrayItems(o, a.length(), depth, indent, items);
            skipIndices = true;
        } else if (o instanceof TypedArrayObject t) {
            prefix = t.kind.constructorName + "(" + t.currentLength() + ")";
            open = "[";
            close = "]";
            int n = t.currentLength();
            for (int i = 0; i < Math.min(n, MAX_ITEMS); i++) {
                items.add(primitive(t.getIndexed(i)));
            }
            if (n > MAX_ITEMS) {
                items.add("... " + (n - MAX_ITEMS) + " more items");
            }
            skipIndices = true;
        } else if (o instanceof JSMap m) {
            prefix = named(o, "Map") + "(" + m.mapData.size() + ")";
            entries(m.mapData, true, depth, indent, items);
        } else if (o instanceof JSSet s) {
            prefix = named(o, "Set") + "(" + s.setData.size() + ")";
            entries(s.setData, false, depth, indent, items);
        } else if (o instanceof JSWeakMap || o instanceof JSWeakSet) {
            prefix = named(o, o.builtinTag());
            items.add("<items unknown>");
        } else if (o instanceof JSFunction f) {
            prefix = functionHeader(f);
        } else if (o instanceof ErrorObject e) {
            prefix = errorText(e, indent);
        } else if (o instanceof JSDate d) {
            prefix = Double.isNaN(d.dateValue) ? "Invalid Date" : dev.oryx.date.DateFormatter.toISOString(d.dateValue);
        } else if (o instanceof RegExpObject r) {
            prefix = "/" + r.originalSource + "/" + r.originalFlags;
        } else if (o instanceof StringObject s) {
            prefix = "[String: " + quote(s.value) + "]";
            skipIndices = true;
        } else if (o instanceof PrimitiveWrapper w) {
            prefix = "[" + wrapperType(w.value) + ": " + primitive(w.value) + "]";
        } else if (o instanceof JSPromise p) {
            prefix = named(o, "Promise");
            items.add(switch (p.state()) {
                case JSPromise.PENDING -> "<pending>";
                case JSPromise.REJECTED -> "<rejected> " + format(p.result(), depth + 1, indent + 2);
                default -> format(p.result(), depth + 1, indent + 2);
            });
        } else if (o instanceof ArrayBufferObject b) {
            prefix = named(o, o.builtinTag());
            items.add("byteLength: " + (b.data == null ? 0 : b.data.length));
        } else {
            prefix = plainPrefix(o);
        }
        properties(o, skipIndices, depth, indent, items);
        if (items.isEmpty()) {
            if (open.equals("[")) {
                return prefix.equals("Array") ? "[]" : prefix + " []";
            }
            boolean standsAlone = o instanceof JSFunction || o instanceof ErrorObject || o instanceof JSDate
                || o instanceof RegExpObject || o instanceof StringObject || o instanceof PrimitiveWrapper;
            return standsAlone ? prefix : prefix.isEmpty() ? "{}" : prefix + " {}";
        }
        String body = layout(items, open, close, indent);
        boolean bare = prefix.isEmpty() || open.equals("[") && prefix.equals("Array");
        return bare ? body : prefix + " " + body;
    }

    /** One line when it fits, else one item per line indented by two spaces. */
    private static String layout(List<String> items, String open, String close, int indent) {
        int width = indent + open.length() + close.length() + 2;
        boolean multiLine = false;
        for (String item : items) {
            width += item.length() + 2;
            multiLine |= item.indexOf('\n') >= 0;
        }
        if (!multiLine && width <= LINE_WIDTH) {
            return open + " " + String.join(", ", items) + " " + close;
        }
        String pad = " ".repeat(indent + 2);
        StringBuilder b = new StringBuilder(open).append('\n');
        for (int i = 0; i < items.size(); i++) {
            b.append(pad).append(items.get(i)).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        return b.append(" ".repeat(indent)).append(close).toString();
    }

    private void arrayItems(JSObject o, long length, int depth, int indent, List<String> items) {
        long holes = 0;
        int shown = 0;
        long i = 0;
        for (; i < length && shown < MAX_ITEMS; i++) {
            PropertyDescriptor d = o.getOwnProperty(realm, PropertyKey.fromIndex(i));
            if (d == null) {
                holes++;
                continue;
            }
            if (holes > 0) {
                items.add("<" + holes + " empty item" + (holes == 1 ? "" : "s") + ">");
                shown++;
                holes = 0;
            }
            items.add(value(d, depth, indent));
            shown++;
        }
        if (holes > 0) {
            items.add("<" + holes + " empty item" + (holes == 1 ? "" : "s") + ">");
        }
        if (i < length) {
            items.add("... " + (length - i) + " more item" + (length - i == 1 ? "" : "s"));
        }
    }

    private void entries(OrderedHashTable table, boolean withValues, int depth, int indent, List<String> items) {
        OrderedHashTable.Cursor c = table.cursor();
        int shown = 0;
        while (c.advance()) {
            if (shown++ == MAX_ITEMS) {
                items.add("... " + (table.size() - MAX_ITEMS) + " more items");
                break;
            }
            String key = format(c.key(), depth + 1, indent + 2);
            items.add(withValues ? key + " => " + format(c.value(), depth + 1, indent + 2) : key);
        }
    }

    /** The own enumerable properties (indices too unless the kind printed them), as {@code key: value}. */
    private void properties(JSObject o, boolean skipIndices, int depth, int indent, List<String> items) {
        for (Object key : o.ownPropertyKeys(realm)) {
            if (skipIndices && PropertyKey.isIndex(key)) {
                continue;
            }
            if (o instanceof ErrorObject && ("stack".equals(key) || "message".equals(key))) {
                continue;
            }
            PropertyDescriptor d = o.getOwnProperty(realm, key);
            if (d == null || !d.enumerable()) {
                continue;
            }
            items.add(key(key) + ": " + value(d, depth, indent));
        }
    }

    private String value(PropertyDescriptor d, int depth, int indent) {
        if (d.isAccessorDescriptor()) {
            boolean get = d.getter() != null;
            boolean set = d.setter() != null;
            return get && set ? "[Getter/Setter]" : get ? "[Getter]" : set ? "[Setter]" : "undefined";
        }
        return format(d.value(), depth + 1, indent + 2);
    }

    /** A property key as written in an object literal: bare when it is an identifier name. */
    private static String key(Object key) {
        if (key instanceof Symbol s) {
            return "[" + s + "]";
        }
        String k = String.valueOf(key);
        return isIdentifierName(k) || PropertyKey.isIndex(key) ? k : quote(k);
    }

    private static boolean isIdentifierName(String s) {
        if (s.isEmpty() || !(Character.isJavaIdentifierStart(s.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String functionHeader(JSFunction f) {
        String name = dev.oryx.string.ConsString.flatIfRope(f.getOwnDataValue("name")) instanceof String s ? s : "";
        if (f instanceof BytecodeFunction b && b.isClassConstructor()) {
            String text = "[class " + (name.isEmpty() ? "(anonymous)" : name);
            if (b.code.is(FunctionCode.DERIVED) && f.shape.proto() instanceof JSFunction parent) {
                String parentName = dev.oryx.string.ConsString.flatIfRope(parent.getOwnDataValue("name")) instanceof String s ? s : "";
                text += " extends " + (parentName.isEmpty() ? "(anonymous)" : parentName);
            }
            return text + "]";
        }
        String kind = "Function";
        if (f instanceof BytecodeFunction b) {
            boolean async = b.code.is(FunctionCode.ASYNC);
            boolean generator = b.code.is(FunctionCode.GENERATOR);
            kind = async && generator ? "AsyncGeneratorFunction" : async ? "AsyncFunction" : generator ? "GeneratorFunction" : kind;
        }
        return "[" + kind + (name.isEmpty() ? " (anonymous)" : ": " + name) + "]";
    }

    /** An error as its stack when it has one (it starts with "Name: message"), else "Name: message". */
    private String errorText(ErrorObject e, int indent) {
        Object stack = dev.oryx.string.ConsString.flatIfRope(e.getOwnDataValue("stack"));
        String text;
        if (stack instanceof String s && !s.isEmpty()) {
            text = s;
        } else {
            String name = dev.oryx.string.ConsString.flatIfRope(lookupData(e, "name")) instanceof String s ? s : "Error";
            Object message = dev.oryx.string.ConsString.flatIfRope(lookupData(e, "message"));
            text = message instanceof String m && !m.isEmpty() ? name + ": " + m : name;
        }
        if (path.size() > 1) {
            // nested in a composite: bracketed so the lines after it stay readable
            text = "[" + text.replace("\n", "\n" + " ".repeat(indent + 2)) + "]";
        }
        return text;
    }

    /** A data property found on the object or its prototypes (no getters run), or null. */
    private static Object lookupData(JSObject o, String key) {
        for (JSObject p = o; p != null && !p.exotic; p = p.shape.proto()) {
            Object v = p.getOwnDataValue(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String wrapperType(Object v) {
        return v instanceof Boolean ? "Boolean" : v instanceof Symbol ? "Symbol" : v instanceof BigInteger ? "BigInt" : "Number";
    }

    /** For ordinary objects: nothing for a plain object, the class name for an instance, a marker for a null prototype. */
    private String plainPrefix(JSObject o) {
        JSObject proto = o.exotic ? null : o.shape.proto();
        if (proto == null && !o.exotic) {
            return "[Object: null prototype]";
        }
        String name = constructorName(o);
        String tag = o.builtinTag();
        if (name == null || name.equals("Object")) {
            return tag.equals("Object") ? "" : "Object [" + tag + "]";
        }
        return name;
    }

    /** The kind's name ("Map"), or "Sub [Map]" for an instance of a subclass named Sub. */
    private String named(JSObject o, String kind) {
        String name = constructorName(o);
        return name == null || name.equals(kind) ? kind : name + " [" + kind + "]";
    }

    /** The name of the prototype's own "constructor" data property, or null. */
    private static String constructorName(JSObject o) {
        if (o.exotic && o instanceof ProxyObject) {
            return null;
        }
        JSObject proto = o.shape.proto();
        for (JSObject p = proto; p != null && !(p instanceof ProxyObject); p = p.shape.proto()) {
            if (p.getOwnDataValue("constructor") instanceof JSFunction c) {
                return dev.oryx.string.ConsString.flatIfRope(c.getOwnDataValue("name")) instanceof String s && !s.isEmpty() ? s : null;
            }
        }
        return null;
    }
}
