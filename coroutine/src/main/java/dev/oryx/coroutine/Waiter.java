package dev.oryx.coroutine;

import java.util.concurrent.Future;

import dev.oryx.api.JSContext;

/** A generator waiting on a session: what a resumption needs to run it, and its deadline timer. */
final class Waiter {
    final long session;
    final JSContext context;
    final Object generator;
    final int serviceId;
    final long registeredNanos;
    final long timeoutNanos;
    /** The error a deadline throws; null for the default TimeoutError. */
    final DeferredValue timeoutError;
    /** The deadline timer; set just after registration, so a timer may fire for a waiter already gone (it then finds nothing). */
    volatile Future<?> timer;

    Waiter(long session, JSContext context, Object generator, int serviceId, long timeoutNanos, DeferredValue timeoutError) {
        this.session = session;
        this.context = context;
        this.generator = generator;
        this.serviceId = serviceId;
        this.registeredNanos = System.nanoTime();
        this.timeoutNanos = timeoutNanos;
        this.timeoutError = timeoutError;
    }

    void cancelTimer() {
        Future<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
    }
}
