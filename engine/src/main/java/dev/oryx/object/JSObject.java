package dev.oryx.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * An ordinary object (ECMA-262 10.1) and the base class of all objects.
 *
 * <p>Named properties (Strings and Symbols) are described by the {@link Shape} and their values
 * sit in {@link #slots} (an {@link Accessor} for accessor properties). Array-index properties
 * are elements: {@link #dense} holds indices 0..n-1 (null = absent), every one writable,
 * enumerable and configurable; any other index, or an index with other attributes, lives in
 * {@link #sparse()}. An index is never in both.
 *
 * <p>The fields every object uses come first; the ones few objects use (sparse elements, the
 * child root shape of a prototype, private elements) are in a {@link Rare} made on first use,
 * so an ordinary object is 32 bytes with compressed references.
 *
 * <p>Exotic objects set {@link #exotic} and override the internal methods; the interpreter's
 * fast paths only touch objects where it is false.
 */
public class JSObject {
    public static final Object[] NO_SLOTS = new Object[0];

    /** Hidden class: prototype, extensibility and named property layout. */
    public Shape shape;
    /** Values of named properties, by slot. */
    public Object[] slots;
    /** Elements 0..dense.length-1; null marks an absent index. May be null. */
    public Object[] dense;
    /** What few objects have, or null. */
    private Rare rare;
    /** True when the internal methods are overridden in ways the fast paths cannot follow. */
    public final boolean exotic;

    /** The fields few objects use. */
    private static final class Rare {
        /** Elements not in {@link JSObject#dense}; null when there are none. */
        TreeMap<Long, Element> sparse;
        /** Root shape of objects created with this object as prototype. */
        Shape childRoot;
        /** [[PrivateElements]], created on first use. */
        java.util.IdentityHashMap<PrivateName, PrivateElement> privateElements;
    }

    private Rare rare() {
        Rare r = rare;
        if (r == null) {
            r = new Rare();
            rare = r;
        }
        return r;
    }

    /** Elements not in {@link #dense} (sparse, or with attributes of their own); null when there are none. */
    public final TreeMap<Long, Element> sparse() {
        Rare r = rare;
        return r == null ? null : r.sparse;
    }

    /** [[PrivateElements]], or null while there are none. */
    public final java.util.IdentityHashMap<PrivateName, PrivateElement> privateElements() {
        Rare r = rare;
        return r == null ? null : r.privateElements;
    }

    /** [[PrivateElements]], made empty on first use. */
    public final java.util.IdentityHashMap<PrivateName, PrivateElement> privateElementsForUpdate() {
        Rare r = rare();
        if (r.privateElements == null) {
            r.privateElements = new java.util.IdentityHashMap<>();
        }
        return r.privateElements;
    }

    /** An element outside dense storage. */
    public static final class Element {
        public Object value;
        public int attributes;

        Element(Object value, int attributes) {
            this.value = value;
            this.attributes = attributes;
        }
    }

    public JSObject(Shape shape) {
        this(shape, false);
    }

    /**
     * An ordinary object with slots made for {@code room} properties (at most {@link #MAX_ROOM}),
     * or for its shape's: an object literal's members, the fields its constructor assigned last time.
     */
    public JSObject(Shape shape, int room) {
        this(shape, Math.min(room, MAX_ROOM), false);
    }

    protected JSObject(Shape shape, boolean exotic) {
        this(shape, shape.size() == 0 ? 0 : 4, exotic);
    }

    private JSObject(Shape shape, int room, boolean exotic) {
        this.shape = shape;
        int n = Math.max(room, shape.size());
        this.slots = n == 0 ? NO_SLOTS : new Object[n];
        this.exotic = exotic;
    }

    /** The most slots made for an object before it has the properties to fill them. */
    public static final int MAX_ROOM = 32;

    /** A value read from {@link #slots}: a {@link NumberSlot}'s Number boxed, anything else itself. */
    public static Object slotValue(Object stored) {
        return stored instanceof NumberSlot n ? n.get() : stored;
    }

    /** The value of the named property at {@code slot}: {@link #slotValue}, made first when it is {@link Shape#LAZY}. */
    public final Object slotValueAt(int slot) {
        Object stored = slots[slot];
        return stored == null ? materialize(slot) : slotValue(stored);
    }

    /**
     * Makes, stores and returns the value of the {@link Shape#LAZY} property at {@code slot}: only
     * classes that create such properties override this (a function's "prototype").
     */
    protected Object materialize(int slot) {
        throw new IllegalStateException("no lazy property at slot " + slot);
    }

    /** The root shape for new ordinary objects whose prototype is this object. */
    public Shape childRootShape() {
        Rare rr = rare;
        Shape r = rr == null ? null : rr.childRoot;
        if (r == null) {
            r = Shape.newRoot(this);
            rare().childRoot = r;
        }
        return r;
    }

    /** The value of [[Class]]-like tag used by Object.prototype.toString for built-in kinds; "Object" for ordinary objects. */
    public String builtinTag() {
        return "Object";
    }

    // ======================================================================
    // Named property storage
    // ======================================================================

    /** Adds a named property that does not exist yet; no checks. */
    public final void addProperty(Object key, Object value, int attributes) {
        Shape s = shape;
        if (s.isDictionary()) {
            int slot = s.size();
            ensureSlots(slot + 1);
            s.dictionaryAdd(key, attributes);
            slots[slot] = value;
            return;
        }
        if (s.size() >= Shape.MAX_SHARED_PROPERTIES) {
            shape = s.toDictionary();
            addProperty(key, value, attributes);
            return;
        }
        int slot = s.size();
        ensureSlots(slot + 1);
        shape = s.addProperty(key, attributes);
        slots[slot] = value;
    }

    /** Grows {@link #slots} to hold at least {@code n} (also for an add transition of an inline cache). */
    public final void ensureSlots(int n) {
        if (slots.length < n) {
            int capacity = slotCapacity(slots.length, n);
            dev.oryx.runtime.MemoryAccount.reserveReferences(capacity);
            slots = Arrays.copyOf(slots, capacity);
        }
    }

    /**
     * The length of a slots array grown from {@code length} to hold at least {@code n}: doubled,
     * and at least 4 (an object built by a constructor, empty at first, would otherwise copy its
     * slots at its first, second and third property).
     */
    private static int slotCapacity(int length, int n) {
        return Math.max(n, Math.max(4, length * 2));
    }

    /** Removes the named property at {@code slot}. */
    final void removeSlot(int slot) {
        if (!shape.isDictionary()) {
            shape = shape.toDictionary();
        }
        int n = shape.size();
        System.arraycopy(slots, slot + 1, slots, slot, n - slot - 1);
        slots[n - 1] = null;
        shape.dictionaryRemove(slot);
    }

    final void setSlotAttributes(int slot, int attributes) {
        if (shape.attributesAt(slot) == attributes) {
            return;
        }
        if (!shape.isDictionary()) {
            shape = shape.toDictionary();
        }
        shape.dictionarySetAttributes(slot, attributes);
    }

    // ======================================================================
    // Element storage
    // ======================================================================

    /** The stored value (or Accessor) of element {@code index}, or null if absent. */
    public final Object elementValue(long index) {
        Object[] d = dense;
        if (d != null && index < d.length) {
            Object v = d[(int) index];
            if (v != null) {
                return v;
            }
        }
        TreeMap<Long, Element> sparse = sparse();
        if (sparse != null) {
            Element e = sparse.get(index);
            return e == null ? null : e.value;
        }
        return null;
    }

    /** Attributes of an existing element. */
    public final int elementAttributes(long index) {
        Object[] d = dense;
        if (d != null && index < d.length && d[(int) index] != null) {
            return Shape.DEFAULT;
        }
        Element e = sparse().get(index);
        return e.attributes;
    }

    /** Stores element {@code index} (creating or replacing it) with {@code attributes}. */
    public final void putElement(long index, Object value, int attributes) {
        Object[] d = dense;
        TreeMap<Long, Element> sparse = sparse();
        if (attributes == Shape.DEFAULT && index < Integer.MAX_VALUE - 8) {
            if (d != null && index < d.length) {
                d[(int) index] = value;
                if (sparse != null) {
                    sparse.remove(index);
                }
                return;
            }
            int length = d == null ? 0 : d.length;
            if (index < Math.max(16, (long) length * 2) && (sparse == null || !sparse.containsKey(index))
                && (index < length + 64 || denseEnough(d))) {
                int newLength = (int) Math.max(index + 1, Math.min(Math.max(8, (long) length * 2), Integer.MAX_VALUE - 8));
                dev.oryx.runtime.MemoryAccount.reserveReferences(newLength);
                dense = d == null ? new Object[newLength] : Arrays.copyOf(d, newLength);
                dense[(int) index] = value;
                return;
            }
        }
        if (d != null && index < d.length) {
            d[(int) index] = null;
        }
        if (sparse == null) {
            sparse = new TreeMap<>();
            rare().sparse = sparse;
        }
        Element e = sparse.get(index);
        if (e == null) {
            sparse.put(index, new Element(value, attributes));
        } else {
            e.value = value;
            e.attributes = attributes;
        }
    }

    /**
     * Whether the dense elements are at least a quarter used: growing them for a far index is then
     * worth it; otherwise the element goes to the sparse map (so a few far-apart indices cannot
     * make the dense array double towards 2^31 slots). Called only when the array would grow,
     * so the scan is amortized by the doubling.
     */
    private static boolean denseEnough(Object[] d) {
        if (d == null) {
            return false;
        }
        int used = 0;
        for (Object o : d) {
            if (o != null) {
                used++;
            }
        }
        return used * 4L >= d.length;
    }

    /** Replaces the value of an existing element, keeping its attributes. */
    public final void setElementValue(long index, Object value) {
        Object[] d = dense;
        if (d != null && index < d.length && d[(int) index] != null) {
            d[(int) index] = value;
            return;
        }
        sparse().get(index).value = value;
    }

    public final void removeElement(long index) {
        Object[] d = dense;
        if (d != null && index < d.length && d[(int) index] != null) {
            d[(int) index] = null;
            return;
        }
        TreeMap<Long, Element> sparse = sparse();
        if (sparse != null) {
            sparse.remove(index);
        }
    }

    /** Ascending list of the indices of existing elements. */
    public final List<Long> elementIndices() {
        List<Long> out = new ArrayList<>();
        Object[] d = dense;
        TreeMap<Long, Element> sparse = sparse();
        if (sparse == null) {
            if (d != null) {
                for (int i = 0; i < d.length; i++) {
                    if (d[i] != null) {
                        out.add((long) i);
                    }
                }
            }
            return out;
        }
        TreeMap<Long, Element> merged = new TreeMap<>(sparse);
        if (d != null) {
            for (int i = 0; i < d.length; i++) {
                if (d[i] != null) {
                    merged.put((long) i, null);
                }
            }
        }
        out.addAll(merged.keySet());
        return out;
    }

    // ======================================================================
    // Ordinary internal methods (10.1)
    // ======================================================================

    /** [[GetPrototypeOf]] */
    public JSObject getPrototypeOf(Realm realm) {
        return shape.proto();
    }

    /** [[SetPrototypeOf]] (10.1.2.1 OrdinarySetPrototypeOf) */
    public boolean setPrototypeOf(Realm realm, JSObject proto) {
        JSObject current = shape.proto();
        if (proto == current) {
            return true;
        }
        if (!shape.isExtensible()) {
            return false;
        }
        JSObject p = proto;
        while (p != null) {
            if (p == this) {
                return false;
            }
            if (p.exotic && p.hasCustomGetPrototypeOf()) {
                break;
            }
            p = p.shape.proto();
        }
        setPrototypeUnchecked(proto);
        return true;
    }

    /** Changes the prototype without the spec's checks (used when creating objects). */
    public final void setPrototypeUnchecked(JSObject proto) {
        if (shape.isDictionary()) {
            shape.dictionarySetProto(proto);
        } else {
            shape = shape.withProto(proto, proto == null ? Shape.newRoot(null) : proto.childRootShape());
        }
    }

    /** True for Proxy objects, whose [[GetPrototypeOf]] is not ordinary. */
    protected boolean hasCustomGetPrototypeOf() {
        return false;
    }

    /** [[IsExtensible]] */
    public boolean isExtensible(Realm realm) {
        return shape.isExtensible();
    }

    /** [[PreventExtensions]] */
    public boolean preventExtensions(Realm realm) {
        shape = shape.isDictionary() ? shape.dictionaryPreventExtensions() : shape.preventExtensions();
        return true;
    }

    /** [[GetOwnProperty]] (10.1.5.1 OrdinaryGetOwnProperty) */
    public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        if (PropertyKey.isIndex(key)) {
            long index = PropertyKey.index(key);
            Object v = elementValue(index);
            if (v == null) {
                return null;
            }
            return descriptorOf(v, elementAttributes(index));
        }
        int slot = shape.lookup(key);
        if (slot < 0) {
            return null;
        }
        int attributes = shape.attributesAt(slot);
        return descriptorOf((attributes & Shape.COMPUTED) != 0 ? computedValue(key) : slotValueAt(slot), attributes);
    }

    /**
     * The value of the {@link Shape#COMPUTED} property {@code key}, computed at each read: only
     * classes that create such properties override this (a sloppy function's legacy "caller").
     */
    protected Object computedValue(Object key) {
        throw new IllegalStateException("no computed property " + key);
    }

    static PropertyDescriptor descriptorOf(Object stored, int attributes) {
        if ((attributes & Shape.ACCESSOR) != 0) {
            Accessor a = (Accessor) stored;
            return PropertyDescriptor.accessor(a.getter, a.setter, attributes);
        }
        return PropertyDescriptor.data(stored, attributes);
    }

    /** [[DefineOwnProperty]] (10.1.6.1 OrdinaryDefineOwnProperty) */
    public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        return ordinaryDefineOwnProperty(key, desc);
    }

    protected final boolean ordinaryDefineOwnProperty(Object key, PropertyDescriptor desc) {
        boolean index = PropertyKey.isIndex(key);
        long idx = index ? PropertyKey.index(key) : -1;
        int slot = -1;
        Object stored;
        int attrs;
        if (index) {
            stored = elementValue(idx);
            attrs = stored == null ? 0 : elementAttributes(idx);
        } else {
            slot = shape.lookup(key);
            stored = slot < 0 ? null : slotValueAt(slot);
            attrs = slot < 0 ? 0 : shape.attributesAt(slot);
            if ((attrs & Shape.COMPUTED) != 0) {
                // validated and applied as an ordinary property holding the current value
                stored = computedValue(key);
                attrs &= ~Shape.COMPUTED;
            }
        }
        if (stored == null) {
            // 10.1.6.3 ValidateAndApplyPropertyDescriptor, current undefined
            if (!shape.isExtensible()) {
                return false;
            }
            Object value;
            int newAttrs = (desc.enumerable() ? Shape.ENUMERABLE : 0) | (desc.configurable() ? Shape.CONFIGURABLE : 0);
            if (desc.isAccessorDescriptor()) {
                value = new Accessor(desc.getter(), desc.setter());
                newAttrs |= Shape.ACCESSOR;
            } else {
                value = desc.value();
                newAttrs |= desc.writable() ? Shape.WRITABLE : 0;
            }
            if (index) {
                putElement(idx, value, newAttrs);
            } else {
                addProperty(key, value, newAttrs);
            }
            return true;
        }
        boolean configurable = (attrs & Shape.CONFIGURABLE) != 0;
        boolean isAccessor = (attrs & Shape.ACCESSOR) != 0;
        if (desc.isEmpty()) {
            return true;
        }
        if (!configurable) {
            if (desc.hasConfigurable() && desc.configurable()) {
                return false;
            }
            if (desc.hasEnumerable() && desc.enumerable() != ((attrs & Shape.ENUMERABLE) != 0)) {
                return false;
            }
            if (!desc.isGenericDescriptor() && desc.isAccessorDescriptor() != isAccessor) {
                return false;
            }
            if (isAccessor) {
                Accessor a = (Accessor) stored;
                if (desc.hasGet() && desc.getter() != a.getter) {
                    return false;
                }
                if (desc.hasSet() && desc.setter() != a.setter) {
                    return false;
                }
            } else if ((attrs & Shape.WRITABLE) == 0) {
                if (desc.hasWritable() && desc.writable()) {
                    return false;
                }
                if (desc.hasValue() && !dev.oryx.runtime.Equality.sameValue(desc.value(), stored)) {
                    return false;
                }
            }
        }
        // apply
        Object newValue;
        int newAttrs;
        if (!desc.isGenericDescriptor() && desc.isAccessorDescriptor() != isAccessor) {
            int keep = attrs & (Shape.ENUMERABLE | Shape.CONFIGURABLE);
            if (desc.isAccessorDescriptor()) {
                newValue = new Accessor(desc.getter(), desc.setter());
                newAttrs = keep | Shape.ACCESSOR;
            } else {
                newValue = desc.value();
                newAttrs = keep | (desc.writable() ? Shape.WRITABLE : 0);
            }
        } else if (isAccessor) {
            Accessor a = (Accessor) stored;
            newValue = (desc.hasGet() || desc.hasSet())
                ? new Accessor(desc.hasGet() ? desc.getter() : a.getter, desc.hasSet() ? desc.setter() : a.setter)
                : a;
            newAttrs = attrs;
        } else {
            newValue = desc.hasValue() ? desc.value() : stored;
            newAttrs = attrs;
            if (desc.hasWritable()) {
                newAttrs = desc.writable() ? newAttrs | Shape.WRITABLE : newAttrs & ~Shape.WRITABLE;
            }
        }
        if (desc.hasEnumerable()) {
            newAttrs = desc.enumerable() ? newAttrs | Shape.ENUMERABLE : newAttrs & ~Shape.ENUMERABLE;
        }
        if (desc.hasConfigurable()) {
            newAttrs = desc.configurable() ? newAttrs | Shape.CONFIGURABLE : newAttrs & ~Shape.CONFIGURABLE;
        }
        if (index) {
            if (newAttrs == attrs) {
                setElementValue(idx, newValue);
            } else {
                removeElement(idx);
                putElement(idx, newValue, newAttrs);
            }
        } else {
            setSlotAttributes(slot, newAttrs);
            slots[slot] = newValue;
        }
        return true;
    }

    /** [[HasProperty]] (10.1.7.1 OrdinaryHasProperty) */
    public boolean hasProperty(Realm realm, Object key) {
        JSObject o = this;
        while (true) {
            if (o.exotic) {
                if (o.hasOwnPropertyExotic(realm, key)) {
                    return true;
                }
                if (o.forwardsHasProperty()) {
                    return o.hasProperty(realm, key);
                }
            } else if (o.hasOwnOrdinary(key)) {
                return true;
            }
            JSObject parent = o.getPrototypeOf(realm);
            if (parent == null) {
                return false;
            }
            if (parent.exotic && parent.forwardsHasProperty()) {
                return parent.hasProperty(realm, key);
            }
            o = parent;
        }
    }

    /** For exotic objects whose [[HasProperty]] is not the ordinary one (Proxy, TypedArray). */
    protected boolean forwardsHasProperty() {
        return false;
    }

    protected boolean hasOwnPropertyExotic(Realm realm, Object key) {
        return getOwnProperty(realm, key) != null;
    }

    private boolean hasOwnOrdinary(Object key) {
        if (PropertyKey.isIndex(key)) {
            return elementValue(PropertyKey.index(key)) != null;
        }
        return shape.lookup(key) >= 0;
    }

    /** [[Get]] (10.1.8.1 OrdinaryGet), without allocating on the ordinary path. */
    public Object get(Realm realm, Object key, Object receiver) {
        JSObject o = this;
        boolean index = PropertyKey.isIndex(key);
        long idx = index ? PropertyKey.index(key) : -1;
        while (true) {
            if (o.exotic && o != this) {
                return o.get(realm, key, receiver);
            }
            if (o.exotic) {
                PropertyDescriptor d = o.getOwnProperty(realm, key);
                if (d != null) {
                    if (d.isAccessorDescriptor()) {
                        return callGetter(realm, d.getter(), receiver);
                    }
                    return d.value();
                }
            } else if (index) {
                Object v = o.elementValue(idx);
                if (v != null) {
                    if (v instanceof Accessor a) {
                        return callGetter(realm, a.getter, receiver);
                    }
                    return v;
                }
            } else {
                int slot = o.shape.lookup(key);
                if (slot >= 0) {
                    Object v = o.slotValueAt(slot);
                    int attributes = o.shape.attributesAt(slot);
                    if ((attributes & Shape.ACCESSOR) != 0) {
                        return callGetter(realm, ((Accessor) v).getter, receiver);
                    }
                    if ((attributes & Shape.COMPUTED) != 0) {
                        return o.computedValue(key);
                    }
                    return v;
                }
            }
            JSObject parent = o.exotic ? o.getPrototypeOf(realm) : o.shape.proto();
            if (parent == null) {
                return Undefined.INSTANCE;
            }
            o = parent;
        }
    }

    public static Object callGetter(Realm realm, JSObject getter, Object receiver) {
        if (getter == null) {
            return Undefined.INSTANCE;
        }
        return ((JSFunction) getter).call(receiver, JSFunction.NO_ARGS);
    }

    /** [[Set]] (10.1.9.2 OrdinarySetWithOwnDescriptor). */
    public boolean set(Realm realm, Object key, Object value, Object receiver) {
        JSObject o = this;
        boolean index = PropertyKey.isIndex(key);
        long idx = index ? PropertyKey.index(key) : -1;
        while (true) {
            if (o.exotic && o != this) {
                return o.set(realm, key, value, receiver);
            }
            Object stored;
            int attrs;
            int slot = -1;
            if (o.exotic) {
                PropertyDescriptor d = o.getOwnProperty(realm, key);
                if (d != null) {
                    return setWithOwnDescriptor(realm, key, value, receiver, d);
                }
                stored = null;
                attrs = 0;
            } else if (index) {
                stored = o.elementValue(idx);
                attrs = stored == null ? 0 : o.elementAttributes(idx);
            } else {
                slot = o.shape.lookup(key);
                stored = slot < 0 ? null : o.slotValueAt(slot);
                attrs = slot < 0 ? 0 : o.shape.attributesAt(slot);
            }
            if (stored != null) {
                if ((attrs & Shape.ACCESSOR) != 0) {
                    JSObject setter = ((Accessor) stored).setter;
                    if (setter == null) {
                        return false;
                    }
                    ((JSFunction) setter).call(receiver, new Object[] {value});
                    return true;
                }
                if ((attrs & Shape.WRITABLE) == 0) {
                    return false;
                }
                if (o == receiver && (attrs & Shape.SPECIAL) == 0) {
                    if (index) {
                        o.setElementValue(idx, value);
                    } else {
                        o.slots[slot] = value;
                    }
                    return true;
                }
                return setOnReceiver(realm, key, value, receiver);
            }
            JSObject parent = o.exotic ? o.getPrototypeOf(realm) : o.shape.proto();
            if (parent == null) {
                return setOnReceiver(realm, key, value, receiver);
            }
            o = parent;
        }
    }

    /** The part of OrdinarySetWithOwnDescriptor after ownDesc was found (exotic holders). */
    protected static boolean setWithOwnDescriptor(Realm realm, Object key, Object value, Object receiver, PropertyDescriptor ownDesc) {
        if (ownDesc.isDataDescriptor()) {
            if (!ownDesc.writable()) {
                return false;
            }
            return setOnReceiver(realm, key, value, receiver);
        }
        JSObject setter = ownDesc.setter();
        if (setter == null) {
            return false;
        }
        ((JSFunction) setter).call(receiver, new Object[] {value});
        return true;
    }

    /** Steps 2.c-2.e of OrdinarySetWithOwnDescriptor: create or update the data property on Receiver. */
    protected static boolean setOnReceiver(Realm realm, Object key, Object value, Object receiver) {
        if (!(receiver instanceof JSObject r)) {
            return false;
        }
        PropertyDescriptor existing = r.getOwnProperty(realm, key);
        if (existing != null) {
            if (existing.isAccessorDescriptor() || !existing.writable()) {
                return false;
            }
            return r.defineOwnProperty(realm, key, new PropertyDescriptor().setValue(value));
        }
        return r.defineOwnProperty(realm, key, PropertyDescriptor.data(value, Shape.DEFAULT));
    }

    /** [[Delete]] (10.1.10.1 OrdinaryDelete) */
    public boolean delete(Realm realm, Object key) {
        if (PropertyKey.isIndex(key)) {
            long idx = PropertyKey.index(key);
            if (elementValue(idx) == null) {
                return true;
            }
            if ((elementAttributes(idx) & Shape.CONFIGURABLE) == 0) {
                return false;
            }
            removeElement(idx);
            return true;
        }
        int slot = shape.lookup(key);
        if (slot < 0) {
            return true;
        }
        if ((shape.attributesAt(slot) & Shape.CONFIGURABLE) == 0) {
            return false;
        }
        removeSlot(slot);
        return true;
    }

    /** [[OwnPropertyKeys]] (10.1.11.1): indices ascending, then strings, then symbols, in creation order. */
    public List<Object> ownPropertyKeys(Realm realm) {
        List<Object> keys = new ArrayList<>();
        for (Long i : elementIndices()) {
            keys.add(PropertyKey.fromIndex(i));
        }
        appendNamedKeys(keys);
        return keys;
    }

    protected final void appendNamedKeys(List<Object> keys) {
        Shape s = shape;
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Object k = s.keyAt(i);
            if (k instanceof String) {
                keys.add(k);
            }
        }
        for (int i = 0; i < n; i++) {
            Object k = s.keyAt(i);
            if (!(k instanceof String)) {
                keys.add(k);
            }
        }
    }

    // ======================================================================
    // Conveniences used by builtins (spec abstract operations on objects)
    // ======================================================================

    /** Defines a data property directly (for building intrinsics and literals); replaces an existing one. */
    public final void defineOwn(Object key, Object value, int attributes) {
        if (PropertyKey.isIndex(key)) {
            putElement(PropertyKey.index(key), value, attributes);
            return;
        }
        int slot = shape.lookup(key);
        if (slot >= 0) {
            setSlotAttributes(slot, attributes);
            slots[slot] = value;
        } else {
            addProperty(key, value, attributes);
        }
    }

    /** Defines an accessor property directly (for building intrinsics and literals). */
    public final void defineAccessor(Object key, JSObject getter, JSObject setter, int attributes) {
        defineOwn(key, new Accessor(getter, setter), (attributes & ~Shape.WRITABLE) | Shape.ACCESSOR);
    }

    /** Own data value of a named property (no getters run), or null when absent, an accessor or computed. */
    public final Object getOwnDataValue(Object key) {
        int slot = shape.lookup(key);
        if (slot < 0 || (shape.attributesAt(slot) & (Shape.ACCESSOR | Shape.COMPUTED)) != 0) {
            return null;
        }
        return slotValueAt(slot);
    }

    /** For debugging. */
    @Override
    public String toString() {
        return "[object " + builtinTag() + "]";
    }

    /** Copies named properties and elements for tests and debugging. */
    public final Map<Object, Object> debugSnapshot() {
        Map<Object, Object> m = new java.util.LinkedHashMap<>();
        for (Object k : ownPropertyKeys(null)) {
            if (PropertyKey.isIndex(k)) {
                m.put(k, elementValue(PropertyKey.index(k)));
            } else {
                m.put(k, slotValueAt(shape.lookup(k)));
            }
        }
        return m;
    }
}
