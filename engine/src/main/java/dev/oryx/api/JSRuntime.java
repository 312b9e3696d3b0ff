package dev.oryx.api;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import dev.oryx.interp.ExecutionStack;
import dev.oryx.runtime.MemoryAccount;

/**
 * A JavaScript runtime: one thread of execution (an agent) with its job queue, its limits and
 * its host access policy, and the contexts (realms) created in it.
 *
 * <pre>{@code
 * try (JSRuntime rt = JSRuntime.builder()
 *         .memoryLimit(64 << 20).timeLimit(Duration.ofSeconds(2)).build();
 *      JSContext cx = rt.newContext()) {
 *     cx.global().set("greet", cx.function("greet", 1, (self, args) -> "hi " + args[0].asString()));
 *     System.out.println(cx.eval("greet('bob')", "main.js").asString());
 * }
 * }</pre>
 *
 * <h2>Threads</h2>
 * A runtime and all its contexts are used by one thread at a time: the first call into a
 * context (evaluation, call, property access through {@link JSValue}, job drain) makes the
 * calling thread the runtime's owner until that call returns; a call from another thread
 * meanwhile fails at once with {@link IllegalStateException} (never a silent race). Calls may
 * nest on the owner thread (a host function evaluating more code). Different runtimes share
 * nothing and run in parallel freely: for parallel work, give each thread its own runtime.
 * {@link #interrupt()} and {@link #close()} may be called from any thread.
 *
 * <h2>Limits</h2>
 * Each limit ends the script cleanly, and the context stays usable afterwards:
 * <ul>
 * <li>{@link Builder#instructionLimit}: per host entry (an evaluation, a call from Java, a drain of
 *     the job queue), counted in backward jumps, calls and regular-expression steps, checked
 *     every 4,096 of them; ends with {@link ScriptTerminatedException} (uncatchable).</li>
 * <li>{@link Builder#timeLimit}: wall-clock time per host entry, checked at the same points;
 *     a builtin that runs long without calling back into JavaScript (sorting a huge array) is
 *     only stopped when it returns.</li>
 * <li>{@link Builder#maxStackDepth}: nested JavaScript calls; a catchable {@code RangeError}.</li>
 * <li>{@link Builder#memoryLimit}: the memory the runtime's contexts retain (see
 *     {@link MemoryAccount}); first a catchable {@code RangeError}, then termination if the
 *     script keeps the memory.</li>
 * </ul>
 */
public final class JSRuntime implements AutoCloseable {
    final ExecutionStack stack = new ExecutionStack();
    private final HostAccess hostAccess;
    private final dev.oryx.module.ModuleLoader moduleLoader;
    private final ZoneId timeZone;
    private final InstantSource clock;
    private final ClassLoader classLoader;
    private final MemoryAccount memory;
    /** For {@link #measureMemory()} without a limit (keeps the size of the last walk). */
    private MemoryAccount measurer;
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private int entryDepth;
    private final List<WeakReference<JSContext>> contexts = new ArrayList<>();
    private volatile boolean closed;

    /** A runtime with the defaults: no limits but the stack depth, {@link HostAccess#explicit()}. */
    public JSRuntime() {
        this(new Builder());
    }

    private JSRuntime(Builder b) {
        hostAccess = b.hostAccess;
        moduleLoader = b.moduleLoader;
        timeZone = b.timeZone;
        clock = b.clock;
        ClassLoader loader = b.classLoader != null ? b.classLoader : Thread.currentThread().getContextClassLoader();
        classLoader = loader != null ? loader : JSRuntime.class.getClassLoader();
        stack.instructionLimit = b.instructionLimit;
        stack.timeLimitNanos = b.timeLimit == null ? 0 : b.timeLimit.toNanos();
        stack.maxDepth = b.maxStackDepth;
        if (b.compileThreshold >= 0) {
            stack.jitThreshold = ExecutionStack.jitThreshold(b.compileThreshold);
        }
        stack.interruptHandler = b.interruptHandler;
        memory = b.memoryLimit > 0 ? new MemoryAccount(b.memoryLimit, this::memoryRoots) : null;
        stack.memory = memory;
    }

