package dev.oryx.object;

import java.util.Arrays;

/**
 * The [[MapData]] / [[SetData]] list of Map and Set (24.1, 24.2): entries in insertion order with
 * SameValueZero keys, and iteration that stays valid while the table changes.
 *
 * <p>Entries live in two parallel arrays in insertion order; a hash index (open hashing on
 * {@code int} chains, no boxing) maps keys to positions. Deleting an entry leaves a tombstone at
 * its position, so a live {@link Cursor} keeps its place and skips it; new entries are appended,
 * so a cursor reaches them. When tombstones pile up the arrays are compacted; {@code clear()}
 * empties them. Both renumber positions, so each renumbering is recorded in a {@link Renumbering}
 * that cursors created earlier follow to translate their position (the design of V8's
 * OrderedHashTable). The renumbering records are linked from old to new, and the table only holds
 * the newest, so records no cursor can reach are garbage.
 *
 * <p>Keys are stored normalized ({@link #normalize}): a number with an int32 value is an
 * {@link Integer}, so 1 and 1.0 are one key, and −0 is +0, as Map.prototype.set and
 * Set.prototype.add require.
 */
public final class OrderedHashTable {
    /** Marks a deleted entry in {@link #keys}. */
    private static final Object TOMBSTONE = new Object();
    private static final int NONE = -1;
    private static final int INITIAL_CAPACITY = 8;

    private Object[] keys = new Object[INITIAL_CAPACITY];
    private Object[] values;
    /** Next position in the same hash bucket, per entry; NONE ends the chain. */
    private int[] chain = new int[INITIAL_CAPACITY];
    /** First position per bucket; length is a power of two. */
    private int[] buckets = newBuckets(INITIAL_CAPACITY);
    /** Positions used (live entries and tombstones). */
    private int used;
    /** Live entries. */
    private int size;
    /** The latest renumbering; cursors compare theirs to it. */
    private Renumbering renumbering = new Renumbering();

    /** @param withValues false for a Set, whose entries have no values */
    public OrderedHashTable(boolean withValues) {
        values = withValues ? new Object[INITIAL_CAPACITY] : null;
    }

    /**
     * The key as stored: SameValueZero-equal numbers become one Java object (int32 values as
     * Integer, −0 as +0, every NaN as {@link Double#NaN}), a rope as its String, other values are unchanged.
     */
    public static Object normalize(Object key) {
        if (key instanceof Double d) {
            double x = d;
            int i = (int) x;
            if (i == x) {
                return i; // also turns -0 into +0
            }
            if (x != x) {
                return Double.NaN;
            }
        }
        if (key instanceof dev.oryx.string.ConsString c) {
            return c.flatten(); // a String value is stored (and hashed) as a Java String
        }
        return key;
    }

    /** Live entries. */
    public int size() {
        return size;
    }

    /** Position of the entry with key {@code key}, or -1. */
    private int find(Object key) {
        Object k = normalize(key);
        for (int i = buckets[bucket(k, buckets.length)]; i != NONE; i = chain[i]) {
            Object stored = keys[i];
            if (stored == k || (stored != TOMBSTONE && equalKeys(stored, k))) {
                return i;
            }
        }
        return NONE;
    }

