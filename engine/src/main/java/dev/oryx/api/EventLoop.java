package dev.oryx.api;

import java.util.PriorityQueue;

import dev.oryx.builtins.Builtins;
import dev.oryx.object.JSFunction;
import dev.oryx.object.NativeFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * A single-threaded event loop for a context, as the {@code oryx} command line runs scripts:
 * installs {@code setTimeout}, {@code clearTimeout}, {@code setInterval}, {@code clearInterval}
 * and {@code queueMicrotask}; {@link #run} drains the job queue, then runs due timers in order of
 * due time, then creation, draining the jobs after each. It returns when no timer is left, on
 * an uncaught error (thrown to the caller) or an unhandled promise rejection.
 */
public final class EventLoop {
    private final JSContext context;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final java.util.Map<Integer, Timer> byId = new java.util.HashMap<>();
    private long sequence;
    private int nextId = 1;

    private static final class Timer implements Comparable<Timer> {
        final int id;
        final JSFunction callback;
        final Object[] args;
        final long intervalNanos;
        final boolean repeat;
        long due;
        long seq;
        boolean cancelled;

        Timer(int id, JSFunction callback, Object[] args, long intervalNanos, boolean repeat) {
            this.id = id;
            this.callback = callback;
            this.args = args;
            this.intervalNanos = intervalNanos;
            this.repeat = repeat;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** An unhandled promise rejection ended the loop; {@link #getMessage()} describes the reason. */
    public static final class UnhandledRejectionException extends JSException {
        private static final long serialVersionUID = 1L;

        UnhandledRejectionException(Object reason) {
            super(reason);
        }
    }

    /** An event loop over {@code context}: installs the timer functions in its global object. */
    public EventLoop(JSContext context) {
        this.context = context;
        Realm realm = context.realm();
        context.setGlobal("setTimeout", timerFunction(realm, "setTimeout", false));
        context.setGlobal("setInterval", timerFunction(realm, "setInterval", true));
        context.setGlobal("clearTimeout", clearFunction(realm, "clearTimeout"));
        context.setGlobal("clearInterval", clearFunction(realm, "clearInterval"));
        context.setGlobal("queueMicrotask", Builtins.function(realm, "queueMicrotask", 1, (r, t, a) -> {
            Object cb = Builtins.arg(a, 0);
            if (!(cb instanceof JSFunction f)) {
                throw Errors.typeError(r, "queueMicrotask: callback " + Conversions.toDisplayString(cb) + " is not a function");
            }
            r.stack.jobs.enqueue(() -> f.call(Undefined.INSTANCE, JSFunction.NO_ARGS));
            return Undefined.INSTANCE;
        }));
    }

    private NativeFunction timerFunction(Realm realm, String name, boolean repeat) {
        return Builtins.function(realm, name, 2, (r, t, a) -> {
            Object cb = Builtins.arg(a, 0);
            if (!(cb instanceof JSFunction f)) {
                throw Errors.typeError(r, name + ": callback " + Conversions.toDisplayString(cb) + " is not a function");
            }
            double ms = a.length > 1 ? Conversions.toNumber(r, a[1]) : 0;
            if (!(ms >= 0)) {
                ms = 0;
            }
            ms = Math.min(ms, 2_147_483_647d);
            Object[] extra = a.length > 2 ? java.util.Arrays.copyOfRange(a, 2, a.length) : JSFunction.NO_ARGS;
            Timer timer = new Timer(nextId++, f, extra, (long) (ms * 1_000_000d), repeat);
            schedule(timer, System.nanoTime());
            byId.put(timer.id, timer);
            return timer.id;
        });
    }

    private NativeFunction clearFunction(Realm realm, String name) {
        return Builtins.function(realm, name, 1, (r, t, a) -> {
            Object id = Builtins.arg(a, 0);
            if (Conversions.isNumber(id)) {
                double d = Conversions.numberValue(id);
                if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                    Timer timer = byId.remove((int) d);
                    if (timer != null) {
                        timer.cancelled = true;
                    }
                }
            }
            return Undefined.INSTANCE;
        });
    }

    private void schedule(Timer timer, long now) {
        timer.due = now + timer.intervalNanos;
        timer.seq = sequence++;
        timers.add(timer);
    }

    /** Whether a timer is still pending. */
    public boolean hasTimers() {
        return timers.stream().anyMatch(t -> !t.cancelled);
    }

    /**
     * Runs jobs and timers until nothing is left. An uncaught error in a callback or job is
     * thrown ({@link JSException}); an unhandled rejection throws {@link UnhandledRejectionException}.
     */
    public void run() throws InterruptedException {
        drain();
        while (true) {
            Timer timer = timers.poll();
            if (timer == null) {
                return;
            }
            if (timer.cancelled) {
                continue;
            }
            long wait = timer.due - System.nanoTime();
            if (wait > 0) {
                timers.add(timer);
                sleep(wait);
                continue;
            }
            if (timer.repeat) {
                schedule(timer, System.nanoTime());
            } else {
                byId.remove(timer.id);
            }
            context.callRaw(timer.callback, Undefined.INSTANCE, timer.args);
            drain();
        }
    }

    private void sleep(long nanos) throws InterruptedException {
        long millis = nanos / 1_000_000;
        Thread.sleep(millis, (int) (nanos % 1_000_000));
    }

    private void drain() {
        context.runJobs();
        if (context.runFinalizationCleanups() > 0) {
            context.runJobs();
        }
        java.util.List<JSValue> rejected = context.takeUnhandledRejections();
        if (!rejected.isEmpty()) {
            throw new UnhandledRejectionException(rejected.get(0).raw());
        }
    }
}
