package dev.oryx.test262;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Runs jobs on a fixed number of lanes. Each lane hands its jobs to a worker thread of its own and
 * watches it: the engine's interrupt hook stops a looping script at the test's time limit, but a
 * test stuck in Java code that never polls the hook cannot be stopped, so when the worker has
 * used more CPU time than the hard limit (or more wall time than the wall cap) it is abandoned
 * (a daemon thread) and the lane carries on with a fresh worker.
 */
public final class ParallelRunner {
    /** Stack of the worker threads: deep enough for the parser's recursion on nested code. */
    static final long WORKER_STACK_BYTES = 16L << 20;
    private static final long WATCH_SLICE_MILLIS = 200;

    private final int lanes;
    private final long cpuLimitNanos;
    private final long wallCapNanos;
    private final AtomicInteger abandoned = new AtomicInteger();

    /**
     * @param lanes    how many jobs run at once
     * @param cpuLimit CPU time a job may use before its worker is abandoned
     * @param wallCap  wall time a job may take before its worker is abandoned (for jobs that block)
     */
    public ParallelRunner(int lanes, Duration cpuLimit, Duration wallCap) {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1");
        }
        this.lanes = lanes;
        this.cpuLimitNanos = cpuLimit.toNanos();
        this.wallCapNanos = wallCap.toNanos();
    }

    /** Worker threads given up on because a job did not return in time. */
    public int abandonedWorkers() {
        return abandoned.get();
    }

    /** A callback after each job (for progress output); called from the lane threads. */
    public interface Progress {
        void done(int index, Outcome outcome, long millis);
    }

    /**
     * Runs {@code task} on every job; the result array is in job order. The task must not throw
     * ({@link TestExecutor#run} does not); if it does, the exception is the job's outcome.
     */
    public <J> Outcome[] run(List<J> jobs, BiFunction<Integer, J, Outcome> task, Progress progress) {
        Outcome[] results = new Outcome[jobs.size()];
        AtomicInteger next = new AtomicInteger();
        Thread[] laneThreads = new Thread[lanes];
        for (int l = 0; l < lanes; l++) {
            laneThreads[l] = new Thread(() -> lane(jobs, task, progress, results, next), "test262-lane-" + l);
            laneThreads[l].start();
        }
        for (Thread t : laneThreads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running tests", e);
            }
        }
        return results;
    }

    /** Where a job runs, so that the lane can read its worker's CPU time. */
    private static final class Running {
        volatile Thread thread;
        volatile long cpuStart;
    }

    private <J> void lane(List<J> jobs, BiFunction<Integer, J, Outcome> task, Progress progress,
                          Outcome[] results, AtomicInteger next) {
        ExecutorService worker = newWorker();
        try {
            int i;
            while ((i = next.getAndIncrement()) < jobs.size()) {
                int index = i;
                J job = jobs.get(i);
                Running running = new Running();
                long started = System.nanoTime();
                Future<Outcome> f = worker.submit(() -> {
                    running.cpuStart = CpuClock.currentThread();
                    running.thread = Thread.currentThread();
                    return task.apply(index, job);
                });
                Outcome o;
                try {
                    o = watch(f, running, started);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (o == null) {
                    o = Outcome.timeout("no result after " + cpuLimitNanos / 1_000_000 + " ms of CPU time or "
                        + wallCapNanos / 1_000_000 + " ms of wall time (stuck outside the interrupt hook); worker thread abandoned");
                    worker.shutdownNow();
                    abandoned.incrementAndGet();
                    worker = newWorker();
                }
                results[i] = o;
                if (progress != null) {
                    progress.done(i, o, (System.nanoTime() - started) / 1_000_000L);
                }
            }
        } finally {
            worker.shutdown();
        }
    }

    /** The job's outcome, or null when its worker is over the limits. */
    private Outcome watch(Future<Outcome> f, Running running, long started) throws InterruptedException {
        while (true) {
            try {
                return f.get(WATCH_SLICE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                return Outcome.javaEscape("runner task", e.getCause());
            } catch (TimeoutException e) {
                long wall = System.nanoTime() - started;
                Thread t = running.thread;
                long cpuNow = t == null ? -1 : CpuClock.of(t);
                long cpu = cpuNow < 0 ? wall : cpuNow - running.cpuStart;
                if (cpu > cpuLimitNanos || wall > wallCapNanos) {
                    return null;
                }
            }
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "test262-worker", WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }
}
