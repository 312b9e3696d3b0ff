package dev.oryx.object;

import java.util.HashMap;
import java.util.Map;

/**
 * A hidden class: the prototype, extensibility and the ordered list of named properties (keys,
 * attributes, slot numbers) of the objects that share it. Shared shapes are immutable and linked
 * by transitions, so objects built the same way share a shape and inline caches can test shape
 * identity. An object that deletes properties or changes attributes gets a dictionary shape of
 * its own (mutable, never cached by inline caches).
 *
 * <p>Keys are Strings (not array indices) and Symbols; array indices live in element storage.
 */
public final class Shape {
    public static final int WRITABLE = PropertyDescriptor.WRITABLE;
    public static final int ENUMERABLE = PropertyDescriptor.ENUMERABLE;
    public static final int CONFIGURABLE = PropertyDescriptor.CONFIGURABLE;
    public static final int ACCESSOR = 8;
    /** Writes must go through [[DefineOwnProperty]] (an array's length): inline caches never store here. */
    public static final int SPECIAL = 16;
    /**
     * A data property whose value the owner computes at every read ({@link JSObject#computedValue});
     * its slot holds a placeholder (never null, which would read as an absent property). Inline
     * caches never cache it, and [[DefineOwnProperty]] on it leaves an ordinary property holding
     * the value of that moment.
     */
    public static final int COMPUTED = 32;
    /**
     * A data property whose value the owner makes at its first read ({@link JSObject#materialize}),
     * a function's "prototype" object: until then its slot holds null. Inline caches never cache a
     * read of it (a cached read would return the null); writes are cached as usual, and a value
     * once made or written stays in the slot.
     */
    public static final int LAZY = 64;
    /** writable, enumerable, configurable: a property created by assignment. */
    public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;

    /** Above this many properties an object leaves the shared transition tree. */
    static final int MAX_SHARED_PROPERTIES = 256;
    private static final int LINEAR_SCAN_LIMIT = 8;

    private JSObject proto;
    private final Shape parent;
    private final Object lastKey;
    private final int lastAttributes;
    private int count;
    private final boolean extensible;
    private final boolean dictionary;

    private Object[] keys;
    private int[] attributes;
    private Map<Object, Integer> table;
    private Object transitions;

    private record TransitionKey(Object key, int attributes) {
    }

    private Shape(JSObject proto, Shape parent, Object lastKey, int lastAttributes, int count, boolean extensible, boolean dictionary) {
        this.proto = proto;
        this.parent = parent;
        this.lastKey = lastKey;
        this.lastAttributes = lastAttributes;
        this.count = count;
        this.extensible = extensible;
        this.dictionary = dictionary;
    }

    /** The empty, extensible shape for objects whose prototype is {@code proto} (may be null). */
    public static Shape newRoot(JSObject proto) {
        return new Shape(proto, null, null, 0, 0, true, false);
    }

    public JSObject proto() {
        return proto;
    }

    public boolean isExtensible() {
        return extensible;
    }

    /** Dictionary shapes belong to one object and change in place; inline caches skip them. */
    public boolean isDictionary() {
        return dictionary;
    }

    /** Number of named properties (= used slots). */
    public int size() {
        return count;
    }

    // ---- lookup ----

    private void ensureTables() {
        if (keys != null) {
            return;
        }
        Object[] k = new Object[Math.max(count, 1)];
        int[] a = new int[Math.max(count, 1)];
        Shape s = this;
        while (s.parent != null) {
            if (s.lastKey != null) {
                k[s.count - 1] = s.lastKey;
                a[s.count - 1] = s.lastAttributes;
            }
            s = s.parent;
        }
        attributes = a;
        keys = k;
    }

