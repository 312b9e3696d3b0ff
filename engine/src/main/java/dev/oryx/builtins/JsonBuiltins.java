package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.object.StringObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The JSON object (25.5): parse with the reviver walk, and stringify's argument handling. */
public final class JsonBuiltins {
    private JsonBuiltins() {
    }

    static void install(Realm realm) {
        JSObject json = realm.newObject();
        realm.intrinsics.put("JSON", json);
        Builtins.install(realm, json,
            method("parse", 2, JsonBuiltins::parse),
            method("stringify", 3, JsonBuiltins::stringify),
            Builtins.value(Symbol.TO_STRING_TAG, "JSON", Shape.CONFIGURABLE));
        Builtins.global(realm, "JSON", json);
    }

    /** JSON.parse ( text [ , reviver ] ) (25.5.1) */
    static Object parse(Realm realm, Object thisValue, Object[] args) {
        String text = Conversions.toString(realm, arg(args, 0));
        Object unfiltered = JsonParser.parse(realm, text);
        if (!(arg(args, 1) instanceof JSFunction reviver)) {
            return unfiltered;
        }
        JSObject root = realm.newObject();
        ObjectOperations.createDataPropertyOrThrow(realm, root, "", unfiltered);
        return internalize(realm, root, reviver);
    }

    /** One InternalizeJSONProperty call: a holder, a name, and the walk over the value's own properties. */
    private static final class Walk {
        final Walk parent;
        final JSObject holder;
        final Object name;
        Object value;
        /** Keys of an object value, or null. */
        Object[] keys;
        /** Number of keys or elements left to visit; -1 before the value was read. */
        long length = -1;
        long next;
        Object currentKey;

        Walk(Walk parent, JSObject holder, Object name) {
            this.parent = parent;
            this.holder = holder;
            this.name = name;
        }
    }

    /**
     * InternalizeJSONProperty (25.5.1.1) for root[""], with the recursion on an explicit stack: each
     * walk reads its value, visits its elements or enumerable own keys (each replaced by what the
     * reviver returns for it, or deleted when that is undefined), then calls the reviver on itself.
     */
    private static Object internalize(Realm realm, JSObject root, JSFunction reviver) {
        Walk w = new Walk(null, root, "");
        while (true) {
            if (w.length < 0) {
                Object val = w.holder.get(realm, w.name, w.holder);
                w.value = val;
                w.length = 0;
                if (val instanceof JSObject o) {
                    if (ObjectOperations.isArray(realm, o)) {
                        w.length = ObjectOperations.lengthOfArrayLike(realm, o);
                    } else {
                        List<Object> keys = new ArrayList<>();
                        for (Object k : ObjectOperations.enumerableOwnProperties(realm, o, 0)) {
                            keys.add(PropertyKey.fromString((String) k));
                        }
                        w.keys = keys.toArray();
                        w.length = w.keys.length;
                    }
                }
            }
            if (w.next < w.length) {
                long i = w.next++;
                w.currentKey = w.keys == null ? PropertyKey.fromIndex(i) : w.keys[(int) i];
                w = new Walk(w, (JSObject) w.value, w.currentKey);
                continue;
            }
            Object result = reviver.call(w.holder, new Object[] {Conversions.keyToValue(w.name), w.value});
            Walk parent = w.parent;
            if (parent == null) {
                return result;
            }
            JSObject val = (JSObject) parent.value;
            if (result == Undefined.INSTANCE) {
                val.delete(realm, parent.currentKey);
            } else {
                ObjectOperations.createDataProperty(realm, val, parent.currentKey, result);
            }
            w = parent;
        }
    }

    /** JSON.stringify ( value [ , replacer [ , space ] ] ) (25.5.2) */
    static Object stringify(Realm realm, Object thisValue, Object[] args) {
        Object replacer = arg(args, 1);
        JSFunction replacerFunction = null;
        Object[] propertyList = null;
        if (replacer instanceof JSFunction f) {
            replacerFunction = f;
        } else if (replacer instanceof JSObject r && ObjectOperations.isArray(realm, r)) {
            propertyList = propertyList(realm, r);
        }
        String text = new JsonStringifier(realm, replacerFunction, propertyList, gap(realm, arg(args, 2))).stringify(arg(args, 0));
        return text == null ? Undefined.INSTANCE : text;
    }

    /** Step 4.b of JSON.stringify: the property names of an array replacer, deduplicated, in order. */
    private static Object[] propertyList(Realm realm, JSObject replacer) {
        Set<String> names = new LinkedHashSet<>();
        long len = ObjectOperations.lengthOfArrayLike(realm, replacer);
        for (long k = 0; k < len; k++) {
            Object v = dev.oryx.string.ConsString.flatIfRope(replacer.get(realm, PropertyKey.fromIndex(k), replacer));
            String item = null;
            if (v instanceof String s) {
                item = s;
            } else if (Conversions.isNumber(v)) {
                item = Conversions.numberToString(v);
            } else if (v instanceof StringObject
                || (v instanceof PrimitiveWrapper w && Conversions.isNumber(w.value))) {
                item = Conversions.toString(realm, v);
            }
            if (item != null) {
                names.add(item);
            }
        }
        Object[] keys = new Object[names.size()];
        int i = 0;
        for (String name : names) {
            keys[i++] = PropertyKey.fromString(name);
        }
        return keys;
    }

    /** Steps 5-8 of JSON.stringify: the gap from the space argument. */
    private static String gap(Realm realm, Object space) {
        if (space instanceof PrimitiveWrapper w && Conversions.isNumber(w.value)) {
            space = Conversions.number(Conversions.toNumber(realm, space));
        } else if (space instanceof StringObject) {
            space = Conversions.toString(realm, space);
        }
        if (Conversions.isNumber(space)) {
            double n = Math.min(10, Conversions.toIntegerOrInfinity(realm, space));
            return n < 1 ? "" : " ".repeat((int) n);
        }
        if (space instanceof String s) {
            return s.length() <= 10 ? s : s.substring(0, 10);
        }
        return "";
    }
}
