package dev.oryx.api;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

import dev.oryx.builtins.Builtins;
import dev.oryx.builtins.Intrinsics;
import dev.oryx.interp.ScriptRunner;
import dev.oryx.object.NativeFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * A realm of a {@link JSRuntime}: its own global object and built-ins. Used by one thread at a
 * time: a second thread entering while another is inside fails with {@link IllegalStateException}.
 */
public final class JSContext implements AutoCloseable {
    private final JSRuntime runtime;
    private final Realm realm;
    private final AtomicReference<Thread> owner = new AtomicReference<>();

    JSContext(JSRuntime runtime) {
        this.runtime = runtime;
        this.realm = Intrinsics.createRealm(runtime.stack);
        ScriptRunner.installEvaluator(realm);
    }

    /** The realm (engine internals; embedders use {@link #eval} and {@link JSValue}). */
    public Realm realm() {
        return realm;
    }

    public JSRuntime runtime() {
        return runtime;
    }

    private void enter() {
        Thread me = Thread.currentThread();
        Thread current = owner.get();
        if (current == me) {
            return;
        }
        if (!owner.compareAndSet(null, me)) {
            throw new IllegalStateException("JSContext is in use by thread " + owner.get().getName()
                + "; a context may be used by one thread at a time");
        }
    }

    private void exit(boolean entered) {
        if (entered) {
            owner.set(null);
        }
    }

    /** Evaluates a script; returns its completion value. JavaScript errors come out as {@link JSException}. */
    public JSValue eval(String source, String fileName) {
        return new JSValue(this, evalRaw(source, fileName));
    }

    /** Like {@link #eval} but returns the raw JavaScript value (engine representation). */
    public Object evalRaw(String source, String fileName) {
        return evalRaw(source, fileName, false);
    }

    /**
     * Like {@link #evalRaw(String, String)}; with {@code strict} the script is strict code as if
     * it began with a {@code "use strict"} directive.
     */
    public Object evalRaw(String source, String fileName, boolean strict) {
        boolean entered = owner.get() != Thread.currentThread();
        enter();
        try {
            runtime.stack.clearInterrupt();
            return ScriptRunner.evaluate(realm, source, fileName, strict);
        } catch (JSException | ScriptTerminatedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(e);
        } finally {
            // ClearKeptObjects: the synchronous run is over
            realm.weakRefJobs.clearKeptObjects();
            exit(entered);
        }
    }

    /**
     * Runs a module: loads it and what it imports (through the realm's module loader, by default
     * the file system relative to the module's key), links and evaluates it. Returns the
     * evaluation promise (a {@code JSPromise}): with top-level await it settles while
     * {@link #runJobs} runs. A failed evaluation rejects the promise (it counts as handled).
     */
    public Object evalModuleRaw(String source, String key) {
        boolean entered = owner.get() != Thread.currentThread();
        enter();
        try {
            runtime.stack.clearInterrupt();
            dev.oryx.interp.JSPromise p = dev.oryx.module.ModuleHost.of(realm).run(key, source);
            dev.oryx.interp.Promises.performThen(realm, p, null, (dev.oryx.interp.Promises.Handler) e -> Undefined.INSTANCE, null);
            return p;
        } catch (JSException | ScriptTerminatedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(e);
        } finally {
            realm.weakRefJobs.clearKeptObjects();
            exit(entered);
        }
    }

    /** The loader of this context's modules (static imports and import()). */
    public void setModuleLoader(dev.oryx.module.ModuleLoader loader) {
        dev.oryx.module.ModuleHost.of(realm).setLoader(loader);
    }

    /**
     * Calls a JavaScript function value from Java with the given this value and raw arguments;
     * errors come out as {@link JSException}.
     */
    public Object callRaw(Object function, Object thisValue, Object... args) {
        if (!(function instanceof dev.oryx.object.JSFunction f)) {
            throw new IllegalArgumentException("not a function: " + Conversions.toDisplayString(function));
        }
        boolean entered = owner.get() != Thread.currentThread();
        enter();
        try {
            return f.call(thisValue, args);
        } catch (JSException | ScriptTerminatedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(e);
        } finally {
            exit(entered);
        }
    }

    /**
     * Runs the runtime's queued jobs (promise reactions, await resumptions, host jobs) until the
     * queue is empty, including jobs queued meanwhile. An uncaught error in a job ends the drain
     * with that {@link JSException}; the jobs after it stay queued.
     */
    public void runJobs() {
        boolean entered = owner.get() != Thread.currentThread();
        enter();
        try {
            dev.oryx.interp.JobQueue jobs = runtime.stack.jobs;
            dev.oryx.interp.JobQueue.Job job;
            while ((job = jobs.poll()) != null) {
                try {
                    job.run();
                } finally {
                    realm.weakRefJobs.clearKeptObjects();
                }
            }
        } catch (JSException | ScriptTerminatedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(e);
        } finally {
            exit(entered);
        }
    }