    /** SameValueZero on normalized keys: objects and symbols by identity, primitives by value. */
    private static boolean equalKeys(Object a, Object b) {
        if (a instanceof JSObject || a instanceof dev.oryx.runtime.Symbol) {
            return false; // identical objects were caught by ==
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    private static int bucket(Object normalizedKey, int bucketCount) {
        int h = normalizedKey instanceof JSObject || normalizedKey instanceof dev.oryx.runtime.Symbol
            ? System.identityHashCode(normalizedKey) : normalizedKey.hashCode();
        h ^= h >>> 16;
        h *= 0x9E3779B1;
        return (h ^ (h >>> 15)) & (bucketCount - 1);
    }

    public boolean has(Object key) {
        return find(key) != NONE;
    }

    /** The value for {@code key}, or null when absent. */
    public Object get(Object key) {
        int i = find(key);
        return i == NONE ? null : values[i];
    }

    /** Sets the value of an existing entry or appends a new one (Map.prototype.set, Set.prototype.add). */
    public void put(Object key, Object value) {
        int i = find(key);
        if (i != NONE) {
            if (values != null) {
                values[i] = value;
            }
            return;
        }
        if (used == keys.length) {
            makeRoom();
        }
        Object k = normalize(key);
        int pos = used++;
        keys[pos] = k;
        if (values != null) {
            values[pos] = value;
        }
        int b = bucket(k, buckets.length);
        chain[pos] = buckets[b];
        buckets[b] = pos;
        size++;
    }

    /** Removes the entry with {@code key}; false if there was none. */
    public boolean remove(Object key) {
        int i = find(key);
        if (i == NONE) {
            return false;
        }
        // The tombstone stays in its bucket chain until the next compaction.
        keys[i] = TOMBSTONE;
        if (values != null) {
            values[i] = null;
        }
        size--;
        return true;
    }

    /** Removes every entry; cursors continue with entries added later. */
    public void clear() {
        if (used == 0) {
            return;
        }
        int capacity = INITIAL_CAPACITY;
        keys = new Object[capacity];
        values = values == null ? null : new Object[capacity];
        chain = new int[capacity];
        buckets = newBuckets(capacity);
        used = 0;
        size = 0;
        renumber(null);
    }

    /** Full arrays: compact if at least half are tombstones, else grow. */
    private void makeRoom() {
        int capacity = size * 2 <= used ? Math.max(INITIAL_CAPACITY, size * 2) : used * 2;
        Object[] newKeys = new Object[capacity];
        Object[] newValues = values == null ? null : new Object[capacity];
        int[] newChain = new int[capacity];
        int[] newBuckets = newBuckets(capacity);
        int[] removed = new int[used - size];
        int r = 0;
        int n = 0;
        for (int i = 0; i < used; i++) {
            Object k = keys[i];
            if (k == TOMBSTONE) {
                removed[r++] = i;
                continue;
            }
            newKeys[n] = k;
            if (newValues != null) {
                newValues[n] = values[i];
            }
            int b = bucket(k, newBuckets.length);
            newChain[n] = newBuckets[b];
            newBuckets[b] = n;
            n++;
        }
        keys = newKeys;
        values = newValues;
        chain = newChain;
        buckets = newBuckets;
        used = n;
        if (r > 0) {
            renumber(removed);
        }
    }

    private void renumber(int[] removedPositions) {
        Renumbering current = renumbering;
        current.removedPositions = removedPositions;
        current.cleared = removedPositions == null;
        Renumbering next = new Renumbering();
        current.next = next;
        renumbering = next;
    }

    private static int[] newBuckets(int capacity) {
        int[] b = new int[Integer.highestOneBit(Math.max(1, capacity - 1)) << 1];
        Arrays.fill(b, NONE);
        return b;
    }

    /** A cursor at the first entry. */
    public Cursor cursor() {
        return new Cursor(this);
    }

    /**
     * One renumbering of positions. Until it happens {@link #next} is null; then it holds what
     * changed: either everything was cleared, or the tombstones at {@link #removedPositions}
     * (ascending) were squeezed out.
     */
    private static final class Renumbering {
        Renumbering next;
        boolean cleared;
        int[] removedPositions;

        /** Where position {@code p} before this renumbering is after it. */
        int translate(int p) {
            if (cleared) {
                return 0;
            }
            int lo = 0;
            int hi = removedPositions.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (removedPositions[mid] < p) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return p - lo; // lo tombstones before p are gone
        }
    }

    /**
     * A position in a table that survives deletions, compaction and clear: the iteration state
     * of Map/Set iterators and forEach. Entries added before the cursor reaches the end are
     * visited; deleted entries are skipped.
     */
    public static final class Cursor {
        private final OrderedHashTable table;
        private Renumbering renumbering;
        private int position;
        private int current = NONE;

        Cursor(OrderedHashTable table) {
            this.table = table;
            this.renumbering = table.renumbering;
        }

        /** Moves to the next live entry; false at the end. */
        public boolean advance() {
            OrderedHashTable t = table;
            while (renumbering.next != null) {
                position = renumbering.translate(position);
                renumbering = renumbering.next;
            }
            Object[] k = t.keys;
            int p = position;
            while (p < t.used && k[p] == TOMBSTONE) {
                p++;
            }
            if (p >= t.used) {
                position = p;
                current = NONE;
                return false;
            }
            current = p;
            position = p + 1;
            return true;
        }

        /** Key of the entry {@link #advance()} moved to. */
        public Object key() {
            return table.keys[current];
        }

        /** Value of the entry {@link #advance()} moved to (null in a Set). */
        public Object value() {
            return table.values == null ? null : table.values[current];
        }
    }
}
