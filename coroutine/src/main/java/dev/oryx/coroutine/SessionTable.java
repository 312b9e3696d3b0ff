package dev.oryx.coroutine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Sessions and their waiters. Session ids come from a 64-bit counter and are never reused, so
 * a late resume can never wake a stranger (the original wrapped at 65,535). A session may be
 * waited on once: a ring of bits over the last {@code window} issued sessions remembers which are
 * still unused, in constant memory; an older unused session can no longer be waited on.
 * Synchronized: each manager has one owner thread plus timers and foreign resumers, so the lock
 * is rarely contended.
 */
final class SessionTable {
    private final int maxWaits;
    private final long windowMask;
    private final long[] unused;
    private final HashMap<Long, Waiter> waiting = new HashMap<>();
    private long lastIssued;
    /** Waiters taken (by a resume, cancel, deadline or close) whose resumption has not finished running. */
    private int inFlight;

    SessionTable(int maxWaits, int window) {
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
        waiting.put(s, w);
        return WaitStatus.REGISTERED;
    }

    /**
     * Removes and returns the session's waiter, or null. A taken waiter is in flight until
     * {@link #finished()}: counted in the same lock, so no observer sees a wait that is neither
     * waiting nor in flight.
     */
    synchronized Waiter take(long session) {
        Waiter w = waiting.remove(session);
        if (w != null) {
            inFlight++;
        }
        return w;
    }

    /** Removes the session's waiter only if it is {@code w} (a deadline firing for its own wait). */
    synchronized boolean take(long session, Waiter w) {
        if (waiting.remove(session, w)) {
            inFlight++;
            return true;
        }
        return false;
    }

    synchronized List<Waiter> takeAll() {
        List<Waiter> all = new ArrayList<>(waiting.values());
        waiting.clear();
        inFlight += all.size();
        all.sort((a, b) -> Long.compare(a.session, b.session));
        return all;
    }

    synchronized List<Waiter> snapshot() {
        List<Waiter> all = new ArrayList<>(waiting.values());
        all.sort((a, b) -> Long.compare(a.session, b.session));
        return all;
    }

    synchronized int size() {
        return waiting.size();
    }

    /** A taken waiter's resumption has run (or was dropped). */
    synchronized void finished() {
        inFlight--;
    }

    synchronized int inFlight() {
        return inFlight;
    }
}