    /** A builder for a runtime with limits, a policy, a time zone, a module loader. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new context: a fresh realm with the standard built-ins. */
    public JSContext newContext() {
        if (closed) {
            throw new IllegalStateException("the runtime is closed");
        }
        JSContext cx = new JSContext(this);
        synchronized (contexts) {
            contexts.removeIf(r -> r.get() == null);
            contexts.add(new WeakReference<>(cx));
        }
        return cx;
    }

    /** Asks the script running in this runtime to stop (from any thread); it ends with {@link ScriptTerminatedException}. */
    public void interrupt() {
        stack.interrupt("Script terminated by interrupt");
    }

    /** A hook polled during execution (with the limits): returning true stops the running script. */
    public void setInterruptHandler(BooleanSupplier handler) {
        stack.interruptHandler = handler;
    }

    /** Maximum depth of JavaScript calls (a RangeError beyond). */
    public void setMaxStackDepth(int depth) {
        stack.maxDepth = depth;
    }

    /** The host access policy of this runtime's contexts. */
    public HostAccess hostAccess() {
        return hostAccess;
    }

    /** The module loader given to the builder, if any. */
    public Optional<dev.oryx.module.ModuleLoader> moduleLoader() {
        return Optional.ofNullable(moduleLoader);
    }

    /** The memory limit in bytes, or 0 when there is none. */
    public long memoryLimit() {
        return memory == null ? 0 : memory.limit();
    }

    /**
     * Measures now what the runtime's contexts retain, in bytes (an estimate, see
     * {@link MemoryAccount}); works with or without a memory limit. Called from the owner thread
     * or while no script runs.
     */
    public long measureMemory() {
        enter(null);
        try {
            if (memory != null) {
                return memory.measure();
            }
            if (measurer == null) {
                measurer = new MemoryAccount(Long.MAX_VALUE, this::memoryRoots);
            }
            return measurer.measure();
        } finally {
            exit();
        }
    }

    private Iterable<?> memoryRoots() {
        List<Object> roots = new ArrayList<>();
        synchronized (contexts) {
            for (WeakReference<JSContext> r : contexts) {
                JSContext cx = r.get();
                if (cx != null && !cx.isClosed()) {
                    roots.add(cx.realm());
                }
            }
        }
        roots.add(stack);
        return roots;
    }

    ZoneId timeZone() {
        return timeZone;
    }

