package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.PropertyCache;
import dev.oryx.object.Accessor;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.object.TypedArrayObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * Property reads and writes of the interpreter: inline caches for named properties (own slots,
 * prototype hits, add transitions) and dense-element fast paths, falling back to the internal
 * methods ([[Get]], [[Set]]) with the spec's semantics.
 */
final class PropertyAccess {
    private static final int MAX_CHAIN = 4;

    private PropertyAccess() {
    }

    // ---- named get ----

    static Object get(Realm realm, Object base, String key, PropertyCache ic) {
        // a typed array's named properties are ordinary unless the name is a canonical numeric string
        if (base instanceof JSObject o && (!o.exotic || o instanceof TypedArrayObject && TypedArrayObject.numericIndex(key) == null)) {
            Object v = cached(realm, o, o, ic);
            return v != MISS ? v : getMiss(realm, o, o, key, ic);
        }
        if (base instanceof JSObject o) {
            return o.get(realm, key, o);
        }
        if (base instanceof String || base instanceof dev.oryx.string.ConsString) {
            if ("length".equals(key)) {
                return ((CharSequence) base).length();
            }
            return getFromPrototype(realm, realm.stringPrototype, base, key, ic);
        }
        JSObject proto = base instanceof Integer || base instanceof Double ? realm.numberPrototype
            : base instanceof Boolean ? realm.booleanPrototype
            : base instanceof dev.oryx.runtime.Symbol ? realm.symbolPrototype
            : base instanceof java.math.BigInteger ? realm.bigintPrototype : null;
        if (proto != null) {
            return getFromPrototype(realm, proto, base, key, ic);
        }
        return getPrimitive(realm, base, key); // undefined or null: the TypeError
    }

    /**
     * A named property of a primitive: ToObject's wrapper has no own named properties (a String
     * wrapper's own {@code length} is answered by the caller), so the lookup starts at the
     * prototype, without making the wrapper, and is cached like an object's. The cache entries
     * key on the prototype's shape, so they hold for any object with that shape; getters receive
     * the primitive itself. (String.prototype is a String exotic object, but its only exotic own
     * properties are {@code length} and indices, which are not names.)
     */
    private static Object getFromPrototype(Realm realm, JSObject proto, Object primitive, String key, PropertyCache ic) {
        Object v = cached(realm, proto, primitive, ic);
        return v != MISS ? v : getMiss(realm, proto, primitive, key, ic);
    }

    /** What {@link #cached} returns when no entry of the cache holds. */
    private static final Object MISS = new Object();

    /**
     * The value the site's cache gives for a lookup starting at {@code start} (the receiver, or a
     * primitive's prototype), getters called on {@code receiver}; {@link #MISS} when no entry holds.
     */
    private static Object cached(Realm realm, JSObject start, Object receiver, PropertyCache ic) {
        Shape s = start.shape;
        if (s == ic.own) {
            return JSObject.slotValue(start.slots[ic.ownSlot]);
        }
        int n = ic.count;
        for (int i = 0; i < n; i++) {
            if (ic.shapes[i] == s && ic.transitions[i] == null) {
                JSObject holder = ic.holders[i];
                if (holder == null) {
                    Object v = JSObject.slotValue(start.slots[ic.slots[i]]);
                    return ic.accessors[i] ? JSObject.callGetter(realm, ((Accessor) v).getter, receiver) : v;
                }
                if (ic.chainValid(i)) {
                    Object v = JSObject.slotValue(holder.slots[ic.slots[i]]);
                    return ic.accessors[i] ? JSObject.callGetter(realm, ((Accessor) v).getter, receiver) : v;
                }
            }
        }
        return MISS;
    }

    /**
     * What the site's cache holds for a data property of {@code o}, own or inherited; null when
     * no entry holds or the entry is an accessor (a leaf's lookup: no getter runs here).
     */
    static Object cachedData(JSObject o, PropertyCache ic) {
        Shape s = o.shape;
        if (s == ic.own) {
            return JSObject.slotValue(o.slots[ic.ownSlot]);
        }
        int n = ic.count;
        for (int i = 0; i < n; i++) {
            if (ic.shapes[i] == s && ic.transitions[i] == null && !ic.accessors[i]) {
                JSObject holder = ic.holders[i];
                if (holder == null) {
                    return JSObject.slotValue(o.slots[ic.slots[i]]);
                }
                if (ic.chainValid(i)) {
                    return JSObject.slotValue(holder.slots[ic.slots[i]]);
                }
            }
        }
        return null;
    }

