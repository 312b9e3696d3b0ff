package dev.oryx.coroutine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The session table's timing wheel with a synthetic clock, and its long-keyed map against HashMap. */
class SessionTableTest {
    private final java.util.concurrent.atomic.AtomicInteger tickerStarts = new java.util.concurrent.atomic.AtomicInteger();
    private static final long TICK = SessionTable.TICK_NANOS;

    private static Waiter waiter(long session, long registered, long timeout) {
        return new Waiter(session, null, null, 0, registered, timeout, null, null);
    }

    private static List<Long> expire(SessionTable t, long now) {
        List<Waiter> due = new ArrayList<>();
        t.expireDue(now, due);
        List<Long> out = new ArrayList<>();
        for (Waiter w : due) {
            out.add(w.session);
        }
        return out;
    }

    /** Regression: a deadline late in its tick was skipped by that tick's visit and waited a whole wheel turn (2.56 s). */
    @Test
    void aDeadlineLateInATickFiresAtTheNextTickNotAWheelTurnLater() {
        SessionTable t = new SessionTable(100, 1024, tickerStarts::incrementAndGet);
        long base = Math.floorDiv(System.nanoTime(), TICK) * TICK + 10 * TICK;
        expire(t, base - TICK);
        long s = t.issue();
        assertEquals(WaitStatus.REGISTERED, t.register(waiter(s, base, 4_000_000)));
        assertEquals(1, tickerStarts.get(), "the first deadline starts the ticker");
        Waiter second = waiter(t.issue(), base, 1000 * TICK);
        assertEquals(WaitStatus.REGISTERED, t.register(second));
        assertEquals(1, tickerStarts.get(), "the ticker runs already");
        assertEquals(List.of(), expire(t, base + 1_000_000), "not due yet");
        assertEquals(List.of(s), expire(t, base + TICK), "due at the first tick after the deadline");
        t.take(second.session);
        assertFalse(t.expireDue(base + 2 * TICK, new ArrayList<>()), "no deadline left: the ticker stops");
        assertEquals(WaitStatus.REGISTERED, t.register(waiter(t.issue(), base, TICK)));
        assertEquals(2, tickerStarts.get(), "a new deadline starts it again");
    }

    @Test
    void deadlinesPassedWhileTheTickerWasLateAllFire() {
        SessionTable t = new SessionTable(100, 1024, tickerStarts::incrementAndGet);
        long base = Math.floorDiv(System.nanoTime(), TICK) * TICK;
        expire(t, base);
        List<Long> expected = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            long s = t.issue();
            t.register(waiter(s, base, i * 1_700_000L));
            expected.add(s);
        }
        long far = t.issue();
        t.register(waiter(far, base, 10_000 * TICK));
        List<Long> due = expire(t, base + 3 * SessionTable.SLOTS * TICK);
        due.sort(null);
        assertEquals(expected, due, "a late ticker catches up, at most one turn of slots");
        assertEquals(1, t.size());
        assertEquals(List.of(), expire(t, base + 3 * SessionTable.SLOTS * TICK + TICK), "longer waits stay until due");
    }

    @Test
    void takenWaitersLeaveTheWheel() {
        SessionTable t = new SessionTable(100, 1024, tickerStarts::incrementAndGet);
        long base = Math.floorDiv(System.nanoTime(), TICK) * TICK;
        expire(t, base);
        long a = t.issue();
        long b = t.issue();
        t.register(waiter(a, base, TICK));
        t.register(waiter(b, base, TICK));
        assertEquals(a, t.take(a).session);
        assertEquals(List.of(b), expire(t, base + 5 * TICK));
        assertEquals(2, t.inFlight());
    }

    @Property(tries = 200)
    void deadlinesFireNoEarlierThanDueAndAtMostOneTickLate(@ForAll @Size(min = 1, max = 40) List<@LongRange(min = 1, max = 50_000_000) Long> timeouts,
        @ForAll @LongRange(min = 0, max = 4_999_999) long phase) {
        SessionTable t = new SessionTable(100, 1024, tickerStarts::incrementAndGet);
        long base = Math.floorDiv(System.nanoTime(), TICK) * TICK + phase;
        expire(t, base);
        Map<Long, Long> deadlines = new HashMap<>();
        for (long timeout : timeouts) {
            long s = t.issue();
            t.register(waiter(s, base, timeout));
            deadlines.put(s, base + timeout);
        }
        for (long now = base; !deadlines.isEmpty(); now += 1_000_000) {
            List<Waiter> due = new ArrayList<>();
            assertTrue(t.expireDue(now, due) || deadlines.size() == due.size(), "the ticker stopped with deadlines left");
            for (Waiter w : due) {
                long d = deadlines.remove(w.session);
                assertTrue(now >= d, "fired early");
                assertTrue(now - d < TICK + 1_000_000, "fired " + (now - d) + " ns late");
            }
        }
    }

    @Property(tries = 100)
    void longMapBehavesLikeHashMap(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 2) Integer> ops,
        @ForAll @Size(min = 400, max = 400) List<@LongRange(min = 1, max = 300) Long> keys) {
        LongMap<Long> map = new LongMap<>();
        Map<Long, Long> model = new HashMap<>();
        for (int i = 0; i < ops.size(); i++) {
            long k = keys.get(i);
            switch (ops.get(i)) {
                case 0 -> {
                    if (!model.containsKey(k)) {
                        map.put(k, k * 7);
                        model.put(k, k * 7);
                    }
                }
                case 1 -> assertEquals(model.remove(k), map.remove(k));
                default -> assertEquals(model.get(k), map.get(k));
            }
            assertEquals(model.size(), map.size());
        }
        for (Map.Entry<Long, Long> e : model.entrySet()) {
            assertEquals(e.getValue(), map.get(e.getKey()));
        }
        assertEquals(model.size(), map.values().size());
    }
}
