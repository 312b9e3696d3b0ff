package dev.oryx.test262;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.builtins.ArrayBufferBuiltins;
import dev.oryx.object.ArrayBufferObject;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * The worker agents of one test (INTERPRETING.md, {@code $262.agent}): each started agent is a
 * thread with a runtime of its own (own heap, own job queue) that runs its source, then waits for
 * broadcasts and calls the callback it registered with {@code receiveBroadcast}. A broadcast hands
 * every agent a SharedArrayBuffer of its own realm over the same data block, so Atomics.wait and
 * notify work across agents. Reports go to one queue read by the main agent's {@code getReport}.
 * {@link #close} stops every agent (interrupt hook and thread interrupt) and joins it with a bound.
 */
final class Agents implements AutoCloseable {
    /** How long close waits for all agents together before giving up on them (they are daemons). */
    static final long JOIN_MILLIS = 2_000;
    /** How long start waits for a new agent to be ready. */
    private static final long START_MILLIS = 10_000;
    /** Slice of a blocking wait between two polls of an interrupt hook or of the stop flag. */
    private static final long SLICE_MILLIS = 20;

    private final long wallCapNanos;
    private final List<Agent> agents = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<String> reports = new ConcurrentLinkedQueue<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<Throwable> escapes = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean closing;

    /** @param wallCapNanos an agent's script is stopped after this much wall time even if the test is not over */
    Agents(long wallCapNanos) {
        this.wallCapNanos = wallCapNanos;
    }

    /** $262.agent.start: runs the source in a new agent and returns once the agent is running. */
    void start(Realm caller, String source) {
        if (closing) {
            throw Errors.typeError(caller, "$262.agent.start: the test is over");
        }
        Agent agent = new Agent(source, agents.size());
        agents.add(agent);
        agent.thread.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        try {
            while (!agent.running.await(SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                caller.stack.poll();
                if (System.nanoTime() > deadline) {
                    throw Errors.typeError(caller, "$262.agent.start: the agent did not start");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.typeError(caller, "$262.agent.start was interrupted");
        }
    }

    /**
     * $262.agent.broadcast: every agent still listening gets the buffer's block and the id; returns
     * once each has taken the message (not once its callback has run: the callback may block).
     */
    void broadcast(Realm caller, Object buffer, Object id) {
        if (!(buffer instanceof ArrayBufferObject sab) || !sab.shared) {
            throw Errors.typeError(caller, "$262.agent.broadcast expects a SharedArrayBuffer");
        }
        // Only a number can cross to another agent's heap; anything else arrives as undefined.
        Object portableId = id instanceof Number ? id : Undefined.INSTANCE;
        Agent[] targets = agents.toArray(new Agent[0]);
        Message message = new Message(sab.data, portableId, new CountDownLatch(targets.length));
        for (Agent a : targets) {
            a.deliver(message);
        }
        try {
            while (!message.taken.await(SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                caller.stack.poll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.typeError(caller, "$262.agent.broadcast was interrupted");
        }
    }

    /** $262.agent.getReport: the oldest report not yet read, or null. */
    Object getReport() {
        String r = reports.poll();
        return r == null ? dev.oryx.runtime.Null.INSTANCE : r;
    }

    /** Uncaught errors of agent scripts, "agent N: description", in the order they happened. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** Java exceptions that escaped the engine inside an agent. */
    List<Throwable> escapes() {
        synchronized (escapes) {
            return List.copyOf(escapes);
        }
    }

    /** How many agents have been started. */
    int started() {
        return agents.size();
    }

    /**
     * Stops every agent and waits for them, at most {@link #JOIN_MILLIS} in all; a thread stuck
     * outside the interrupt hook is left behind (it is a daemon; {@link #stillAlive} counts them).
     */
    @Override
    public void close() {
        closing = true;
        Agent[] all = agents.toArray(new Agent[0]);
        for (Agent a : all) {
            JSRuntime r = a.runtime;
            if (r != null) {
                r.interrupt();
            }
            a.thread.interrupt();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        boolean interrupted = false;
        for (Agent a : all) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    a.thread.join(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Agents whose threads did not end within close's bound. */
    int stillAlive() {
        int n = 0;
        for (Agent a : agents.toArray(new Agent[0])) {
            if (a.thread.isAlive()) {
                n++;
            }
        }
        return n;
    }

    private record Message(byte[] block, Object id, CountDownLatch taken) { }

    /** One agent: its thread, runtime and inbox. Fields without volatile are used on its thread only. */
    private final class Agent implements Runnable {
        final String source;
        final int index;
        final Thread thread;
        final CountDownLatch running = new CountDownLatch(1);
        final LinkedBlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
        volatile JSRuntime runtime;
        /** Set once the agent takes no more messages; guarded by this. */
        boolean finished;
        Object callback;
        boolean leaving;

        Agent(String source, int index) {
            this.source = source;
            this.index = index;
            this.thread = new Thread(null, this, "test262-agent-" + index, ParallelRunner.WORKER_STACK_BYTES);
            thread.setDaemon(true);
        }

        /** Queues a broadcast, or counts it as taken when the agent listens no more. */
        synchronized void deliver(Message m) {
            if (finished) {
                m.taken.countDown();
            } else {
                inbox.add(m);
            }
        }

        /** From now on broadcasts count as taken at once (a waiting main agent must not hang on us). */
        synchronized void finish() {
            finished = true;
            Message m;
            while ((m = inbox.poll()) != null) {
                m.taken.countDown();
            }
        }

        @Override
        public void run() {
            long started = System.nanoTime();
            try {
                JSRuntime rt = new JSRuntime();
                rt.setInterruptHandler(() -> closing || System.nanoTime() - started > wallCapNanos);
                runtime = rt;
                JSContext context = rt.newContext();
                install(context);
                running.countDown();
                context.evalRaw(source, "agent-" + index + ".js");
                context.runJobs();
                while (!closing && callback != null && !leaving) {
                    Message m = inbox.poll(SLICE_MILLIS, TimeUnit.MILLISECONDS);
                    if (m == null) {
                        continue;
                    }
                    m.taken.countDown();
                    ArrayBufferObject sab = ArrayBufferBuiltins.sharedArrayBufferOver(context.realm(), m.block());
                    context.callRaw(callback, Undefined.INSTANCE, sab, m.id());
                    context.runJobs();
                }
            } catch (JSContext.InternalErrorException e) {
                escapes.add(e.getCause() != null ? e.getCause() : e);
            } catch (JSException e) {
                errors.add("agent " + index + ": " + e.getMessage());
            } catch (ScriptTerminatedException | InterruptedException e) {
                // stopped by close or by the wall cap
            } catch (RuntimeException | StackOverflowError e) {
                escapes.add(e);
            } finally {
                finish();
                running.countDown();
            }
        }

        /** The agent side of $262.agent; the main-agent functions throw a TypeError here. */
        private void install(JSContext context) {
            Realm realm = context.realm();
            JSObject host = realm.newObject();
            JSObject agent = realm.newObject();
            Host262.define(realm, agent, "receiveBroadcast", 1, (r, t, a) -> {
                Object f = a.length > 0 ? a[0] : Undefined.INSTANCE;
                if (!Conversions.isCallable(f)) {
                    throw Errors.typeError(r, "$262.agent.receiveBroadcast expects a function");
                }
                callback = f;
                return Undefined.INSTANCE;
            });
            Host262.define(realm, agent, "report", 1, (r, t, a) -> {
                reports.add(Conversions.toString(r, a.length > 0 ? a[0] : Undefined.INSTANCE));
                return Undefined.INSTANCE;
            });
            Host262.define(realm, agent, "leaving", 0, (r, t, a) -> {
                leaving = true;
                return Undefined.INSTANCE;
            });
            for (String name : new String[] {"start", "broadcast", "getReport"}) {
                Host262.define(realm, agent, name, 1, (r, t, a) -> {
                    throw Errors.typeError(r, "$262.agent." + name + " is only available in the main agent");
                });
            }
            Host262.defineClock(realm, agent);
            host.defineOwn("agent", agent, dev.oryx.object.Shape.WRITABLE | dev.oryx.object.Shape.CONFIGURABLE);
            host.defineOwn("global", realm.globalObject, dev.oryx.object.Shape.WRITABLE | dev.oryx.object.Shape.CONFIGURABLE);
            context.setGlobal("$262", host);
        }
    }
}
