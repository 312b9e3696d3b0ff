package dev.oryx.coroutine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.JSValue;
import dev.oryx.builtins.Builtins;
import dev.oryx.interp.GeneratorObject;
import dev.oryx.interp.Generators;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * Generator coroutines driven by session ids: the Java side of the QuickJS coroutine extension,
 * one method per function of its C API ({@code JS_NewCoroutineManager} ... {@code
 * JS_CallGeneratorNext}), with what it lacked: errors thrown into a waiter, cancellation, deadlines,
 * a listener for every step and for uncaught errors, and counters.
 *
 * <p>A generator parks itself by yielding after it (or its host) registered a {@link #wait} on a
 * fresh {@link #newSession session}; whoever holds the session later resumes it with a value, an
 * error, or a cancellation. Each session is consumed by its first resumption.
 *
 * <h2>Threads</h2>
 * One manager belongs to one {@link JSRuntime}. Every method may be called from any thread, but
 * JavaScript runs only on the manager's <em>owner thread</em>: the contexts of a runtime share one
 * execution stack, so the owner is per runtime, not per context. The owner is the thread that
 * called {@link #enable} first or {@link #bindOwner}; while {@link #runQueued} runs on an unowned
 * manager, its caller is the owner. A resumption requested on the owner thread (or by a script,
 * whose thread runs the runtime by definition) runs at once and returns what the generator did.
 * From any other thread the session is taken at once (so a second resume finds no waiter) and
 * the resumption is queued in the manager's mailbox; the host drains the mailbox on the owner
 * thread with {@link #runQueued()}, and learns that work arrived through the wake-up hook
 * ({@link #setWakeUp}): a single-threaded host blocks in {@link #runQueued(Duration)}, a pool (the
 * service runtime) schedules the runtime's next turn from the hook. Deadlines fire on a timer
 * thread, so a timeout is always queued.
 */
public final class CoroutineManager implements AutoCloseable {
    private final JSRuntime runtime;
    private final CoroutineOptions options;
    private final SessionTable sessions;
    private final LinkedBlockingQueue<Resumption> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean wakeSignalled = new AtomicBoolean();
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private final Map<Realm, JSContext> enabled = new ConcurrentHashMap<>();
    private final Map<JSContext, NativeFunction[]> resumeFunctions = new ConcurrentHashMap<>();
    private volatile JSContext home;
    private volatile StepListener stepListener;
    private volatile UncaughtErrorListener uncaughtErrorListener;
    private volatile Runnable wakeUp;
    private volatile boolean closed;
    private ScheduledExecutorService scheduler;
    private boolean ownScheduler;

    private final LongAdder waits = new LongAdder();
    private final LongAdder resumed = new LongAdder();
    private final LongAdder cancelled = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private final LongAdder closedWaits = new LongAdder();
    private final LongAdder unknownSessions = new LongAdder();
    private final LongAdder uncaughtErrors = new LongAdder();

    /** The resume functions of the context used last. */
    private record ResumeFunctions(JSContext context, NativeFunction[] functions) {
    }

    private volatile ResumeFunctions lastFunctions;

    /** A resumption taken from the table, to run on the owner thread. */
    private record Resumption(Waiter waiter, int kind, Object value) {
    }

    private CoroutineManager(JSRuntime runtime, CoroutineOptions options) {
        this.runtime = runtime;
        this.options = options;
        this.sessions = new SessionTable(options.maxOutstandingWaits(), options.effectiveWindow(), this::scheduleTick);
    }

    /** {@code JS_NewCoroutineManager}: a manager for {@code runtime} with the default options. Create one per runtime. */
    public static CoroutineManager create(JSRuntime runtime) {
        return create(runtime, CoroutineOptions.DEFAULTS);
    }

    /** A manager for {@code runtime} with {@code options}. */
    public static CoroutineManager create(JSRuntime runtime, CoroutineOptions options) {
        if (runtime == null || options == null) {
            throw new NullPointerException();
        }
        return new CoroutineManager(runtime, options);
    }

    public JSRuntime runtime() {
        return runtime;
    }

    public CoroutineOptions options() {
        return options;
    }

    // ======================================================================
    // The C API
    // ======================================================================

    /**
     * {@code JS_EnableCoroutines}: installs {@code __is_generator}, {@code __coroutine_session},
     * {@code __coroutine_wait} and {@code __coroutine_resume} in {@code context}. The calling thread
     * becomes the owner if the manager has none.
     */
    public void enable(JSContext context) {
        checkOpen();
        checkContext(context);
        enabled.put(context.realm(), context);
        if (home == null) {
            home = context;
        }
        CoroutineGlobals.install(this, context);
        owner.compareAndSet(null, Thread.currentThread());
    }

    /** {@code JS_CoroutineGenerateSession}: a new session id, positive, never issued before by this manager. */
    public long newSession() {
        checkOpen();
        return sessions.issue();
    }

    /** {@code JS_CoroutineWait}: {@code generator} waits on {@code session}, with no deadline. */
    public WaitStatus wait(JSContext context, JSValue generator, long session, int serviceId) {
        return wait(context, generator.raw(), session, serviceId, null, null);
    }

    /** The same with the engine representation of the generator. */
    public WaitStatus wait(JSContext context, Object generator, long session, int serviceId) {
        return wait(context, generator, session, serviceId, null, null);
    }

    /**
     * {@code generator} waits on {@code session} at most {@code timeout} (null or zero: no deadline);
     * at the deadline a {@code TimeoutError} is thrown into it at its {@code yield}.
     */
    public WaitStatus wait(JSContext context, Object generator, long session, int serviceId, Duration timeout) {
        return wait(context, generator, session, serviceId, timeout, null);
    }

    /**
     * The same with the error the deadline throws: {@code timeoutError} runs on the owner thread
     * when the deadline passed (null: a {@code TimeoutError} naming the session).
     *
     * @param serviceId an owner tag (the service that waits), given back in {@link Step} and {@link PendingWait}
     */
    public WaitStatus wait(JSContext context, Object generator, long session, int serviceId, Duration timeout, DeferredValue timeoutError) {
        return wait(context, generator, session, serviceId, timeout, timeoutError, null);
    }

    /**
     * The full form: {@code attachment} is the host's own data for this wait (what the generator
     * waits for), given back in {@link Step#attachment()} and {@link PendingWait#attachment()}.
     * Deadlines are kept in a timing wheel and fire up to 5 ms late.
     */
    public WaitStatus wait(JSContext context, Object generator, long session, int serviceId, Duration timeout, DeferredValue timeoutError,
        Object attachment) {
        checkOpen();
        checkContext(context);
        if (!isGenerator(generator)) {
            return WaitStatus.NOT_A_GENERATOR;
        }
        long nanos = timeout == null ? 0 : timeout.toNanos();
        if (nanos < 0) {
            throw new IllegalArgumentException("negative timeout: " + timeout);
        }
        Waiter w = new Waiter(session, context, generator, serviceId, nanos, timeoutError, attachment);
        WaitStatus status = sessions.register(w);
        if (status != WaitStatus.REGISTERED) {
            return status;
        }
        registered(context, w);
        return status;
    }

    /**
     * {@link #newSession()} and {@link #wait(JSContext, Object, long, int, Duration, DeferredValue, Object)}
     * in one step (one lock of the session table instead of two: a host that waits on every
     * session it makes, like the service runtime, does this per call). Returns the new session,
     * or 0 when nothing was registered: {@code generator} is not a generator, or the limit of
     * outstanding waits is reached.
     */
    public long waitOnNewSession(JSContext context, Object generator, int serviceId, Duration timeout, DeferredValue timeoutError,
        Object attachment) {
        checkOpen();
        checkContext(context);
        if (!isGenerator(generator)) {
            return 0;
        }
        long nanos = timeout == null ? 0 : timeout.toNanos();
        if (nanos < 0) {
            throw new IllegalArgumentException("negative timeout: " + timeout);
        }
        Waiter w = new Waiter(0, context, generator, serviceId, nanos, timeoutError, attachment);
        if (!sessions.issueAndRegister(w)) {
            return 0;
        }
        registered(context, w);
        return w.session;
    }

    private void registered(JSContext context, Waiter w) {
        long session = w.session;
        waits.increment();
        if (home == null) {
            home = context;
        }
        if (closed && sessions.take(session, w)) {
            // close() ran between the check and the registration: treat the wait as closed too
            closedWaits.increment();
            enqueue(new Resumption(w, Generators.RETURN, Undefined.INSTANCE));
        }
    }

    /**
     * {@code JS_CoroutineResume}: resumes the generator waiting on {@code session} with
     * {@code next(data)}. On the owner thread it runs now and the result says what the generator did;
     * from another thread the result is {@link ResumeResult#QUEUED} (or NO_WAITER). {@code data}
     * must be a value of the waiter's heap, a primitive, or a {@link DeferredValue}.
     */
    public ResumeResult resume(long session, Object data) {
        return deliver(session, Generators.NEXT, data, false);
    }

    /** Throws {@code error} into the generator waiting on {@code session} at its {@code yield} ({@code generator.throw(error)}). */
    public ResumeResult resumeWithError(long session, Object error) {
        return deliver(session, Generators.THROW, error, false);
    }

    /** Cancels the wait: {@code generator.return()}, so its {@code finally} blocks run. */
    public ResumeResult cancel(long session) {
        return deliver(session, Generators.RETURN, Undefined.INSTANCE, false);
    }

    /** {@code JS_IsGenerator}: whether the value is a generator object made by a generator function (by class, not by its methods). */
    public boolean isGenerator(JSValue value) {
        return isGenerator(value.raw());
    }

    /** The same with the engine representation. */
    public boolean isGenerator(Object value) {
        return value instanceof GeneratorObject;
    }

    /**
     * {@code JS_CallGeneratorNext}: {@code generator.next(arg)} in the first context this manager
     * saw; returns the iterator result object. A JavaScript error comes out as {@link JSException}.
     */
    public Object callNext(JSValue generator, Object arg) {
        JSContext cx = home;
        if (cx == null) {
            throw new IllegalStateException("no context: enable one first");
        }
        return callNext(cx, generator.raw(), arg);
    }

    /** {@code generator.next(arg)} in {@code context}; returns the iterator result object. */
    public Object callNext(JSContext context, Object generator, Object arg) {
        checkContext(context);
        return context.callRaw(functions(context)[Generators.NEXT], generator, arg);
    }

    /**
     * {@code JS_FreeCoroutineManager}: closes every waiting generator with {@code return()} so its
     * {@code finally} blocks run (at once on the owner thread, else queued for {@link #runQueued()}),
     * stops the manager's own timer thread. Later calls throw {@link IllegalStateException}, except
     * {@link #runQueued()}, {@link #counters()} and {@link #pending()}.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (ownScheduler && scheduler != null) {
                scheduler.shutdownNow();
            }
        }
        List<Waiter> all = sessions.takeAll();
        closedWaits.add(all.size());
        boolean inline = owner.get() == Thread.currentThread();
        RuntimeException failure = null;
        for (Waiter w : all) {
            Resumption r = new Resumption(w, Generators.RETURN, Undefined.INSTANCE);
            if (inline && !running(w.generator)) {
                try {
                    run(r);
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            } else {
                enqueue(r);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public boolean isClosed() {
        return closed;
    }

    // ======================================================================
    // Owner thread and mailbox
    // ======================================================================

    /** Makes the calling thread the owner; {@link IllegalStateException} if another thread owns the manager. */
    public void bindOwner() {
        claim(Thread.currentThread());
    }

    /** Gives up ownership (the calling thread must own the manager); queued work then triggers the wake-up hook. */
    public void releaseOwner() {
        Thread me = Thread.currentThread();
        if (owner.get() != me) {
            throw new IllegalStateException("releaseOwner: the manager is not owned by " + me.getName());
        }
        release(me);
    }

    /** Whether the calling thread is the owner. */
    public boolean isOwnerThread() {
        return owner.get() == Thread.currentThread();
    }

    /**
     * The hook called (on the queuing thread) when a resumption is queued for the owner: it should
     * arrange for {@link #runQueued()} to run soon on the owner thread. Called once per batch: after
     * it fired, it fires again only once {@link #runQueued()} has started.
     */
    public void setWakeUp(Runnable hook) {
        this.wakeUp = hook;
        if (hook != null && !queue.isEmpty()) {
            signal();
        }
    }

    /**
     * Runs the queued resumptions on the calling thread, which must be the owner (or the manager must
     * be unowned: the caller owns it meanwhile). Returns how many ran. Promise jobs the generators
     * queued are the host's to run ({@link JSContext#runJobs()}).
     */
    public int runQueued() {
        Thread me = Thread.currentThread();
        boolean claimed = claim(me);
        try {
            return drain(0);
        } finally {
            if (claimed) {
                release(me);
            }
        }
    }

    /** Like {@link #runQueued()}, first waiting up to {@code maxWait} for a resumption to arrive. */
    public int runQueued(Duration maxWait) throws InterruptedException {
        Thread me = Thread.currentThread();
        boolean claimed = claim(me);
        try {
            wakeSignalled.set(false);
            Resumption first = queue.poll(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            if (first == null) {
                return 0;
            }
            run(first);
            return drain(1);
        } finally {
            if (claimed) {
                release(me);
            }
        }
    }

    /** Whether resumptions wait for the owner thread. */
    public boolean hasQueued() {
        return !queue.isEmpty();
    }

    private int drain(int done) {
        // a host drains after every message: a plain read when no wake-up fired spares a volatile store each time
        if (wakeSignalled.get()) {
            wakeSignalled.set(false);
        }
        int n = done;
        for (Resumption r; (r = queue.poll()) != null; n++) {
            run(r);
        }
        return n;
    }

    private boolean claim(Thread me) {
        Thread current = owner.get();
        if (current == me) {
            return false;
        }
        if (owner.compareAndSet(null, me)) {
            return true;
        }
        throw new IllegalStateException("coroutine manager is owned by thread " + owner.get().getName()
            + "; JavaScript of a runtime runs on one thread at a time");
    }

    private void release(Thread me) {
        owner.compareAndSet(me, null);
        if (!queue.isEmpty()) {
            signal();
        }
    }

    private void enqueue(Resumption r) {
        queue.add(r);
        signal();
    }

    private void signal() {
        Runnable hook = wakeUp;
        if (hook != null && wakeSignalled.compareAndSet(false, true)) {
            hook.run();
        }
    }

    // ======================================================================
    // Listeners, counters, tracing
    // ======================================================================

    /** Receives every step of a resumed generator (null: none). */
    public void setStepListener(StepListener listener) {
        this.stepListener = listener;
    }

    /** Receives errors thrown out of resumptions (null: print them on the context's error stream). */
    public void setUncaughtErrorListener(UncaughtErrorListener listener) {
        this.uncaughtErrorListener = listener;
    }

    public CoroutineCounters counters() {
        return new CoroutineCounters(sessions.issuedCount(), sessions.size(), waits.sum(), resumed.sum(), cancelled.sum(), timedOut.sum(),
            closedWaits.sum(), unknownSessions.sum(), uncaughtErrors.sum(), sessions.inFlight());
    }

    /** The waiting generators, oldest session first (their positions are exact when called on the owner thread). */
    public List<PendingWait> pending() {
        long now = System.nanoTime();
        List<PendingWait> out = new ArrayList<>();
        for (Waiter w : sessions.snapshot()) {
            String at = w.generator instanceof GeneratorObject g ? g.suspendedAt() : null;
            out.add(new PendingWait(w.session, w.serviceId, (now - w.registeredNanos) / 1_000_000, w.timeoutNanos / 1_000_000, at, w.attachment));
        }
        return out;
    }

    /** The pending wait of one session, or null. */
    public PendingWait pending(long session) {
        Waiter w = sessions.get(session);
        if (w == null) {
            return null;
        }
        String at = w.generator instanceof GeneratorObject g ? g.suspendedAt() : null;
        return new PendingWait(w.session, w.serviceId, (System.nanoTime() - w.registeredNanos) / 1_000_000, w.timeoutNanos / 1_000_000, at,
            w.attachment);
    }

    // ======================================================================
    // Running resumptions
    // ======================================================================

    /** A resumption: taken from the table now, run now on the owner thread, else queued. */
    private ResumeResult deliver(long session, int kind, Object value, boolean fromScript) {
        checkOpen();
        Waiter w = sessions.take(session);
        if (w == null) {
            unknownSessions.increment();
            return ResumeResult.NO_WAITER;
        }
        (kind == Generators.RETURN ? cancelled : resumed).increment();
        Resumption r = new Resumption(w, kind, value);
        if ((fromScript || owner.get() == Thread.currentThread()) && !running(w.generator)) {
            return run(r);
        }
        enqueue(r);
        return ResumeResult.QUEUED;
    }

    /** A resume requested by a script ({@code __coroutine_resume}): its thread runs the runtime. */
    ResumeResult resumeFromScript(long session, Object data) {
        if (closed) {
            unknownSessions.increment();
            return ResumeResult.NO_WAITER;
        }
        return deliver(session, Generators.NEXT, data, true);
    }

    JSContext contextOf(Realm realm) {
        return enabled.get(realm);
    }

    private static boolean running(Object generator) {
        return generator instanceof GeneratorObject g && g.state() == GeneratorObject.EXECUTING;
    }

    /** Runs one resumption on the owner thread and tells the listeners. */
    private ResumeResult run(Resumption r) {
        try {
            return step(r);
        } finally {
            sessions.finished();
        }
    }

    private ResumeResult step(Resumption r) {
        Waiter w = r.waiter;
        JSContext cx = w.context;
        int kind = r.kind;
        Object value = r.value;
        if (value instanceof DeferredValue d) {
            try {
                value = d.create(cx);
            } catch (JSException e) {
                // the value could not be made (a message that does not copy...): the generator gets that error
                kind = Generators.THROW;
                value = e.value();
            }
        }
        ResumeResult result;
        JSException thrown = null;
        try {
            Object iterResult = cx.callRaw(functions(cx)[kind], w.generator, value);
            result = unwrap(cx.realm(), iterResult);
        } catch (JSException e) {
            thrown = e;
            result = new ResumeResult(ResumeResult.Status.THREW, e.value());
        }
        Step step = new Step(w.session, w.serviceId, cx, w.generator, w.attachment, result);
        if (thrown != null) {
            uncaughtErrors.increment();
            reportUncaught(step, thrown);
        }
        StepListener listener = stepListener;
        if (listener != null) {
            listener.onStep(step);
        }
        return result;
    }

    private static ResumeResult unwrap(Realm realm, Object iterResult) {
        JSObject o = (JSObject) iterResult;
        if (o.shape == realm.iterResultShape) {
            // what a generator's next/throw/return made (Generators.iterResult): value, done by slot
            return new ResumeResult(Conversions.toBoolean(JSObject.slotValue(o.slots[1])) ? ResumeResult.Status.DONE
                : ResumeResult.Status.YIELDED, JSObject.slotValue(o.slots[0]));
        }
        boolean done = Conversions.toBoolean(o.get(realm, "done", o));
        Object v = o.get(realm, "value", o);
        return new ResumeResult(done ? ResumeResult.Status.DONE : ResumeResult.Status.YIELDED, v);
    }

    private void reportUncaught(Step step, JSException e) {
        UncaughtErrorListener listener = uncaughtErrorListener;
        if (listener != null) {
            listener.onUncaughtError(step, e);
            return;
        }
        java.io.PrintStream err = step.context().realm().err;
        err.println("Uncaught (in coroutine session " + step.session() + ") " + e.getMessage());
        String stack = e.jsStack();
        if (!stack.isEmpty()) {
            err.println(stack);
        }
    }

    /** %GeneratorPrototype%.next/throw/return of the context, made by the manager so scripts cannot replace them. */
    private NativeFunction[] functions(JSContext cx) {
        ResumeFunctions last = lastFunctions;
        if (last != null && last.context == cx) {
            return last.functions;
        }
        NativeFunction[] fs = resumeFunctions.get(cx);
        if (fs == null) {
            Realm realm = cx.realm();
            fs = new NativeFunction[3];
            fs[Generators.NEXT] = Builtins.nativeFunction(realm, "next", 1, new Generators.ResumeCode(Generators.NEXT), false);
            fs[Generators.THROW] = Builtins.nativeFunction(realm, "throw", 1, new Generators.ResumeCode(Generators.THROW), false);
            fs[Generators.RETURN] = Builtins.nativeFunction(realm, "return", 1, new Generators.ResumeCode(Generators.RETURN), false);
            resumeFunctions.put(cx, fs);
        }
        // one context per service: the hash lookup per step was 3% of an RPC round trip
        lastFunctions = new ResumeFunctions(cx, fs);
        return fs;
    }

    private void scheduleTick() {
        try {
            scheduler().schedule(this::tick, SessionTable.TICK_NANOS, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    /** One tick of the timing wheel (timer thread): every wait past its deadline gets its TimeoutError, queued. */
    private void tick() {
        List<Waiter> due = new ArrayList<>();
        boolean more = sessions.expireDue(System.nanoTime(), due);
        for (Waiter w : due) {
            timedOut.increment();
            DeferredValue error = w.timeoutError != null ? w.timeoutError
                : cx -> HostErrors.create(cx.realm(), "TimeoutError",
                    "coroutine session " + w.session + " timed out after " + w.timeoutNanos / 1_000_000 + " ms");
            enqueue(new Resumption(w, Generators.THROW, error));
        }
        if (more) {
            scheduleTick();
        }
    }

    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            if (options.scheduler() != null) {
                scheduler = options.scheduler();
            } else {
                ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "oryx-coroutine-timer");
                    t.setDaemon(true);
                    return t;
                });
                s.setRemoveOnCancelPolicy(true);
                scheduler = s;
                ownScheduler = true;
            }
        }
        return scheduler;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("coroutine manager is closed");
        }
    }

    private void checkContext(JSContext context) {
        if (context.runtime() != runtime) {
            throw new IllegalArgumentException("the context belongs to another runtime than this coroutine manager");
        }
    }
}
