package dev.oryx.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;


import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * {@link OrderedHashTable} against two oracles on random operation sequences: a
 * {@link LinkedHashMap} over SameValueZero-canonical keys for contents and order, and the spec's
 * own model (a list that only grows, with deleted entries marked empty) for live cursors.
 */
class OrderedHashTablePropertyTest {
    private static final Symbol SYM = new Symbol("s");
    private static final JSObject OBJ = new JSObject(Shape.newRoot(null));
    /** Keys chosen to collide under SameValueZero in every way the representation allows. */
    private static final Object[] KEYS = {
        1, 1.0, 0, -0.0, 0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L), 2.5, "1", "a", "",
        true, false, Undefined.INSTANCE, Null.INSTANCE, SYM, OBJ, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    };

    sealed interface Op permits Put, Remove, Clear, NewCursor, Advance {
    }

    record Put(Object key, int value) implements Op {
    }

    record Remove(Object key) implements Op {
    }

    record Clear() implements Op {
    }

    record NewCursor() implements Op {
    }

    record Advance(int cursor) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Object> key = Arbitraries.of(KEYS);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(10, Combinators.combine(key, Arbitraries.integers()).as(Put::new)),
            net.jqwik.api.Tuple.of(6, key.map(Remove::new)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new Clear())),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(new NewCursor())),
            net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 7).map(Advance::new)));
        return op.list().ofMaxSize(300);
    }

    /** The SameValueZero class of a key for the LinkedHashMap oracle, computed independently. */
    private static Object canonical(Object k) {
        if (k instanceof Integer || k instanceof Double) {
            double d = ((Number) k).doubleValue();
            return Double.isNaN(d) ? "NaN-class" : (Object) (d + 0.0);
        }
        return k instanceof String s ? "string:" + s : k;
    }

    /** The spec's [[MapData]]: entries are appended and never removed, only emptied. */
    private static final class SpecList {
        final List<Object[]> entries = new ArrayList<>(); // {key, value, alive}

        void put(Object key, Object value) {
            for (Object[] e : entries) {
                if ((boolean) e[2] && Equality.sameValueZero(e[0], key)) {
                    e[1] = value;
                    return;
                }
            }
            Object k = key instanceof Double d && d == 0 ? (Object) 0.0 : key;
            entries.add(new Object[] {k, value, true});
        }

        void remove(Object key) {
            for (Object[] e : entries) {
                if ((boolean) e[2] && Equality.sameValueZero(e[0], key)) {
                    e[2] = false;
                }
            }
        }

        void clear() {
            for (Object[] e : entries) {
                e[2] = false;
            }
        }
    }

    @Property(tries = 400)
    void behavesLikeLinkedHashMapAndTheSpecModel(@ForAll("operations") List<Op> ops) {
        OrderedHashTable table = new OrderedHashTable(true);
        Map<Object, Object[]> oracle = new LinkedHashMap<>(); // canonical key -> {first key, value}
        SpecList spec = new SpecList();
        List<OrderedHashTable.Cursor> cursors = new ArrayList<>();
        List<int[]> modelCursors = new ArrayList<>(); // next index into spec.entries
        for (Op op : ops) {
            switch (op) {
                case Put p -> {
                    table.put(p.key(), p.value());
                    spec.put(p.key(), p.value());
                    Object[] existing = oracle.get(canonical(p.key()));
                    if (existing != null) {
                        existing[1] = p.value();
                    } else {
                        oracle.put(canonical(p.key()), new Object[] {p.key(), p.value()});
                    }
                }
                case Remove r -> {
                    assertEquals(oracle.remove(canonical(r.key())) != null, table.remove(r.key()));
                    spec.remove(r.key());
                }
                case Clear c -> {
                    table.clear();
                    spec.clear();
                    oracle.clear();
                }
                case NewCursor n -> {
                    cursors.add(table.cursor());
                    modelCursors.add(new int[] {0});
                }
                case Advance a -> {
                    if (cursors.isEmpty()) {
                        continue;
                    }
                    int i = a.cursor() % cursors.size();
                    advanceAndCompare(cursors.get(i), modelCursors.get(i), spec);
                }
            }
            assertEquals(oracle.size(), table.size());
        }
        for (Object k : KEYS) {
            Object[] expected = oracle.get(canonical(k));
            assertEquals(expected != null, table.has(k), "has " + k);
            assertEquals(expected == null ? null : expected[1], table.get(k), "get " + k);
        }
        // a fresh cursor walks the entries in insertion order
        OrderedHashTable.Cursor fresh = table.cursor();
        Iterator<Object[]> expected = oracle.values().iterator();
        while (fresh.advance()) {
            Object[] e = expected.next();
            assertTrue(Equality.sameValueZero(e[0], fresh.key()));
            assertEquals(e[1], fresh.value());
        }
        assertFalse(expected.hasNext());
        // and every live cursor finishes as the spec's iteration would
        for (int i = 0; i < cursors.size(); i++) {
            while (advanceAndCompare(cursors.get(i), modelCursors.get(i), spec)) {
                // drain
            }
        }
    }

    /** One step of a cursor and of its model; false when both are done. */
    private static boolean advanceAndCompare(OrderedHashTable.Cursor cursor, int[] model, SpecList spec) {
        Object[] next = null;
        while (model[0] < spec.entries.size()) {
            Object[] e = spec.entries.get(model[0]++);
            if ((boolean) e[2]) {
                next = e;
                break;
            }
        }
        boolean advanced = cursor.advance();
        assertEquals(next != null, advanced);
        if (next != null) {
            assertTrue(Equality.sameValue(next[0], cursor.key()), next[0] + " vs " + cursor.key());
            assertEquals(next[1], cursor.value());
        }
        return advanced;
    }

    @Example
    void normalizeMakesOneJavaObjectPerSameValueZeroClass() {
        assertEquals(1, OrderedHashTable.normalize(1.0));
        assertEquals(0, OrderedHashTable.normalize(-0.0));
        assertEquals(Double.NaN, OrderedHashTable.normalize(Double.longBitsToDouble(0x7ff8000000000001L)));
        assertEquals(2.5, OrderedHashTable.normalize(2.5));
        assertSame(SYM, OrderedHashTable.normalize(SYM));
    }

    @Example
    void setTableStoresNoValues() {
        OrderedHashTable set = new OrderedHashTable(false);
        set.put("x", "ignored");
        OrderedHashTable.Cursor c = set.cursor();
        assertTrue(c.advance());
        assertEquals("x", c.key());
        assertNull(c.value());
    }
}
