package dev.oryx.interp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The agent's job queue (9.5 HostEnqueuePromiseJob): promise reaction jobs, thenable jobs and
 * host jobs (queueMicrotask) in FIFO order. The host drains it; nothing runs it behind the host's
 * back. Also the host side of HostPromiseRejectionTracker: promises rejected while nobody
 * handled them, reported after a drain.
 */
public final class JobQueue {
    /** A job: runs to completion; a {@code JSException} out of it is the host's to report. */
    @FunctionalInterface
    public interface Job {
        void run();
    }

    private final ArrayDeque<Job> jobs = new ArrayDeque<>();
    private final Set<JSPromise> unhandled = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<JSPromise> unhandledOrder = new ArrayList<>();

    public void enqueue(Job job) {
        jobs.addLast(job);
    }

    public boolean isEmpty() {
        return jobs.isEmpty();
    }

    public int size() {
        return jobs.size();
    }

    /** The next job, or null when the queue is empty. */
    public Job poll() {
        return jobs.pollFirst();
    }

    /** Drops every queued job (the host abandons the agent's pending work). */
    public void clear() {
        jobs.clear();
    }

    /** HostPromiseRejectionTracker(promise, "reject"). */
    void rejectedWithoutHandler(JSPromise p) {
        if (unhandled.add(p)) {
            unhandledOrder.add(p);
        }
    }

    /** HostPromiseRejectionTracker(promise, "handle"). */
    void handlerAdded(JSPromise p) {
        unhandled.remove(p);
    }

    /**
     * The promises rejected with no handler that still have none, in rejection order; the list
     * is cleared, so each is reported once.
     */
    public List<JSPromise> takeUnhandledRejections() {
        if (unhandledOrder.isEmpty()) {
            // hosts ask after every turn; clearing the empty identity set still wiped its whole table
            return List.of();
        }
        List<JSPromise> out = new ArrayList<>();
        for (JSPromise p : unhandledOrder) {
            if (unhandled.contains(p)) {
                out.add(p);
            }
        }
        unhandledOrder.clear();
        unhandled.clear();
        return out;
    }
}