    InstantSource clock() {
        return clock;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    // ---- one thread at a time ----

    /**
     * Makes the current thread the owner for one (possibly nested) call from the host. The
     * outermost entry starts a fresh instruction budget and deadline.
     */
    void enter(JSContext cx) {
        Thread me = Thread.currentThread();
        if (owner.get() != me) {
            if (closed) {
                throw new IllegalStateException("the runtime is closed");
            }
            if (!owner.compareAndSet(null, me)) {
                Thread other = owner.get();
                throw new IllegalStateException("the runtime is in use by thread " + (other == null ? "?" : other.getName())
                    + "; a runtime and its contexts may be used by one thread at a time");
            }
            entryDepth = 0;
            stack.beginEntry();
        }
        entryDepth++;
        if (memory != null) {
            memory.enter(cx == null ? null : cx.realm());
        }
    }

    void exit() {
        if (memory != null) {
            memory.exit();
        }
        if (--entryDepth == 0) {
            owner.set(null);
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the runtime and its contexts: a script running on another thread is stopped
     * ({@link ScriptTerminatedException.Reason#CLOSED}), and further use of the runtime or its
     * contexts fails with {@link IllegalStateException}. Pending jobs are dropped.
     */
    @Override
    public void close() {
        closed = true;
        if (owner.get() != null) {
            stack.interrupt("Script terminated: the runtime was closed", ScriptTerminatedException.Reason.CLOSED);
        }
        synchronized (contexts) {
            for (WeakReference<JSContext> r : contexts) {
                JSContext cx = r.get();
                if (cx != null) {
                    cx.markClosed();
                }
            }
            contexts.clear();
        }
    }

    /**
     * Settings for a new {@link JSRuntime}. Every setting has a default: no memory, instruction
     * or time limit; a stack depth of 100,000 calls; the JVM's time zone and clock;
     * {@link HostAccess#explicit()}; the thread's context class loader for {@code Java.type}; no
     * module loader.
     */
    public static final class Builder {
        private long memoryLimit;
        private long instructionLimit;
        private Duration timeLimit;
        private int maxStackDepth = 100_000;
        private int compileThreshold = -1;
        private ZoneId timeZone;
        private InstantSource clock;
        private HostAccess hostAccess = HostAccess.explicit();
        private ClassLoader classLoader;
        private dev.oryx.module.ModuleLoader moduleLoader;
        private BooleanSupplier interruptHandler;

        private Builder() {
        }

        /** The most memory, in bytes, the runtime's contexts may retain (see {@link MemoryAccount}). */
        public Builder memoryLimit(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("memory limit must be positive");
            }
            memoryLimit = bytes;
            return this;
        }

        /**
         * The budget of one host entry in backward jumps, calls and regular-expression steps
         * (checked every 4,096; so a budget below that is rounded up to it).
         */
        public Builder instructionLimit(long units) {
            if (units <= 0) {
                throw new IllegalArgumentException("instruction limit must be positive");
            }
            instructionLimit = units;
            return this;
        }

        /** The wall-clock time one host entry may take. */
        public Builder timeLimit(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("time limit must be positive");
            }
            timeLimit = limit;
            return this;
        }

        /** Maximum depth of nested JavaScript calls (a catchable RangeError beyond). */
        public Builder maxStackDepth(int depth) {
            if (depth <= 0) {
                throw new IllegalArgumentException("stack depth must be positive");
            }
            maxStackDepth = depth;
            return this;
        }

        /**
         * How many times a function is entered (called, returned into) before the compiler tier
         * turns its bytecode into JVM bytecode; 0 keeps every function in the interpreter. The
         * default is the system property {@code oryx.jit.threshold}, else 1,000.
         */
        public Builder compileThreshold(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("compile threshold must not be negative");
            }
            compileThreshold = entries;
            return this;
        }

        /** The time zone of {@code Date} local time in every context. */
        public Builder timeZone(ZoneId zone) {
            timeZone = Objects.requireNonNull(zone);
            return this;
        }

        /** The clock of {@code Date.now()} and {@code new Date()} (tests pin it). */
        public Builder clock(InstantSource source) {
            clock = Objects.requireNonNull(source);
            return this;
        }

        /** What scripts may see of Java objects (see {@link HostAccess}). */
        public Builder hostAccess(HostAccess access) {
            hostAccess = Objects.requireNonNull(access);
            return this;
        }

        /** The class loader {@code Java.type} loads from (with {@link HostAccess#allowClasses}). */
        public Builder classLoader(ClassLoader loader) {
            classLoader = Objects.requireNonNull(loader);
            return this;
        }

        /**
         * Where the ES modules of this runtime's contexts come from (static imports and
         * {@code import()}): {@link dev.oryx.module.FileModuleLoader} for a directory,
         * {@link dev.oryx.module.MemoryModuleLoader} for sources held in memory, or the host's own.
         * Without one, modules are read from files relative to the working directory.
         */
        public Builder moduleLoader(dev.oryx.module.ModuleLoader loader) {
            moduleLoader = Objects.requireNonNull(loader);
            return this;
        }

        /** A hook polled with the limits: returning true stops the running script. */
        public Builder interruptHandler(BooleanSupplier handler) {
            interruptHandler = Objects.requireNonNull(handler);
            return this;
        }

        /** A new runtime with these settings (the builder may be reused). */
        public JSRuntime build() {
            return new JSRuntime(this);
        }
    }
}