    /** A cache miss on {@code o} (the receiver, or String.prototype for a string {@code receiver}). */
    private static Object getMiss(Realm realm, JSObject o, Object receiver, String key, PropertyCache ic) {
        Shape s = o.shape;
        if (!s.isDictionary()) {
            int slot = s.lookup(key);
            if (slot >= 0) {
                if ((s.attributesAt(slot) & (Shape.COMPUTED | Shape.LAZY)) != 0) {
                    return o.get(realm, key, receiver); // its value changes while the shape stays
                }
                boolean accessor = (s.attributesAt(slot) & Shape.ACCESSOR) != 0;
                ic.add(s, slot, null, null, null, accessor);
                Object v = JSObject.slotValue(o.slots[slot]);
                return accessor ? JSObject.callGetter(realm, ((Accessor) v).getter, receiver) : v;
            }
            Shape[] chain = new Shape[MAX_CHAIN];
            JSObject p = s.proto();
            for (int depth = 0; p != null && depth < MAX_CHAIN; depth++) {
                Shape ps = p.shape;
                if (p.exotic || ps.isDictionary()) {
                    break;
                }
                chain[depth] = ps;
                int ps1 = ps.lookup(key);
                if (ps1 >= 0 && (ps.attributesAt(ps1) & (Shape.COMPUTED | Shape.LAZY)) != 0) {
                    break;
                }
                if (ps1 >= 0) {
                    boolean accessor = (ps.attributesAt(ps1) & Shape.ACCESSOR) != 0;
                    ic.add(s, ps1, p, java.util.Arrays.copyOf(chain, depth + 1), null, accessor);
                    Object v = JSObject.slotValue(p.slots[ps1]);
                    return accessor ? JSObject.callGetter(realm, ((Accessor) v).getter, receiver) : v;
                }
                p = ps.proto();
            }
        }
        return o.get(realm, key, receiver);
    }

