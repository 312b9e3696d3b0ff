package dev.oryx.bytecode;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;

/**
 * The inline cache of one property-access site (DESIGN: caches live in the bytecode's data, not
 * in Java profiles). Up to {@link #WAYS} entries, then megamorphic. An entry remembers the
 * receiver shape and where the property was found: the slot in the receiver, or the holder on the
 * prototype chain with the shapes of every object in between (so a later change anywhere on the
 * path misses); for stores, also the shape after adding a new property.
 */
public final class PropertyCache {
    public static final int WAYS = 4;

    /** Receiver shapes; null entries unused. */
    public final Shape[] shapes = new Shape[WAYS];
    /** Slot in the holder. */
    public final int[] slots = new int[WAYS];
    /** Holder for prototype hits, null for own properties. */
    public final JSObject[] holders = new JSObject[WAYS];
    /** Shapes of the prototypes from the receiver's prototype to the holder (prototype hits), or up to null (add transitions). */
    public final Shape[][] chains = new Shape[WAYS][];
    /** Stores: the shape after the add transition, or null for a store to an existing property. */
    public final Shape[] transitions = new Shape[WAYS];
    /** Loads: the slot holds an Accessor. */
    public final boolean[] accessors = new boolean[WAYS];
    public int count;
    /**
     * The first entry that is an own data property without a transition, again in two plain
     * fields: the monomorphic case, checked before the arrays with one load and one comparison.
     * Null until there is such an entry. A GET_GLOBAL site keeps the global object's shape and
     * the slot it read here (with {@link #globalEpoch}), and uses no entry.
     */
    public Shape own;
    /** The slot of {@link #own}'s property. */
    public int ownSlot;
    public boolean megamorphic;
    /**
     * The number of entries when compiled code last made its checks of this GET_PROP site from
     * them, or -1; a new entry compiles the function again when this is positive.
     */
    public int compiledCount = -1;
    /** Global name sites: the binding's Cell when it is a global lexical (let/const/class), else null. */
    public Object globalCell;
    /** Global name sites: the realm's lexical epoch when entry 0 (global object shape and slot) was cached. */
    public int globalEpoch = -1;

    /** Adds an entry, going megamorphic when full. */
    public void add(Shape shape, int slot, JSObject holder, Shape[] chain, Shape transition, boolean accessor) {
        if (megamorphic) {
            return;
        }
        if (count == WAYS) {
            megamorphic = true;
            return;
        }
        int i = count++;
        shapes[i] = shape;
        slots[i] = slot;
        holders[i] = holder;
        chains[i] = chain;
        transitions[i] = transition;
        accessors[i] = accessor;
        if (own == null && holder == null && chain == null && transition == null && !accessor) {
            ownSlot = slot;
            own = shape;
        }
    }

    /** True when the prototype shapes recorded for entry {@code i} still match. */
    public boolean chainValid(int i) {
        Shape[] chain = chains[i];
        if (chain == null) {
            return true;
        }
        JSObject p = shapes[i].proto();
        for (Shape s : chain) {
            if (p == null || p.shape != s) {
                return false;
            }
            p = s.proto();
        }
        return true;
    }
}