    /**
     * Calls the cleanup callbacks of FinalizationRegistry objects for targets the collector has
     * found dead (HostEnqueueFinalizationRegistryCleanupJob); returns how many ran. Hosts call it
     * between jobs, when no script runs.
     */
    public int runFinalizationCleanups() {
        boolean entered = owner.get() != Thread.currentThread();
        enter();
        try {
            return realm.weakRefJobs.runFinalizationCleanups();
        } catch (JSException | ScriptTerminatedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(e);
        } finally {
            exit(entered);
        }
    }

    /** Whether jobs are waiting for {@link #runJobs}. */
    public boolean hasPendingJobs() {
        return !runtime.stack.jobs.isEmpty();
    }

    /** Queues a host job (like queueMicrotask): {@code job} runs during a later {@link #runJobs}. */
    public void enqueueJob(Runnable job) {
        runtime.stack.jobs.enqueue(job::run);
    }

    /**
     * The reasons of promises that were rejected and still have no handler (HostPromiseRejectionTracker),
     * each reported once, oldest first. Hosts call it after {@link #runJobs}.
     */
    public java.util.List<JSValue> takeUnhandledRejections() {
        java.util.List<JSValue> out = new java.util.ArrayList<>();
        for (dev.oryx.interp.JSPromise p : runtime.stack.jobs.takeUnhandledRejections()) {
            out.add(new JSValue(this, p.result()));
        }
        return out;
    }

    /**
     * An engine bug surfaced as a Java exception: reported as a JavaScript Error (never a raw Java
     * exception out of the API), with the Java exception kept as cause for the host.
     */
    private JSException internalError(Throwable e) {
        dev.oryx.object.ErrorObject error = realm.newError(realm.errorPrototype, "Internal error: " + e);
        error.defineOwn("name", "InternalError", dev.oryx.object.Shape.WRITABLE | dev.oryx.object.Shape.CONFIGURABLE);
        return new InternalErrorException(error, e);
    }

    /** A JSException caused by an engine failure; {@link #getCause()} is the Java exception. */
    public static final class InternalErrorException extends JSException {
        private static final long serialVersionUID = 1L;

        InternalErrorException(Object value, Throwable cause) {
            super(value, cause);
        }
    }

    /** Defines a global property (writable, configurable, not enumerable). */
    public void setGlobal(String name, Object value) {
        Builtins.global(realm, name, value);
    }

    /** A function implemented in Java: receives this and the arguments, returns a JavaScript value. */
    @FunctionalInterface
    public interface HostFunction {
        Object call(Object thisValue, Object[] args);
    }

    /** Installs a global function implemented in Java. */
    public void defineFunction(String name, int length, HostFunction fn) {
        NativeFunction f = Builtins.function(realm, name, length, (r, t, a) -> {
            Object result = fn.call(t, a);
            return result == null ? Undefined.INSTANCE : result;
        });
        setGlobal(name, f);
    }

    /** Installs {@code print(...)} and {@code console.log(...)}: arguments converted with String(), joined by spaces. */
    public void installConsole(PrintStream out, PrintStream err) {
        realm.out = out;
        realm.err = err;
        HostFunction print = (t, a) -> {
            out.println(join(a));
            return Undefined.INSTANCE;
        };
        defineFunction("print", 1, print);
        dev.oryx.object.JSObject console = realm.newObject();
        for (String m : new String[] {"log", "info", "debug"}) {
            console.defineOwn(m, Builtins.function(realm, m, 0, (r, t, a) -> {
                out.println(join(a));
                return Undefined.INSTANCE;
            }), dev.oryx.object.Shape.WRITABLE | dev.oryx.object.Shape.CONFIGURABLE);
        }
        for (String m : new String[] {"error", "warn"}) {
            console.defineOwn(m, Builtins.function(realm, m, 0, (r, t, a) -> {
                err.println(join(a));
                return Undefined.INSTANCE;
            }), dev.oryx.object.Shape.WRITABLE | dev.oryx.object.Shape.CONFIGURABLE);
        }
        setGlobal("console", console);
    }

    private String join(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Conversions.toString(realm, args[i] instanceof dev.oryx.runtime.Symbol s ? s.toString() : args[i]));
        }
        return sb.toString();
    }

    @Override
    public void close() {
    }
}
