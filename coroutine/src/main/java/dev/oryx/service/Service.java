package dev.oryx.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.JSValue;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.builtins.Builtins;
import dev.oryx.coroutine.CoroutineCounters;
import dev.oryx.coroutine.CoroutineManager;
import dev.oryx.coroutine.CoroutineOptions;
import dev.oryx.coroutine.DeferredValue;
import dev.oryx.coroutine.HostErrors;
import dev.oryx.coroutine.PendingWait;
import dev.oryx.coroutine.ResumeResult;
import dev.oryx.coroutine.Step;
import dev.oryx.interp.GeneratorObject;
import dev.oryx.interp.Generators;
import dev.oryx.interp.JSPromise;
import dev.oryx.interp.Promises;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * One service: a script in its own {@link JSRuntime} (own heap, own job queue), its mailbox, its
 * coroutine manager and the handler runs in progress. Everything but {@link #post} and the
 * counters runs on the worker that holds the service (its state is RUNNING), one at a time.
 *
 * <p>A request runs the handler the script registered with {@code jtask.dispatch}. A plain
 * handler's return value is the reply; an async handler's promise is awaited; a generator handler
 * is driven: each {@code yield} of a call descriptor takes a session, waits on it through the
 * {@link CoroutineManager} (with the call's deadline), and posts the request; the reply resumes
 * the generator through the same manager, and what it yields next arrives at {@link #onStep}.
 * Failures found before the request leaves (unknown target, full mailbox, uncopyable data) are
 * thrown into the generator from a queue drained after each message, not by recursion.
 */
final class Service {
    static final int IDLE = 0;
    static final int SCHEDULED = 1;
    static final int RUNNING = 2;
    static final int DEAD = 3;

    final ServiceRuntime host;
    final int id;
    final String name;
    /** Where {@code jtask.spawn} resolves relative script paths. */
    final Path directory;
    final JSRuntime runtime;
    final JSContext cx;
    final Realm realm;
    final CoroutineManager coroutines;
    final StructuredClone clone;
    final Mailbox mailbox;
    /** IDLE, SCHEDULED, RUNNING or DEAD; a service is queued for a worker only on IDLE -> SCHEDULED. */
    final AtomicInteger state = new AtomicInteger(RUNNING);
    volatile boolean dead;
    /** Set by {@code jtask.exit()}: the service ends after the current message. */
    boolean exiting;
    /** The object given to {@code jtask.dispatch}. */
    JSObject handlers;

    private final Set<Invocation> inbound = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
    private final NativeFunction throwInto;
    /** The handler found last: its method name, the handlers object's shape then and the slot. */
    private Shape handlerShape;
    private String handlerMethod;
    private int handlerSlot;
    /** The target of the last call and the value that named it (compared by identity). */
    private Object lastTargetName;
    private Service lastTarget;
    JSFunction requestGenerator;
    /** The shapes of the descriptors {@code jtask.call} makes (without and with a timeout): read by slot. */
    Shape callShape;
    Shape timedCallShape;
    static final int CALL_MARK_SLOT = 0;
    static final int TARGET_SLOT = 1;
    static final int METHOD_SLOT = 2;
    static final int DATA_SLOT = 3;
    static final int TIMEOUT_SLOT = 4;

    /**
     * Messages handled and requests being handled: written only by the thread holding the service
     * (RUNNING, or teardown), so a plain add published with an opaque store replaces an atomic
     * read-modify-write per message (each one waits for the store buffer to drain).
     */
    final AtomicLong messages = new AtomicLong();
    final LongAdder errors = new LongAdder();
    final LongAdder lateReplies = new LongAdder();
    final LongAdder busyRejections = new LongAdder();
    final AtomicInteger inboundCount = new AtomicInteger();

    private static void add(AtomicInteger counter, int n) {
        counter.setOpaque(counter.getPlain() + n);
    }

    Service(ServiceRuntime host, int id, String name, Path directory) {
        this.host = host;
        this.id = id;
        this.name = name;
        this.directory = directory;
        this.runtime = new JSRuntime();
        this.cx = runtime.newContext();
        this.realm = cx.realm();
        this.clone = new StructuredClone(realm);
        this.mailbox = new Mailbox(host.options.mailboxCapacity());
        this.coroutines = CoroutineManager.create(runtime,
            CoroutineOptions.DEFAULTS.withMaxOutstandingWaits(host.options.maxPendingCalls()).withScheduler(host.timer));
        coroutines.bindOwner();
        coroutines.setStepListener(this::onStep);
        // handler errors are replied or logged by onStep; the manager must not print them again
        coroutines.setUncaughtErrorListener((step, e) -> { });
        coroutines.setWakeUp(this::schedule);
        this.throwInto = Builtins.nativeFunction(realm, "throw", 1, new Generators.ResumeCode(Generators.THROW), false);
        cx.installConsole(host.options.out(), host.options.err());
        JTaskApi.install(this);
    }

    /** Runs the service's script on the calling thread (before any worker can see the service). */
    void initialize(String source, String fileName) {
        cx.evalRaw(source, fileName);
        settle();
    }

    /** After initialization: the service may now be scheduled. */
    void start() {
        coroutines.releaseOwner();
        state.set(IDLE);
        if (hasWork()) {
            schedule();
        }
    }

    // ======================================================================
    // Mailbox and scheduling (any thread)
    // ======================================================================

    enum PostResult { OK, BUSY, DEAD }

    /** Puts a message in the mailbox and schedules the service; a full mailbox refuses requests and sends. */
    PostResult post(Message m) {
        if (dead) {
            return PostResult.DEAD;
        }
        if (!mailbox.offer(m)) {
            busyRejections.increment();
            return PostResult.BUSY;
        }
        if (dead && mailbox.remove(m)) {
            // the service died meanwhile and its teardown did not see this message
            return PostResult.DEAD;
        }
        schedule();
        return PostResult.OK;
    }

    void schedule() {
        // read first: a service already scheduled or running (most posts) costs no write to the shared line
        if (state.get() == IDLE && state.compareAndSet(IDLE, SCHEDULED)) {
            host.workers.submit(this);
        }
    }

    private boolean hasWork() {
        return !mailbox.isEmpty() || coroutines.hasQueued();
    }

    // ======================================================================
    // A turn (the worker that took the service from the ready queue)
    // ======================================================================

    void runTurn() {
        if (!state.compareAndSet(SCHEDULED, RUNNING)) {
            return;
        }
        coroutines.bindOwner();
        try {
            coroutines.runQueued();
            settle();
            int budget = host.options.turnBudget();
            Message m;
            while (budget-- > 0 && !exiting && (m = mailbox.poll()) != null) {
                handle(m);
                settle();
                coroutines.runQueued();
                settle();
            }
            reportRejections();
            if (exiting) {
                teardown();
            }
        } catch (ScriptTerminatedException e) {
            host.options.err().println("[" + name + "] stopped: " + e.getMessage());
            teardown();
        } catch (RuntimeException | StackOverflowError e) {
            host.options.err().println("[" + name + "] internal error, service stopped: " + e);
            teardown();
        } finally {
            coroutines.releaseOwner();
            if (!dead) {
                state.set(IDLE);
                // still work after a full turn: to the tail of the ready queue, behind the other services
                if (hasWork() && state.compareAndSet(IDLE, SCHEDULED)) {
                    host.workers.enqueue(this);
                }
            }
        }
    }

    /** Runs the deferred resumptions and the promise jobs until neither has work. */
    private void settle() {
        do {
            for (Runnable r; (r = deferred.poll()) != null; ) {
                r.run();
            }
            while (cx.hasPendingJobs()) {
                try {
                    cx.runJobs();
                } catch (JSException e) {
                    errors.increment();
                    logError("Uncaught", e);
                }
            }
        } while (!deferred.isEmpty());
    }

    private void reportRejections() {
        for (JSValue reason : cx.takeUnhandledRejections()) {
            logError("Uncaught (in promise)", new JSException(reason.raw()));
        }
    }

    private void handle(Message m) {
        messages.setOpaque(messages.getPlain() + 1);
        switch (m.kind) {
            case Message.REQUEST, Message.SEND -> invoke(m);
            case Message.RESPONSE -> {
                Object payload = m.payload;
                Object reply = StructuredClone.isPrimitive(payload) ? payload : (DeferredValue) c -> clone.deserialize(payload);
                ResumeResult r = coroutines.resume(m.session, reply);
                if (r.status() == ResumeResult.Status.NO_WAITER) {
                    lateReplies.increment();
                }
            }
            default -> {
                Failure f = (Failure) m.payload;
                ResumeResult r = coroutines.resumeWithError(m.session, (DeferredValue) c -> failureError(f));
                if (r.status() == ResumeResult.Status.NO_WAITER) {
                    lateReplies.increment();
                }
            }
        }
    }

    // ======================================================================
    // Handlers
    // ======================================================================

    private void invoke(Message m) {
        Invocation inv = new Invocation(m.kind == Message.REQUEST ? Invocation.REQUEST : Invocation.SEND, m.from, m.session, m.method);
        inv.caller = m.sender;
        if (inv.kind == Invocation.REQUEST) {
            inbound.add(inv);
            add(inboundCount, 1);
        }
        Object result;
        try {
            Object data = clone.deserialize(m.payload);
            Object handler = handler(m.method);
            if (!(handler instanceof JSFunction)) {
                throw Errors.typeError(realm, "service '" + name + "' has no handler '" + m.method + "'");
            }
            result = cx.callRaw(handler, handlers, data, m.from);
        } catch (JSException e) {
            fail(inv, e.value());
            return;
        }
        proceed(inv, result);
    }

    /**
     * The handler named {@code method}. An own data property of an ordinary handlers object is
     * read by the slot found last time while the object keeps its shape (a reassigned handler
     * is in the same slot; an added, deleted or redefined property changes the shape);
     * anything else goes through {@code get}.
     */
    private Object handler(String method) {
        JSObject h = handlers;
        if (h == null) {
            return Undefined.INSTANCE;
        }
        Shape shape = h.shape;
        if (shape == handlerShape && method.equals(handlerMethod)) {
            return JSObject.slotValue(h.slots[handlerSlot]);
        }
        if (!h.exotic && !shape.isDictionary()) {
            int slot = shape.lookup(method);
            if (slot >= 0 && (shape.attributesAt(slot) & Shape.ACCESSOR) == 0) {
                handlerShape = shape;
                handlerMethod = method;
                handlerSlot = slot;
                return JSObject.slotValue(h.slots[slot]);
            }
        }
        return h.get(realm, method, h);
    }

    /** What a handler returned: a generator to drive, a promise to await, or the reply. */
    private void proceed(Invocation inv, Object result) {
        if (result instanceof GeneratorObject g) {
            long s = coroutines.waitOnNewSession(cx, g, id, null, null, new PendingCall(inv, "", "", 0, 0));
            if (s == 0) {
                fail(inv, Errors.rangeError(realm, "too many pending calls in service '" + name + "' (" + host.options.maxPendingCalls() + ")")
                    .value());
                return;
            }
            coroutines.resume(s, Undefined.INSTANCE);
        } else if (result instanceof JSPromise p) {
            Promises.performThen(realm, p, (Promises.Handler) v -> {
                complete(inv, v);
                return Undefined.INSTANCE;
            }, (Promises.Handler) e -> {
                fail(inv, e);
                return Undefined.INSTANCE;
            }, null);
        } else {
            complete(inv, result);
        }
    }

    /** The detached generator behind {@code jtask.request}: driven like a handler, its outcome settles the promise. */
    void startDetached(Object generator, JSPromise promise) {
        proceed(new Invocation(Invocation.DETACHED, 0, 0, "request", promise), generator);
    }

    /** Every step of every generator this service drives. */
    private void onStep(Step step) {
        if (!dead && step.attachment() instanceof PendingCall call) {
            continueWith(call.invocation(), step.generator(), step.result());
        }
    }

    private void continueWith(Invocation inv, Object generator, ResumeResult r) {
        switch (r.status()) {
            case YIELDED -> yielded(inv, generator, r.value());
            case DONE -> complete(inv, r.value());
            case THREW -> fail(inv, r.value());
            default -> {
            }
        }
    }

    /** Throws into a suspended generator now (from the deferred queue): for failures no session exists for. */
    private void throwNow(Invocation inv, Object generator, Object error) {
        ResumeResult r;
        try {
            JSObject result = (JSObject) cx.callRaw(throwInto, generator, error);
            boolean done = Conversions.toBoolean(result.get(realm, "done", result));
            r = new ResumeResult(done ? ResumeResult.Status.DONE : ResumeResult.Status.YIELDED, result.get(realm, "value", result));
        } catch (JSException e) {
            r = new ResumeResult(ResumeResult.Status.THREW, e.value());
        }
        continueWith(inv, generator, r);
    }

    private void throwLater(Invocation inv, Object generator, Object error) {
        deferred.add(() -> throwNow(inv, generator, error));
    }

    /** A generator yielded: a call descriptor, a sleep, or a promise to wait for. */
    private void yielded(Invocation inv, Object generator, Object value) {
        if (value instanceof JSPromise p) {
            long session = waitOn(generator, null, null, new PendingCall(inv, "promise", "", System.nanoTime(), 0));
            if (session == 0) {
                return;
            }
            Promises.performThen(realm, p, (Promises.Handler) v -> {
                coroutines.resume(session, v);
                return Undefined.INSTANCE;
            }, (Promises.Handler) e -> {
                coroutines.resumeWithError(session, e);
                return Undefined.INSTANCE;
            }, null);
            return;
        }
        if (value instanceof JSObject d) {
            try {
                boolean made = madeByCall(d);
                if (Conversions.toBoolean(made ? JSObject.slotValue(d.slots[CALL_MARK_SLOT]) : d.get(realm, JTaskApi.CALL_MARK, d))) {
                    call(inv, generator, d);
                    return;
                }
                Object sleep = d.get(realm, JTaskApi.SLEEP_MARK, d);
                if (sleep != Undefined.INSTANCE) {
                    sleep(inv, generator, Conversions.toNumber(realm, sleep));
                    return;
                }
            } catch (JSException e) {
                throwLater(inv, generator, e.value());
                return;
            }
        }
        throwLater(inv, generator, Errors.typeError(realm, "a service generator yielded " + Conversions.toDisplayString(value)
            + "; yield jtask.call(...), jtask.sleep(ms) or a promise").value());
    }

    /** A descriptor made by jtask.call/request, untouched since: its fields are at fixed slots. */
    private boolean madeByCall(JSObject d) {
        return d.shape == callShape || d.shape == timedCallShape;
    }

    /** Registers the wait on a new session and returns it; 0 (and the error thrown into the generator) when the limit of pending calls is reached. */
    private long waitOn(Object generator, Duration timeout, DeferredValue timeoutError, PendingCall call) {
        long session = coroutines.waitOnNewSession(cx, generator, id, timeout, timeoutError, call);
        if (session == 0) {
            throwLater(call.invocation(), generator, Errors.rangeError(realm,
                "too many pending calls in service '" + name + "' (" + host.options.maxPendingCalls() + ")").value());
        }
        return session;
    }

    private void call(Invocation inv, Object generator, JSObject descriptor) {
        Object targetValue;
        String method;
        Object data;
        long timeoutMs;
        if (madeByCall(descriptor)) {
            // made by jtask.call (its own data properties, perhaps reassigned since): no lookups
            Object[] slots = descriptor.slots;
            // (JSObject.slotValue: compiled code may keep a Number it updates there unboxed)
            targetValue = dev.oryx.string.ConsString.flatIfRope(JSObject.slotValue(slots[TARGET_SLOT]));
            method = Conversions.toString(realm, JSObject.slotValue(slots[METHOD_SLOT]));
            data = JSObject.slotValue(slots[DATA_SLOT]);
            timeoutMs = JTaskApi.timeoutMillis(this,
                descriptor.shape == timedCallShape ? JSObject.slotValue(slots[TIMEOUT_SLOT]) : Undefined.INSTANCE);
        } else {
            targetValue = dev.oryx.string.ConsString.flatIfRope(descriptor.get(realm, "target", descriptor));
            method = Conversions.toString(realm, descriptor.get(realm, "method", descriptor));
            data = descriptor.get(realm, "data", descriptor);
            timeoutMs = JTaskApi.timeoutMillis(this, descriptor.get(realm, "timeout", descriptor));
        }
        Service target = lookup(targetValue);
        if (target == null) {
            throwLater(inv, generator, notFound(targetValue));
            return;
        }
        Object form;
        try {
            form = clone.serialize(data);
        } catch (JSException e) {
            throwLater(inv, generator, e.value());
            return;
        }
        Duration timeout = timeoutMs > 0 ? Duration.ofMillis(timeoutMs) : null;
        PendingCall call = new PendingCall(inv, target.name, method, System.nanoTime(), timeoutMs);
        long session = waitOn(generator, timeout, call, call);
        if (session == 0) {
            return;
        }
        switch (target.post(new Message(Message.REQUEST, id, session, method, form, this))) {
            case OK -> {
            }
            case BUSY -> deferred.add(() -> coroutines.resumeWithError(session, HostErrors.create(realm, "ServiceBusyError",
                "service '" + target.name + "' is busy (mailbox full: " + target.mailbox.capacity() + " requests)")));
            case DEAD -> deferred.add(() -> coroutines.resumeWithError(session, exitedNotFound(target.name)));
        }
    }

    /** The target of a call: the last one again when the same name string names it and it lives (most callers call one service in a loop). */
    private Service lookup(Object targetValue) {
        Service last = lastTarget;
        if (last != null && targetValue == lastTargetName && !last.dead) {
            return last;
        }
        Service found = host.lookup(targetValue);
        lastTargetName = found == null ? null : targetValue;
        lastTarget = found;
        return found;
    }

    private void sleep(Invocation inv, Object generator, double ms) {
        long session = waitOn(generator, null, null, new PendingCall(inv, "sleep", "", System.nanoTime(), 0));
        if (session == 0) {
            return;
        }
        long nanos = ms > 0 ? (long) Math.min(ms * 1_000_000d, Long.MAX_VALUE / 2) : 0;
        host.timer.schedule(() -> {
            if (!coroutines.isClosed()) {
                coroutines.resume(session, Undefined.INSTANCE);
            }
        }, nanos, TimeUnit.NANOSECONDS);
    }

    ErrorObject notFound(Object target) {
        String t = target instanceof String s ? "'" + s + "'" : Conversions.toDisplayString(target);
        return HostErrors.create(realm, "ServiceNotFoundError", "service " + t + " not found");
    }

    private ErrorObject exitedNotFound(String target) {
        return HostErrors.create(realm, "ServiceNotFoundError", "service '" + target + "' has exited");
    }

    // ======================================================================
    // Outcomes of handlers
    // ======================================================================

    private void complete(Invocation inv, Object value) {
        if (inv.done) {
            return;
        }
        if (inv.kind != Invocation.REQUEST) {
            inv.done = true;
            if (inv.promise != null) {
                Promises.resolve(realm, inv.promise, value);
            }
            return;
        }
        Object form;
        try {
            form = clone.serialize(value);
        } catch (JSException e) {
            fail(inv, e.value());
            return;
        }
        finish(inv);
        reply(inv, new Message(Message.RESPONSE, id, inv.session, null, form));
    }

    private void fail(Invocation inv, Object error) {
        if (inv.done) {
            return;
        }
        finish(inv);
        if (inv.promise != null) {
            Promises.rejectPromise(realm, inv.promise, error);
            return;
        }
        errors.increment();
        if (inv.kind == Invocation.REQUEST) {
            reply(inv, new Message(Message.FAILURE, id, inv.session, null, failureOf(inv.method, error)));
        } else {
            logError("Uncaught in send handler '" + inv.method + "'", new JSException(error));
        }
    }

    private void finish(Invocation inv) {
        inv.done = true;
        if (inv.kind == Invocation.REQUEST && inbound.remove(inv)) {
            add(inboundCount, -1);
        }
    }

    private void reply(Invocation inv, Message m) {
        if (inv.from == 0) {
            host.hostReply(m);
            return;
        }
        Service caller = inv.caller != null ? inv.caller : host.byId(inv.from);
        if (caller != null) {
            // a caller that exited meanwhile refuses it (post returns DEAD), as a lookup would have found nobody
            caller.post(m);
        }
    }

    /** The heap-neutral failure of a handler that threw {@code error}: a RemoteError for the caller. */
    private Failure failureOf(String method, Object error) {
        String remoteName;
        String remoteMessage;
        String remoteStack;
        List<String> chain = new ArrayList<>();
        Object remoteValue = null;
        if (error instanceof ErrorObject e && isHostError(e, "RemoteError")) {
            remoteName = stringProperty(e, "remoteName");
            remoteMessage = stringProperty(e, "remoteMessage");
            remoteStack = stringProperty(e, "remoteStack");
            Object c = e.get(realm, "serviceChain", e);
            if (c instanceof JSArray a) {
                for (long i = 0; i < a.length(); i++) {
                    chain.add(Conversions.toString(realm, a.get(realm, (int) i, a)));
                }
            }
        } else if (error instanceof ErrorObject e) {
            remoteName = stringProperty(e, "name");
            remoteMessage = stringProperty(e, "message");
            remoteStack = new JSException(e).jsStack();
        } else {
            remoteName = "";
            remoteMessage = Conversions.toDisplayString(error);
            remoteStack = "";
            try {
                remoteValue = clone.serialize(error);
            } catch (JSException ignored) {
                // the thrown value does not copy: the caller gets its text only
            }
        }
        chain.add(name);
        String text = remoteName.isEmpty() ? remoteMessage : remoteMessage.isEmpty() ? remoteName : remoteName + ": " + remoteMessage;
        return new Failure("RemoteError", name + "." + method + " failed: " + text, remoteName, remoteMessage, remoteStack, chain, remoteValue);
    }

    private String stringProperty(JSObject o, String key) {
        try {
            Object v = o.get(realm, key, o);
            return v == Undefined.INSTANCE ? "" : Conversions.toString(realm, v);
        } catch (JSException e) {
            return "";
        }
    }

    private boolean isHostError(JSObject e, String type) {
        JSObject proto = realm.intrinsics.get("host:" + type + "Prototype");
        for (JSObject p = e.getPrototypeOf(realm); p != null && proto != null; p = p.getPrototypeOf(realm)) {
            if (p == proto) {
                return true;
            }
        }
        return false;
    }

    /** The error a caller receives for a failure: made in this realm, on this service's thread. */
    private ErrorObject failureError(Failure f) {
        ErrorObject e = HostErrors.create(realm, f.type(), f.message());
        HostErrors.define(e, "remoteName", f.remoteName());
        HostErrors.define(e, "remoteMessage", f.remoteMessage());
        HostErrors.define(e, "remoteStack", f.remoteStack());
        HostErrors.define(e, "serviceChain", realm.newArray(f.serviceChain().toArray()));
        if (f.remoteValue() != null) {
            HostErrors.define(e, "remoteValue", clone.deserialize(f.remoteValue()));
        }
        return e;
    }

    // ======================================================================
    // Introspection, logging, exit
    // ======================================================================

    /** {@code jtask.pending()}: the waits of this service with the JavaScript position of each waiting generator. */
    JSArray pendingList() {
        List<Object> out = new ArrayList<>();
        long now = System.nanoTime();
        for (PendingWait w : coroutines.pending()) {
            if (!(w.attachment() instanceof PendingCall call) || call.target().isEmpty()) {
                continue;
            }
            JSObject entry = realm.newObject();
            entry.defineOwn("session", Conversions.number(w.session()), Shape.DEFAULT);
            entry.defineOwn("target", call.target(), Shape.DEFAULT);
            entry.defineOwn("method", call.method(), Shape.DEFAULT);
            entry.defineOwn("waitingMs", Conversions.number((now - call.startNanos()) / 1_000_000), Shape.DEFAULT);
            entry.defineOwn("timeoutMs", Conversions.number(w.timeoutMillis()), Shape.DEFAULT);
            entry.defineOwn("stack", w.suspendedAt() == null ? "" : "    at " + w.suspendedAt(), Shape.DEFAULT);
            out.add(entry);
        }
        return realm.newArray(out.toArray());
    }

    ServiceCounters counters() {
        CoroutineCounters c = coroutines.counters();
        // only calls wait with a deadline (sleeps and awaited promises do not), so the manager's timeouts are the calls'
        return new ServiceCounters(id, name, messages.getOpaque(), mailbox.size(), c.waiting(), inboundCount.getOpaque(), c.timedOut(), errors.sum(),
            lateReplies.sum(), busyRejections.sum());
    }

    void log(String line) {
        host.options.out().println("[" + name + "] " + line);
    }

    private void logError(String what, JSException e) {
        java.io.PrintStream err = host.options.err();
        err.println("[" + name + "] " + what + " " + e.getMessage());
        String stack = e.jsStack();
        if (!stack.isEmpty()) {
            err.println(stack);
        }
    }

    /**
     * Ends the service on its own thread: it leaves the registry, its waiting generators are closed
     * with {@code return()} (their {@code finally} blocks run; what they yield then is ignored),
     * then every call waiting on it fails ({@code ServiceExitedError}) and queued requests are
     * bounced.
     */
    void teardown() {
        if (dead) {
            return;
        }
        dead = true;
        state.set(DEAD);
        host.unregister(this);
        deferred.clear();
        // finally blocks first, so a caller that sees the exit knows the cleanup ran
        try {
            coroutines.close();
        } catch (JSException e) {
            logError("Uncaught while closing", e);
        } catch (RuntimeException e) {
            host.options.err().println("[" + name + "] error while closing: " + e);
        }
        for (Invocation inv : new ArrayList<>(inbound)) {
            finish(inv);
            reply(inv, exited(inv));
        }
        for (Message m; (m = mailbox.poll()) != null; ) {
            if (m.kind == Message.REQUEST) {
                Invocation inv = new Invocation(Invocation.REQUEST, m.from, m.session, m.method);
                inv.caller = m.sender;
                reply(inv, exited(inv));
            } else if (m.kind == Message.RESPONSE || m.kind == Message.FAILURE) {
                lateReplies.increment();
            }
        }
        runtime.close();
    }

    private Message exited(Invocation inv) {
        return new Message(Message.FAILURE, id, inv.session, null, new Failure("ServiceExitedError",
            "service '" + name + "' exited before answering " + inv.method, "", "", "", List.of(name), null));
    }
}
