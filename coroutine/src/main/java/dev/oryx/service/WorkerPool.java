package dev.oryx.service;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The worker threads of a {@link ServiceRuntime}: they take ready services from one FIFO queue and
 * run a turn of each. A service is in the queue at most once (its state goes IDLE -> SCHEDULED
 * before it is queued), so it runs on one thread at a time; after its turn it goes to the tail if
 * it still has work, which shares the workers fairly.
 */
final class WorkerPool {
    private final LinkedBlockingQueue<Object> ready = new LinkedBlockingQueue<>();
    private final Thread[] threads;
    private final Object stopMark = new Object();

    WorkerPool(int workers, String name) {
        threads = new Thread[workers];
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, name + "-worker-" + (i + 1));
            t.setDaemon(true);
            threads[i] = t;
        }
    }

    void start() {
        for (Thread t : threads) {
            t.start();
        }
    }

    void submit(Service s) {
        ready.add(s);
    }

    private void work() {
        while (true) {
            Object next;
            try {
                next = ready.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == stopMark) {
                return;
            }
            ((Service) next).runTurn();
        }
    }

    /** Stops the workers after their current turn; true when all stopped within the time. */
    boolean stop(long timeout, TimeUnit unit) throws InterruptedException {
        for (int i = 0; i < threads.length; i++) {
            ready.add(stopMark);
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                t.join(Math.max(1, left / 1_000_000));
            }
        }
        for (Thread t : threads) {
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    boolean isWorkerThread() {
        Thread me = Thread.currentThread();
        for (Thread t : threads) {
            if (t == me) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return threads.length;
    }
}
