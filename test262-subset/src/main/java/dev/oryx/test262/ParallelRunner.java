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
 * waits at most the hard limit for each: the engine's interrupt hook stops a looping script at the
 * soft limit, but a test stuck in Java code that never polls the hook cannot be stopped, so its
 * worker is abandoned (it is a daemon thread) and the lane carries on with a fresh one.
 */
public final class ParallelRunner {
    /** Stack of the worker threads: deep enough for the parser's recursion on nested code. */
    static final long WORKER_STACK_BYTES = 16L << 20;

    private final int lanes;
    private final Duration hardLimit;
    private final AtomicInteger abandoned = new AtomicInteger();

    /**
     * @param lanes     how many tests run at once
     * @param hardLimit how long a lane waits for one test before abandoning its worker thread
     */
    public ParallelRunner(int lanes, Duration hardLimit) {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1");
        }
        this.lanes = lanes;
        this.hardLimit = hardLimit;
    }

    /** Worker threads given up on because a test did not return in time. */
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

    private <J> void lane(List<J> jobs, BiFunction<Integer, J, Outcome> task, Progress progress,
                          Outcome[] results, AtomicInteger next) {
        ExecutorService worker = newWorker();
        try {
            int i;
            while ((i = next.getAndIncrement()) < jobs.size()) {
                int index = i;
                J job = jobs.get(i);
                long started = System.nanoTime();
                Future<Outcome> f = worker.submit(() -> task.apply(index, job));
                Outcome o;
                try {
                    o = f.get(hardLimit.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    o = Outcome.timeout("no result within the hard limit of " + hardLimit.toMillis()
                        + " ms (stuck outside the interrupt hook); worker thread abandoned");
                    worker.shutdownNow();
                    abandoned.incrementAndGet();
                    worker = newWorker();
                } catch (ExecutionException e) {
                    o = Outcome.javaEscape("runner task", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
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

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "test262-worker", WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }
}
