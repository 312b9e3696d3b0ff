package dev.oryx.coroutine;

import java.util.ArrayList;
import java.util.List;

/**
 * Sessions, their waiters and their deadlines. Session ids come from a 64-bit counter and are
 * never reused, so a late resume can never wake a stranger (the original wrapped at 65,535). A
 * session may be waited on once: a ring of bits over the last {@code window} issued sessions
 * remembers which are still unused, in constant memory; an older unused session can no longer be
 * waited on.
 *
 * <p>Deadlines live in a timing wheel of {@link #SLOTS} slots of {@link #TICK_NANOS}: a waiter
 * with a deadline is linked into the slot of the first tick after its deadline (O(1) to add and
 * remove), and {@link #expireDue} visits the slots whose ticks passed, so a deadline fires up to
 * one tick late.
 * Waits longer than a wheel turn stay in their slot and are skipped until due.
 *
 * <p>Synchronized: each manager has one owner thread plus its ticker and foreign resumers, so the
 * lock is rarely contended.
 */
final class SessionTable {
    static final long TICK_NANOS = 5_000_000;
    static final int SLOTS = 512;

    private final int maxWaits;
    private final long windowMask;
    private final long[] unused;
    private final LongMap<Waiter> waiting = new LongMap<>();
    private long lastIssued;
    /** Waiters taken (by a resume, cancel, deadline or close) whose resumption has not finished running. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    private final Waiter[] wheel = new Waiter[SLOTS];
    private int timed;
    /** The last tick whose slot {@link #expireDue} visited (a stopped ticker catches up from there, at most one turn). */
    private long lastTick = Math.floorDiv(System.nanoTime(), TICK_NANOS);
    /** Whether the manager's ticker runs (it stops when no deadline is left). */
    private boolean ticking;

    /** Schedules the first tick; runs in the table's lock (it must not call back into the table). */
    private final Runnable startTicker;

    SessionTable(int maxWaits, int window, Runnable startTicker) {
        this.startTicker = startTicker;
        this.maxWaits = maxWaits;
        this.windowMask = window - 1;
        this.unused = new long[Math.max(1, window >>> 6)];
    }

    synchronized long issue() {
        long s = ++lastIssued;
        int bit = (int) (s & windowMask);
        unused[bit >>> 6] |= 1L << bit;
        return s;
    }

    synchronized long issuedCount() {
        return lastIssued;
    }

    /**
     * Registers the waiter. The first deadline while the ticker is stopped starts it
     * ({@link #startTicker}, in the same lock: one lock per wait, not two).
     */
    synchronized WaitStatus register(Waiter w) {
        long s = w.session;
        if (s < 1 || s > lastIssued) {
            return WaitStatus.UNKNOWN_SESSION;
        }
        int bit = (int) (s & windowMask);
        if (lastIssued - s > windowMask || (unused[bit >>> 6] & (1L << bit)) == 0) {
            return WaitStatus.SESSION_USED;
        }
        if (waiting.size() >= maxWaits) {
            return WaitStatus.LIMIT_REACHED;
        }
        unused[bit >>> 6] &= ~(1L << bit);
        enter(s, w);
        return WaitStatus.REGISTERED;
    }

    /** Issues a session for {@code w} and registers it (one lock for both); false when the limit of waits is reached (nothing issued). */
    synchronized boolean issueAndRegister(Waiter w) {
        if (waiting.size() >= maxWaits) {
            return false;
        }
        long s = ++lastIssued;
        // used at once: its unused bit must be clear (an older session on the same bit may have left it set)
        int bit = (int) (s & windowMask);
        unused[bit >>> 6] &= ~(1L << bit);
        w.session = s;
        enter(s, w);
        return true;
    }

    /** Puts {@code w} in the table under session {@code s}, on the timing wheel when it has a deadline (the first starts the ticker). */
    private void enter(long s, Waiter w) {
        waiting.put(s, w);
        if (w.timeoutNanos > 0) {
            link(w);
            if (!ticking) {
                ticking = true;
                startTicker.run();
            }
        }
    }

    /**
     * Removes and returns the session's waiter, or null. A taken waiter is in flight until
     * {@link #finished()}: counted in the same lock, so no observer sees a wait that is neither
     * waiting nor in flight.
     */
    synchronized Waiter take(long session) {
        Waiter w = waiting.remove(session);
        if (w != null) {
            unlink(w);
            inFlight.incrementAndGet();
        }
        return w;
    }

    /** Removes the session's waiter only if it is {@code w}. */
    synchronized boolean take(long session, Waiter w) {
        if (waiting.get(session) == w) {
            waiting.remove(session);
            unlink(w);
            inFlight.incrementAndGet();
            return true;
        }
        return false;
    }

    synchronized List<Waiter> takeAll() {
        List<Waiter> all = waiting.values();
        waiting.clear();
        for (Waiter w : all) {
            unlink(w);
        }
        inFlight.addAndGet(all.size());
        all.sort((a, b) -> Long.compare(a.session, b.session));
        return all;
    }

    /**
     * Takes the waiters whose deadline passed into {@code due} (they are in flight, like any taken
     * waiter). Returns whether the ticker goes on: false when no deadline is left.
     */
    synchronized boolean expireDue(long now, List<Waiter> due) {
        long tick = Math.floorDiv(now, TICK_NANOS);
        long from = Math.max(lastTick + 1, tick - SLOTS + 1);
        for (long t = from; t <= tick; t++) {
            for (Waiter w = wheel[(int) (t & (SLOTS - 1))]; w != null; ) {
                Waiter next = w.wheelNext;
                if (w.deadlineNanos() <= now) {
                    waiting.remove(w.session);
                    unlink(w);
                    inFlight.incrementAndGet();
                    due.add(w);
                }
                w = next;
            }
        }
        lastTick = tick;
        ticking = timed > 0;
        return ticking;
    }

    /**
     * Links into the slot of the first tick at or after the deadline (so the visit of that slot
     * finds it due), or of the next tick to visit when that one was visited already.
     */
    private void link(Waiter w) {
        int slot = (int) (Math.max(Math.ceilDiv(w.deadlineNanos(), TICK_NANOS), lastTick + 1) & (SLOTS - 1));
        w.wheelSlot = slot;
        Waiter head = wheel[slot];
        w.wheelNext = head;
        w.wheelPrev = null;
        if (head != null) {
            head.wheelPrev = w;
        }
        wheel[slot] = w;
        timed++;
    }

    private void unlink(Waiter w) {
        if (w.wheelSlot < 0) {
            return;
        }
        if (w.wheelPrev != null) {
            w.wheelPrev.wheelNext = w.wheelNext;
        } else {
            wheel[w.wheelSlot] = w.wheelNext;
        }
        if (w.wheelNext != null) {
            w.wheelNext.wheelPrev = w.wheelPrev;
        }
        w.wheelPrev = null;
        w.wheelNext = null;
        w.wheelSlot = -1;
        timed--;
    }

    synchronized List<Waiter> snapshot() {
        List<Waiter> all = waiting.values();
        all.sort((a, b) -> Long.compare(a.session, b.session));
        return all;
    }

    synchronized Waiter get(long session) {
        return waiting.get(session);
    }

    synchronized int size() {
        return waiting.size();
    }

    /**
     * A taken waiter's resumption has run (or was dropped). Without the lock (one lock less per
     * resumption): a waiter only leaves the in-flight count after it left the table, so no
     * observer can miss it.
     */
    void finished() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }
}
