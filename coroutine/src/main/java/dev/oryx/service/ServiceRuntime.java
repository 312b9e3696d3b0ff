package dev.oryx.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.oryx.api.JSException;
import dev.oryx.runtime.Conversions;

/**
 * Services with sync-style RPC, after ltask: each service is a script in its own heap
 * ({@link dev.oryx.api.JSRuntime}) with a bounded mailbox; a pool of worker threads runs the
 * services that have messages, each on at most one thread at a time, messages in arrival order.
 * A service declares handlers with {@code jtask.dispatch}; a generator handler calls another
 * service with {@code const r = yield jtask.call(target, method, data)} and is resumed with the
 * reply (or the error) through the service's {@link dev.oryx.coroutine.CoroutineManager}, while
 * the service goes on handling other messages. Messages are copied between heaps (a structured
 * clone).
 *
 * <p>Failures never hang a caller: an unknown target throws {@code ServiceNotFoundError} at once,
 * a full mailbox {@code ServiceBusyError}, no reply within the timeout {@code TimeoutError} (the
 * late reply is dropped and counted), a handler's error comes back as {@code RemoteError} with the
 * remote name, message, stack and service chain, and a service that exits fails every call
 * waiting on it with {@code ServiceExitedError}.
 *
 * <p>From Java: {@link #spawn} services, {@link #call} and {@link #send} to them (Java data in
 * and out, see {@link #call}), read {@link #counters}. Thread-safe.
 */
public final class ServiceRuntime implements AutoCloseable {
    final ServiceOptions options;
    final ScheduledThreadPoolExecutor timer;
    final WorkerPool workers;
    private final ConcurrentHashMap<Integer, Service> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Service> byName = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final ConcurrentHashMap<Long, HostCall> hostCalls = new ConcurrentHashMap<>();
    private final AtomicLong hostSessions = new AtomicLong();
    private final LongAdder hostLateReplies = new LongAdder();
    private volatile boolean closed;

    private static final class HostCall {
        final CompletableFuture<Object> future = new CompletableFuture<>();
        volatile Future<?> timer;
    }

    /** A runtime with the default options. */
    public ServiceRuntime() {
        this(ServiceOptions.defaults());
    }

    public ServiceRuntime(ServiceOptions options) {
        this.options = options;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "oryx-service-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.workers = new WorkerPool(options.workers(), "oryx-service");
        workers.start();
    }

    public ServiceOptions options() {
        return options;
    }

    // ======================================================================
    // Services
    // ======================================================================

    /**
     * Starts the script as service {@code name} and returns its id (ids start at 1 and are never
     * reused). The script runs now, on the calling thread; an error in it is thrown as
     * {@link JSException} and the service is not started. {@link IllegalArgumentException} when
     * the name is taken.
     */
    public int spawn(String name, Path script) throws IOException {
        Path path = script.toAbsolutePath().normalize();
        return spawn(name, Files.readString(path, StandardCharsets.UTF_8), path);
    }

    /** Starts a service from source text; {@code jtask.spawn} in it resolves paths against the working directory. */
    public int spawn(String name, String source, String fileName) {
        return spawn(name, source, Path.of(fileName).toAbsolutePath().normalize());
    }

