package dev.oryx.service;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads of a {@link ServiceRuntime}: they run turns of ready services. A service is
 * ready at most once (its state goes IDLE -> SCHEDULED before it is handed over), so it runs on
 * one thread at a time.
 *
 * <p>Where a ready service waits, and why:
 * <ul>
 * <li>A service made ready by a turn on a worker (the callee of a request, the caller of a reply)
 *     goes to that worker's <em>next slot</em> when it is free, and the worker runs it right after
 *     the current turn, like Go's {@code runnext}. An RPC exchange then stays on one thread with
 *     its data in that core's cache, and needs no other thread woken: waking a parked worker
 *     (LockSupport.unpark, a system call and a context switch) and moving the services to another
 *     core made a round trip on two workers slower than on one.</li>
 * <li>Everything else (a second service made ready by the same turn, services made ready by the
 *     host or the timer, a service that still has work after its turn) goes to the tail of one
 *     FIFO queue, which shares the workers fairly.</li>
 * <li>Fairness: a worker runs at most {@link #MAX_CHAIN} turns in a row from its next slot; then
 *     the slot's service goes to the tail of the queue.</li>
 * <li>Latency: a worker that idles takes from the queue, and takes a service from another
 *     worker's next slot once it waited there longer than {@link #STEAL_AFTER_NANOS} (its worker is
 *     in a long turn). An idle worker spins {@link #SPIN_NANOS} before it parks; while any worker
 *     is busy it parks for at most {@link #PATROL_NANOS}, so a slot never waits much longer than
 *     that behind a long turn.</li>
 * </ul>
 */
final class WorkerPool {
    /** How long an idle worker polls before it parks. */
    static final long SPIN_NANOS = 50_000;
    /** How long a service may wait in a busy worker's next slot before an idle worker takes it. */
    static final long STEAL_AFTER_NANOS = 200_000;
    /** The longest park of an idle worker while another worker is busy. */
    static final long PATROL_NANOS = 1_000_000;
    /** Turns in a row a worker may take from its own next slot before it yields to the queue. */
    static final int MAX_CHAIN = 16;

    private final ConcurrentLinkedQueue<Service> ready = new ConcurrentLinkedQueue<>();
    private final Worker[] workers;
    /** Workers polling without parking: while one spins, a submit to the queue needs no wake-up. */
    private final AtomicInteger spinning = new AtomicInteger();
    /** Workers in a turn (or between two turns): idle workers patrol the next slots while there are any. */
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean stopping;

    /** A worker thread with its next slot. */
    private final class Worker extends Thread {
        final AtomicReference<Service> next = new AtomicReference<>();
        /** When {@link #next} was filled (System.nanoTime): written before it, so a thief that saw the slot sees this. */
        long nextSince;
        /** Set by the worker before it parks; cleared by whoever wakes it (once). */
        final AtomicBoolean parked = new AtomicBoolean();
        /** The last park ended by its timeout: the next idle period parks again without spinning. */
        boolean patrolled;
        /** Turns taken from {@link #next} in a row. */
        int chain;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        WorkerPool pool() {
            return WorkerPool.this;
        }

        @Override
        public void run() {
            work(this);
        }
    }

    WorkerPool(int workers, String name) {
        this.workers = new Worker[workers];
        for (int i = 0; i < workers; i++) {
            this.workers[i] = new Worker(name + "-worker-" + (i + 1));
        }
    }

    void start() {
        for (Worker w : workers) {
            w.start();
        }
    }

    /** A service became ready: to the calling worker's next slot if it is free, else to the queue. */
    void submit(Service s) {
        if (Thread.currentThread() instanceof Worker w && w.pool() == this && w.next.get() == null) {
            w.nextSince = System.nanoTime();
            // a release store, not a full fence: only this worker needs it at once; a thief sees it nanoseconds later
            w.next.setRelease(s);
            return;
        }
        enqueue(s);
    }

    /** A service to the tail of the queue (after its turn, when it still has work). */
    void enqueue(Service s) {
        ready.add(s);
        // pairs with the worker's "parked = true, then look again": one of them sees the other
        if (spinning.get() == 0) {
            wakeOne();
        }
    }

    private void wakeOne() {
        for (Worker w : workers) {
            if (w.parked.get() && w.parked.compareAndSet(true, false)) {
                LockSupport.unpark(w);
                return;
            }
        }
    }

    private void work(Worker me) {
        if (busy.incrementAndGet() == 1) {
            wakeOne();
        }
        while (!stopping) {
            Service s = takeOwn(me);
            if (s == null) {
                s = ready.poll();
                if (s == null) {
                    busy.decrementAndGet();
                    s = idle(me);
                    if (busy.incrementAndGet() == 1) {
                        // the pool was idle: wake a worker that parked without a patrol, so one patrols now
                        wakeOne();
                    }
                    if (s == null) {
                        continue;
                    }
                }
                me.chain = 0;
                if (!ready.isEmpty() && spinning.get() == 0) {
                    wakeOne();
                }
            }
            s.runTurn();
        }
        busy.decrementAndGet();
    }

    /** The worker's next slot, unless the chain is long enough: then that service queues like the rest. */
    private Service takeOwn(Worker me) {
        Service s = me.next.getAndSet(null);
        if (s == null) {
            return null;
        }
        if (++me.chain > MAX_CHAIN) {
            // reset also when the queue is empty: a chain of two services may run for hours (the count must not overflow)
            me.chain = 0;
            if (!ready.isEmpty()) {
                enqueue(s);
                return null;
            }
        }
        return s;
    }

    /** A service that waited too long in another worker's next slot, or null. */
    private Service steal(Worker me, long now) {
        for (Worker w : workers) {
            if (w != me && w.next.get() != null && now - w.nextSince > STEAL_AFTER_NANOS) {
                Service s = w.next.getAndSet(null);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** Spins, then parks until woken (or a patrol is due); returns a service found meanwhile, or null (look again). */
    private Service idle(Worker me) {
        spinning.incrementAndGet();
        long start = System.nanoTime();
        Service found = null;
        int spins = 0;
        while (!me.patrolled && (found = ready.poll()) == null && !stopping) {
            Thread.onSpinWait();
            if ((++spins & 63) == 0) {
                long now = System.nanoTime();
                if ((found = steal(me, now)) != null || now - start > SPIN_NANOS) {
                    break;
                }
            }
        }
        spinning.decrementAndGet();
        me.patrolled = false;
        if (found != null || stopping) {
            return found;
        }
        me.parked.set(true);
        if (ready.isEmpty() && !stopping) {
            if (busy.get() > 0) {
                LockSupport.parkNanos(this, PATROL_NANOS);
            } else {
                LockSupport.park(this);
            }
        }
        // still set: nobody woke this worker (a patrol timeout), so no work arrived for it
        me.patrolled = me.parked.getAndSet(false);
        return steal(me, System.nanoTime());
    }

    /** Stops the workers after their current turn; true when all stopped within the time. */
    boolean stop(long timeout, TimeUnit unit) throws InterruptedException {
        stopping = true;
        for (Worker w : workers) {
            LockSupport.unpark(w);
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Worker w : workers) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                w.join(Math.max(1, left / 1_000_000));
            }
        }
        for (Worker w : workers) {
            if (w.isAlive()) {
                return false;
            }
        }
        return true;
    }

    boolean isWorkerThread() {
        return Thread.currentThread() instanceof Worker w && w.pool() == this;
    }

    int size() {
        return workers.length;
    }
}