    private void ensureHashTable() {
        if (table == null && count > LINEAR_SCAN_LIMIT) {
            Map<Object, Integer> t = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                t.put(keys[i], i);
            }
            table = t;
        }
    }

    /** The slot of named property {@code key}, or -1. */
    public int lookup(Object key) {
        if (count == 0) {
            return -1;
        }
        ensureTables();
        if (count <= LINEAR_SCAN_LIMIT) {
            Object[] k = keys;
            for (int i = 0; i < count; i++) {
                Object ki = k[i];
                if (ki == key || (key instanceof String s && s.equals(ki))) {
                    return i;
                }
            }
            return -1;
        }
        ensureHashTable();
        Integer slot = table.get(key);
        return slot == null ? -1 : slot;
    }

    public Object keyAt(int slot) {
        ensureTables();
        return keys[slot];
    }

    public int attributesAt(int slot) {
        ensureTables();
        return attributes[slot];
    }

    // ---- transitions (shared shapes) ----

    /** The shape after adding {@code key} with {@code attrs}; the new property's slot is {@code size()}. */
    public Shape addProperty(Object key, int attrs) {
        if (dictionary) {
            throw new IllegalStateException("dictionary shapes change in place");
        }
        TransitionKey tk = new TransitionKey(key, attrs);
        Object t = transitions;
        if (t instanceof Shape single) {
            if (single.lastKey != null && single.lastAttributes == attrs && single.lastKey.equals(key) && single.extensible) {
                return single;
            }
        } else if (t instanceof HashMap<?, ?> map) {
            Shape s = (Shape) map.get(tk);
            if (s != null) {
                return s;
            }
        }
        Shape child = new Shape(proto, this, key, attrs, count + 1, true, false);
        if (t == null) {
            transitions = child;
        } else {
            @SuppressWarnings("unchecked")
            HashMap<Object, Shape> map = t instanceof HashMap<?, ?> ? (HashMap<Object, Shape>) t : new HashMap<>();
            if (t instanceof Shape single) {
                if (single.lastKey != null) {
                    map.put(new TransitionKey(single.lastKey, single.lastAttributes), single);
                }
            }
            map.put(tk, child);
            transitions = map;
        }
        return child;
    }

    /** A copy of this shape's properties that is not extensible. */
    public Shape preventExtensions() {
        if (!extensible) {
            return this;
        }
        if (dictionary) {
            Shape d = copyToDictionary(proto, false);
            return d;
        }
        Object t = transitions;
        // the non-extensible transition is stored under a null key
        if (t instanceof HashMap<?, ?> map) {
            Shape s = (Shape) map.get(null);
            if (s != null) {
                return s;
            }
        }
        Shape child = new Shape(proto, this, null, 0, count, false, false);
        @SuppressWarnings("unchecked")
        HashMap<Object, Shape> map = t instanceof HashMap<?, ?> ? (HashMap<Object, Shape>) t : new HashMap<>();
        if (t instanceof Shape single && single.lastKey != null) {
            map.put(new TransitionKey(single.lastKey, single.lastAttributes), single);
        }
        map.put(null, child);
        transitions = map;
        return child;
    }

    // ---- dictionary mode ----

    /** A fresh dictionary shape with the same properties and slots, owned by one object. */
    public Shape toDictionary() {
        return copyToDictionary(proto, extensible);
    }

    private Shape copyToDictionary(JSObject newProto, boolean ext) {
        ensureTables();
        Shape d = new Shape(newProto, null, null, 0, count, ext, true);
        int cap = Math.max(count * 2, 4);
        d.keys = java.util.Arrays.copyOf(keys, cap);
        d.attributes = java.util.Arrays.copyOf(attributes, cap);
        if (count > LINEAR_SCAN_LIMIT) {
            d.ensureHashTable();
        }
        return d;
    }

    /** Dictionary only: adds a property at slot {@code size()}. */
    void dictionaryAdd(Object key, int attrs) {
        if (count == keys.length) {
            keys = java.util.Arrays.copyOf(keys, count * 2);
            attributes = java.util.Arrays.copyOf(attributes, count * 2);
        }
        keys[count] = key;
        attributes[count] = attrs;
        if (table != null) {
            table.put(key, count);
        }
        count++;
        if (table == null) {
            ensureHashTable();
        }
    }

    /** Dictionary only: removes slot {@code slot}; later slots move down by one. */
    void dictionaryRemove(int slot) {
        System.arraycopy(keys, slot + 1, keys, slot, count - slot - 1);
        System.arraycopy(attributes, slot + 1, attributes, slot, count - slot - 1);
        count--;
        keys[count] = null;
        table = null;
        ensureHashTable();
    }

    /** Dictionary only. */
    void dictionarySetAttributes(int slot, int attrs) {
        attributes[slot] = attrs;
    }

    /** Dictionary only. */
    void dictionarySetProto(JSObject p) {
        proto = p;
    }

    /** Dictionary only. */
    Shape dictionaryPreventExtensions() {
        return copyToDictionary(proto, false);
    }

    /** The same properties with another prototype. */
    Shape withProto(JSObject newProto, Shape newRoot) {
        if (dictionary) {
            return copyToDictionary(newProto, extensible);
        }
        ensureTables();
        Shape s = newRoot;
        for (int i = 0; i < count; i++) {
            s = s.addProperty(keys[i], attributes[i]);
        }
        if (!extensible) {
            s = s.preventExtensions();
        }
        return s;
    }
}