    int spawn(String name, String source, Path path) {
        if (closed) {
            throw new IllegalStateException("service runtime is closed");
        }
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("service '" + name + "' already exists");
        }
        Path directory = path.getParent() != null ? path.getParent() : Path.of("").toAbsolutePath();
        Service s = new Service(this, nextId.getAndIncrement(), name, directory);
        if (byName.putIfAbsent(name, s) != null) {
            s.teardown();
            s.coroutines.releaseOwner();
            throw new IllegalArgumentException("service '" + name + "' already exists");
        }
        byId.put(s.id, s);
        try {
            s.initialize(source, path.getFileName() == null ? path.toString() : path.getFileName().toString());
        } catch (RuntimeException e) {
            s.teardown();
            s.coroutines.releaseOwner();
            throw e;
        }
        s.start();
        return s.id;
    }

    /** The id of the service named {@code name}, or -1. */
    public int query(String name) {
        Service s = byName.get(name);
        return s == null ? -1 : s.id;
    }

    /** A service by id (a Number) or name (a String), or null. */
    Service lookup(Object target) {
        target = dev.oryx.string.ConsString.flatIfRope(target);
        if (target instanceof String name) {
            return byName.get(name);
        }
        if (Conversions.isNumber(target)) {
            double d = Conversions.numberValue(target);
            return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? byId.get((int) d) : null;
        }
        return null;
    }

    Service byId(int id) {
        return byId.get(id);
    }

    void unregister(Service s) {
        byName.remove(s.name, s);
        byId.remove(s.id, s);
    }

    // ======================================================================
    // Calls from Java
    // ======================================================================

    /** {@link #call(Object, String, Object, Duration)} with the default timeout. */
    public CompletableFuture<Object> call(Object target, String method, Object data) {
        return call(target, method, data, options.callTimeout());
    }

    /**
     * Calls {@code method} of the service {@code target} (id or name). {@code data} is plain Java
     * data: null, String, Boolean, Number, BigInteger, List or array, Map with string keys. The
     * reply arrives as Java data (null, String, Boolean, Integer/Double, BigInteger, List, Map...);
     * a failure as a {@link ServiceCallException}. {@code timeout} zero means none.
     */
    public CompletableFuture<Object> call(Object target, String method, Object data, Duration timeout) {
        HostCall call = new HostCall();
        Service t = lookup(target);
        if (t == null) {
            call.future.completeExceptionally(ServiceCallException.local("ServiceNotFoundError", "service " + describe(target) + " not found"));
            return call.future;
        }
        Object form;
        try {
            form = HostValues.toForm(data);
        } catch (IllegalArgumentException e) {
            call.future.completeExceptionally(ServiceCallException.local("DataCloneError", e.getMessage()));
            return call.future;
        }
        long session = hostSessions.incrementAndGet();
        hostCalls.put(session, call);
        long ms = timeout.toMillis();
        if (ms > 0) {
            call.timer = timer.schedule(() -> {
                if (hostCalls.remove(session) != null) {
                    call.future.completeExceptionally(ServiceCallException.local("TimeoutError",
                        "call to " + t.name + "." + method + " timed out after " + ms + " ms"));
                }
            }, ms, TimeUnit.MILLISECONDS);
        }
        switch (t.post(new Message(Message.REQUEST, 0, session, method, form))) {
            case OK -> {
            }
            case BUSY -> failHostCall(session, ServiceCallException.local("ServiceBusyError",
                "service '" + t.name + "' is busy (mailbox full: " + t.mailbox.capacity() + " requests)"));
            case DEAD -> failHostCall(session, ServiceCallException.local("ServiceNotFoundError", "service '" + t.name + "' has exited"));
        }
        return call.future;
    }

    /** Posts {@code method} to {@code target} without reply; {@link ServiceCallException} when it cannot be delivered. */
    public void send(Object target, String method, Object data) {
        Service t = lookup(target);
        if (t == null) {
            throw ServiceCallException.local("ServiceNotFoundError", "service " + describe(target) + " not found");
        }
        Object form;
        try {
            form = HostValues.toForm(data);
        } catch (IllegalArgumentException e) {
            throw ServiceCallException.local("DataCloneError", e.getMessage());
        }
        switch (t.post(new Message(Message.SEND, 0, 0, method, form))) {
            case OK -> {
            }
            case BUSY -> throw ServiceCallException.local("ServiceBusyError", "service '" + t.name + "' is busy");
            case DEAD -> throw ServiceCallException.local("ServiceNotFoundError", "service '" + t.name + "' has exited");
        }
    }

    private static String describe(Object target) {
        return target instanceof String s ? "'" + s + "'" : String.valueOf(target);
    }

    private void failHostCall(long session, ServiceCallException e) {
        HostCall call = hostCalls.remove(session);
        if (call != null) {
            cancel(call);
            call.future.completeExceptionally(e);
        }
    }

    private static void cancel(HostCall call) {
        Future<?> t = call.timer;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** A reply to a call from Java (runs on the replying service's worker). */
    void hostReply(Message m) {
        HostCall call = hostCalls.remove(m.session);
        if (call == null) {
            hostLateReplies.increment();
            return;
        }
        cancel(call);
        if (m.kind == Message.RESPONSE) {
            call.future.complete(HostValues.toJava(m.payload));
        } else {
            call.future.completeExceptionally(ServiceCallException.of((Failure) m.payload));
        }
    }

    // ======================================================================
    // Introspection and shutdown
    // ======================================================================

    /** The counters of one service, or null when no service has that id or name. */
    public ServiceCounters counters(Object service) {
        Service s = lookup(service);
        return s == null ? null : s.counters();
    }

    /** The counters of every live service, by id. */
    public List<ServiceCounters> counters() {
        List<ServiceCounters> out = new ArrayList<>();
        for (Service s : byId.values()) {
            out.add(s.counters());
        }
        out.sort(Comparator.comparingInt(ServiceCounters::id));
        return out;
    }

    /** Replies to calls from Java that arrived after the call timed out. */
    public long hostLateReplies() {
        return hostLateReplies.sum();
    }

    /**
     * Stops the workers (after their current turn; a service stuck in a long script is
     * interrupted), ends every service (their waiting generators are closed so {@code finally}
     * blocks run), and fails the calls from Java still waiting. Not from a worker thread (it would
     * wait for itself): {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (workers.isWorkerThread()) {
            throw new IllegalStateException("a service runtime cannot be closed from one of its worker threads");
        }
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!workers.stop(5, TimeUnit.SECONDS)) {
                for (Service s : byId.values()) {
                    if (s.state.get() == Service.RUNNING) {
                        s.runtime.interrupt();
                    }
                }
                workers.stop(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Service s : new ArrayList<>(byId.values())) {
            try {
                s.coroutines.bindOwner();
            } catch (IllegalStateException stuck) {
                continue;
            }
            s.teardown();
            s.coroutines.releaseOwner();
        }
        timer.shutdownNow();
        for (Long session : new ArrayList<>(hostCalls.keySet())) {
            failHostCall(session, ServiceCallException.local("ServiceExitedError", "the service runtime was closed"));
        }
    }
}
