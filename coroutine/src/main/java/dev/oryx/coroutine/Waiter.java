package dev.oryx.coroutine;

import dev.oryx.api.JSContext;

/**
 * A generator waiting on a session: what a resumption needs to run it. A waiter with a deadline is
 * also a node of the {@link SessionTable}'s timing wheel (no timer object per wait).
 */
final class Waiter {
    /** Final in effect: set before the waiter is published (by {@link SessionTable#issueAndRegister} in the table's lock). */
    long session;
    final JSContext context;
    final Object generator;
    final int serviceId;
    /** The host's own data for this wait, given back in {@link Step} and {@link PendingWait}. */
    final Object attachment;
    final long registeredNanos;
    final long timeoutNanos;
    /** The error a deadline throws; null for the default TimeoutError. */
    final DeferredValue timeoutError;

    /** The timing wheel's slot while linked in it, else -1; the wheel's list links. */
    int wheelSlot = -1;
    Waiter wheelPrev;
    Waiter wheelNext;

    Waiter(long session, JSContext context, Object generator, int serviceId, long timeoutNanos, DeferredValue timeoutError, Object attachment) {
        this(session, context, generator, serviceId, System.nanoTime(), timeoutNanos, timeoutError, attachment);
    }

    Waiter(long session, JSContext context, Object generator, int serviceId, long registeredNanos, long timeoutNanos, DeferredValue timeoutError,
        Object attachment) {
        this.session = session;
        this.context = context;
        this.generator = generator;
        this.serviceId = serviceId;
        this.attachment = attachment;
        this.registeredNanos = registeredNanos;
        this.timeoutNanos = timeoutNanos;
        this.timeoutError = timeoutError;
    }

    long deadlineNanos() {
        return registeredNanos + timeoutNanos;
    }
}