    /** GetValue on a primitive base: strings have own length and indices; the rest is on the prototype. */
    static Object getPrimitive(Realm realm, Object base, Object key) {
        if (base instanceof dev.oryx.string.ConsString c) {
            if ("length".equals(key)) {
                return c.length(); // known without copying the characters
            }
            base = c.flatten();
        }
        if (base instanceof String s) {
            if ("length".equals(key)) {
                return s.length();
            }
            if (PropertyKey.isIndex(key)) {
                long i = PropertyKey.index(key);
                if (i < s.length()) {
                    return dev.oryx.string.CodeUnitStrings.of(s.charAt((int) i));
                }
            }
            return realm.stringPrototype.get(realm, key, base);
        }
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw Errors.cannotRead(realm, base, key);
        }
        return Conversions.toObject(realm, base).get(realm, key, base);
    }

    /** The TypeError for reading {@code base[key]} with a nullish base: an object key is not converted (its toString must not run). */
    static dev.oryx.api.JSException cannotRead(Realm realm, Object base, Object key) {
        return Errors.cannotRead(realm, base, key instanceof JSObject ? "[object]" : Conversions.toPropertyKey(realm, key));
    }

    // ---- named set ----

    static void set(Realm realm, Object base, String key, Object value, PropertyCache ic, FunctionCode code) {
        if (base instanceof JSObject o && !o.exotic) {
            if (!setCached(o, value, ic)) {
                setMiss(realm, o, key, value, ic, code);
            }
            return;
        }
        setGeneric(realm, base, key, value, code);
    }

    /**
     * A store the site's cache holds for the ordinary object {@code o}: a writable own data
     * slot, or an add transition; false when no entry holds (nothing was stored).
     */
    static boolean setCached(JSObject o, Object value, PropertyCache ic) {
        Shape s = o.shape;
        if (s == ic.own) {
            o.slots[ic.ownSlot] = value;
            return true;
        }
        int n = ic.count;
        for (int i = 0; i < n; i++) {
            if (ic.shapes[i] == s) {
                Shape t = ic.transitions[i];
                if (t == null) {
                    o.slots[ic.slots[i]] = value;
                    return true;
                }
                if (ic.chainValid(i)) {
                    int slot = ic.slots[i];
                    o.ensureSlots(slot + 1);
                    o.slots[slot] = value;
                    o.shape = t;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * CreateDataPropertyOrThrow of a name on an object literal being built (DEFINE_NAMED),
     * through the site's cache: the add transition it made for an object of the same shape, or
     * the own slot when the literal repeats the name. A literal's object is ordinary, so no
     * setter is involved and the entries need no prototype chain.
     */
    static void define(Realm realm, JSObject o, String key, Object value, PropertyCache ic) {
        if (!o.exotic && setCached(o, value, ic)) {
            return;
        }
        Shape before = o.shape;
        boolean adds = !before.isDictionary() && before.lookup(key) < 0;
        Objects.createDataProperty(realm, o, key, value);
        Shape after = o.shape;
        if (o.exotic || after.isDictionary()) {
            return;
        }
        int slot = after.lookup(key);
        if (slot >= 0 && after.attributesAt(slot) == Shape.DEFAULT && (adds || after == before)) {
            ic.add(before, slot, null, null, after == before ? null : after, false);
        }
    }

    private static void setMiss(Realm realm, JSObject o, String key, Object value, PropertyCache ic, FunctionCode code) {
        Shape s = o.shape;
        if (!s.isDictionary()) {
            int slot = s.lookup(key);
            if (slot >= 0) {
                if (s.attributesAt(slot) == Shape.DEFAULT || (s.attributesAt(slot) & (Shape.WRITABLE | Shape.ACCESSOR | Shape.SPECIAL)) == Shape.WRITABLE) {
                    ic.add(s, slot, null, null, null, false);
                    o.slots[slot] = value;
                    return;
                }
            } else if (s.isExtensible()) {
                // an add transition is cacheable when nothing on the prototype chain has the key
                Shape[] chain = new Shape[MAX_CHAIN];
                JSObject p = s.proto();
                int depth = 0;
                boolean cacheable = true;
                while (p != null) {
                    if (depth == MAX_CHAIN || p.exotic || p.shape.isDictionary() || p.shape.lookup(key) >= 0) {
                        cacheable = false;
                        break;
                    }
                    chain[depth++] = p.shape;
                    p = p.shape.proto();
                }
                if (cacheable) {
                    o.addProperty(key, value, Shape.DEFAULT);
                    if (!o.shape.isDictionary()) {
                        ic.add(s, s.size(), null, java.util.Arrays.copyOf(chain, depth), o.shape, false);
                    }
                    return;
                }
            }
        }
        setGeneric(realm, o, key, value, code);
    }

    /** PutValue with the spec's [[Set]]; a failed assignment throws in strict code. */
    static void setGeneric(Realm realm, Object base, Object key, Object value, FunctionCode code) {
        if (base instanceof JSObject o) {
            if (!o.set(realm, key, value, o) && code.is(FunctionCode.STRICT)) {
                throw Errors.typeError(realm, "Cannot assign to read only property '" + Conversions.keyToDisplay(key) + "' of object");
            }
            return;
        }
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw Errors.cannotSet(realm, base, key);
        }
        JSObject wrapper = Conversions.toObject(realm, base);
        if (!wrapper.set(realm, key, value, base) && code.is(FunctionCode.STRICT)) {
            throw Errors.typeError(realm, "Cannot create property '" + Conversions.keyToDisplay(key) + "' on "
                + Conversions.typeof(base) + " '" + Conversions.toDisplayString(base) + "'");
        }
    }

    // ---- elements ----

    static Object getElement(Realm realm, Object base, Object key) {
        Object v = elementAt(base, key);
        if (v != null) {
            return v;
        }
        if (key instanceof Integer i && i >= 0 && base instanceof JSObject o && !o.exotic) {
            return o.get(realm, i, o); // a hole or past the dense elements: the ordinary lookup
        }
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw cannotRead(realm, base, key);
        }
        Object k = Conversions.toPropertyKey(realm, key);
        if (base instanceof JSObject o) {
            return o.get(realm, k, o);
        }
        return getPrimitive(realm, base, k);
    }

    /**
     * An element at an int index that needs no lookup and runs no user code: a dense element of
     * an ordinary object, a typed-array element, a string's code unit; null for anything else.
     */
    static Object elementAt(Object base, Object key) {
        return key instanceof Integer i && i >= 0 ? elementAt(base, (int) i) : null;
    }

    /** {@link #elementAt(Object, Object)} at index {@code i >= 0}. */
    static Object elementAt(Object base, int i) {
        if (base instanceof JSObject o && !o.exotic) {
            Object[] d = o.dense;
            return d != null && i < d.length ? d[i] : null;
        }
        if (base instanceof TypedArrayObject ta) {
            return ta.getIndexed(i);
        }
        if (base instanceof String s && i < s.length()) {
            return dev.oryx.string.CodeUnitStrings.of(s.charAt(i));
        }
        return null;
    }

    static void setElement(Realm realm, Object base, Object key, Object value, FunctionCode code) {
        if (key instanceof Integer i && i >= 0 && setElementAt(realm, base, i, value)) {
            return;
        }
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw Errors.cannotSet(realm, base, Conversions.toPropertyKey(realm, key));
        }
        setGeneric(realm, base, Conversions.toPropertyKey(realm, key), value, code);
    }

    /** The stores at index {@code i >= 0} that need no lookup: false when none applies (nothing was done). */
    static boolean setElementAt(Realm realm, Object base, int i, Object value) {
        if (base instanceof JSObject o && !o.exotic) {
            Object[] d = o.dense;
            if (d != null && i < d.length && d[i] != null) {
                d[i] = value;
                return true;
            }
            return o instanceof JSArray a && i == a.length() && noIndexedPrototypes(a) && a.fastPush(value);
        }
        if (base instanceof TypedArrayObject ta) {
            ta.setIndexed(realm, i, value);
            return true;
        }
        return false;
    }

    /** True when no object on the prototype chain has indexed properties (setters there must run). */
    static boolean noIndexedPrototypes(JSObject o) {
        for (JSObject p = o.shape.proto(); p != null; p = p.shape.proto()) {
            if (p.exotic || p.dense != null || p.sparse() != null) {
                return false;
            }
        }
        return true;
    }
}
