package dev.oryx.api;

import java.io.PrintStream;
import java.util.function.Supplier;

import dev.oryx.builtins.Builtins;
import dev.oryx.builtins.Intrinsics;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.interp.ScriptRunner;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * A realm of a {@link JSRuntime}: its own global object and built-ins. Used by one thread at a
 * time together with the other contexts of its runtime (see {@link JSRuntime}): a second thread
 * entering while another is inside fails with {@link IllegalStateException}.
 *
 * <p>Every way into JavaScript ({@link #eval}, {@link #callRaw}, {@link #runJobs}, the methods of
 * {@link JSValue}) reports a JavaScript exception as {@link JSException}, a stop (interrupt or
 * limit) as {@link ScriptTerminatedException}, and an engine failure as
 * {@link InternalErrorException}; no other Java exception escapes from script execution.
 */
public final class JSContext implements AutoCloseable {
    private final JSRuntime runtime;
    private final Realm realm;
    final HostBridge bridge;
    private volatile boolean closed;

    JSContext(JSRuntime runtime) {
        this.runtime = runtime;
        this.realm = Intrinsics.createRealm(runtime.stack);
        if (runtime.timeZone() != null) {
            realm.timeZone = dev.oryx.date.DateTimeZone.of(runtime.timeZone());
        }
        if (runtime.clock() != null) {
            realm.clock = runtime.clock();
        }
        ScriptRunner.installEvaluator(realm);
        runtime.moduleLoader().ifPresent(l -> realm.modules = new dev.oryx.module.ModuleHost(realm, l));
        bridge = new HostBridge(this, realm, runtime.hostAccess());
        if (runtime.hostAccess().allowsClassLookup()) {
            bridge.installClassLookup(runtime.classLoader());
        }
    }

    /** The realm (engine internals; embedders use {@link #eval} and {@link JSValue}). */
    public Realm realm() {
        return realm;
    }

    /** The runtime this context belongs to (its thread, limits and policy). */
    public JSRuntime runtime() {
        return runtime;
    }

    /**
     * Runs {@code body} as a call from the host: checks the thread and that the context is open,
     * and turns failures into the API's exceptions.
     */
    <T> T within(Supplier<T> body) {
        if (closed) {
            throw new IllegalStateException("the context is closed");
        }
        runtime.enter(this);
        try {
            return body.get();
        } catch (JSException e) {
            throw e.bind(this);
        } catch (ScriptTerminatedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(e);
        } finally {
            runtime.exit();
        }
    }

    /** Like {@link #within} for work that runs no JavaScript: thread and open checks only. */
    private <T> T entered(Supplier<T> body) {
        if (closed) {
            throw new IllegalStateException("the context is closed");
        }
        runtime.enter(this);
        try {
            return body.get();
        } finally {
            runtime.exit();
        }
    }

    /** Evaluates a script; returns its completion value. JavaScript errors come out as {@link JSException}. */
    public JSValue eval(String source, String fileName) {
        return new JSValue(this, evalRaw(source, fileName));
    }

    /**
     * Evaluates a source. A script returns its completion value. A module (its name is its key
     * for the module loader, see {@link JSRuntime.Builder#moduleLoader}) is loaded with its
     * imports, linked and evaluated, the job queue is run (so top-level {@code await} on
     * promises settles), and its namespace object is returned; a module whose evaluation failed
     * throws that error as {@link JSException}. A module still waiting (on something only the
     * host can settle) returns its namespace too, with its bindings possibly uninitialized.
     */
    public JSValue eval(Source source) {
        if (!source.isModule()) {
            return eval(source.text(), source.name());
        }
        return new JSValue(this, within(() -> {
            dev.oryx.module.ModuleHost host = dev.oryx.module.ModuleHost.of(realm);
            dev.oryx.module.ModuleRecord m;
            dev.oryx.interp.JSPromise p;
            try {
                m = host.loadSource(source.name(), source.text());
                host.link(m);
                p = host.evaluate(m);
            } finally {
                realm.weakRefJobs.clearKeptObjects();
            }
            drainJobs();
            if (p.state() == dev.oryx.interp.JSPromise.REJECTED) {
                throw new JSException(p.result());
            }
            return host.namespaceOf(m);
        }));
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
        return within(() -> {
            try {
                return dev.oryx.string.ConsString.flatIfRope(ScriptRunner.evaluate(realm, source, fileName, strict));
            } finally {
                // ClearKeptObjects: the synchronous run is over
                realm.weakRefJobs.clearKeptObjects();
            }
        });
    }

    /** Parses and compiles a script once; {@link Script#run()} runs it. A syntax error is a {@link JSException}. */
    public Script compile(Source source) {
        if (source.isModule()) {
            throw new IllegalArgumentException("a module is linked to its imports when it runs: use eval(Source) for " + source.name());
        }
        FunctionCode code = within(() -> ScriptRunner.compile(realm, source.text(), source.name()));
        return new Script(this, code, source);
    }

    JSValue run(FunctionCode code) {
        return new JSValue(this, within(() -> {
            try {
                return ScriptRunner.run(realm, code);
            } finally {
                realm.weakRefJobs.clearKeptObjects();
            }
        }));
    }

    /**
     * Runs a module: loads it and what it imports (through the realm's module loader, by default
     * the file system relative to the module's key), links and evaluates it. Returns the
     * evaluation promise (a {@code JSPromise}): with top-level await it settles while
     * {@link #runJobs} runs. A failed evaluation rejects the promise (it counts as handled).
     */
    public Object evalModuleRaw(String source, String key) {
        return within(() -> {
            try {
                dev.oryx.interp.JSPromise p = dev.oryx.module.ModuleHost.of(realm).run(key, source);
                dev.oryx.interp.Promises.performThen(realm, p, null, (dev.oryx.interp.Promises.Handler) e -> Undefined.INSTANCE, null);
                return p;
            } finally {
                realm.weakRefJobs.clearKeptObjects();
            }
        });
    }

    /**
     * Replaces the loader of this context's modules (static imports and import()); by default
     * the runtime's ({@link JSRuntime.Builder#moduleLoader}).
     */
    public void setModuleLoader(dev.oryx.module.ModuleLoader loader) {
        entered(() -> {
            dev.oryx.module.ModuleHost.of(realm).setLoader(java.util.Objects.requireNonNull(loader, "loader"));
            return null;
        });
    }

    /**
     * Calls a JavaScript function value from Java with the given this value and raw arguments;
     * errors come out as {@link JSException}.
     */
    public Object callRaw(Object function, Object thisValue, Object... args) {
        if (!(function instanceof dev.oryx.object.JSFunction f)) {
            throw new IllegalArgumentException("not a function: " + Conversions.toDisplayString(function));
        }
        return within(() -> dev.oryx.string.ConsString.flatIfRope(f.call(thisValue, args)));
    }

    /**
     * Runs the runtime's queued jobs (promise reactions, await resumptions, host jobs) until the
     * queue is empty, including jobs queued meanwhile. An uncaught error in a job ends the drain
     * with that {@link JSException}; the jobs after it stay queued. The whole drain is one host
     * entry for the instruction and time limits.
     */
    public void runJobs() {
        within(() -> {
            drainJobs();
            return null;
        });
    }

    private void drainJobs() {
        dev.oryx.interp.JobQueue jobs = runtime.stack.jobs;
        dev.oryx.interp.JobQueue.Job job;
        while ((job = jobs.poll()) != null) {
            try {
                job.run();
            } finally {
                realm.weakRefJobs.clearKeptObjects();
            }
        }
    }

    /**
     * Calls the cleanup callbacks of FinalizationRegistry objects for targets the collector has
     * found dead (HostEnqueueFinalizationRegistryCleanupJob); returns how many ran. Hosts call it
     * between jobs, when no script runs.
     */
    public int runFinalizationCleanups() {
        return within(() -> realm.weakRefJobs.runFinalizationCleanups());
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
        return new InternalErrorException(error, e).bind(this);
    }

    /** A JSException caused by an engine failure; {@link #getCause()} is the Java exception. */
    public static final class InternalErrorException extends JSException {
        private static final long serialVersionUID = 1L;

        InternalErrorException(Object value, Throwable cause) {
            super(value, cause);
        }
    }

    // ---- values and functions ----

    /** The global object. */
    public JSValue global() {
        return new JSValue(this, realm.globalObject);
    }

    /** {@code undefined}. */
    public JSValue undefinedValue() {
        return new JSValue(this, Undefined.INSTANCE);
    }

    /** {@code null}. */
    public JSValue nullValue() {
        return new JSValue(this, Null.INSTANCE);
    }

    /**
     * A Java value as a JavaScript value of this context, converted as described in
     * {@link HostAccess} (strings, numbers and booleans become primitives, Java objects host
     * objects or views).
     */
    public JSValue asValue(Object javaValue) {
        return new JSValue(this, entered(() -> bridge.toJS(javaValue)));
    }

    /**
     * A JavaScript function implemented in Java, to install anywhere (a global, an object's
     * property, an argument). See {@link JSCallback} for how results and exceptions cross.
     */
    public JSValue function(String name, int length, JSCallback callback) {
        java.util.Objects.requireNonNull(callback, "callback");
        NativeFunction f = Builtins.function(realm, name, length, (r, t, a) -> {
            JSValue[] args = new JSValue[a.length];
            for (int i = 0; i < a.length; i++) {
                args[i] = new JSValue(this, a[i]);
            }
            Object result;
            try {
                result = callback.call(new JSValue(this, t), args);
            } catch (Throwable e) {
                throw bridge.fromJava(e);
            }
            return result == null ? Undefined.INSTANCE : bridge.toJS(result);
        });
        return new JSValue(this, f);
    }

    /** An anonymous function implemented in Java ({@code length} 0). */
    public JSValue function(JSCallback callback) {
        return function("", 0, callback);
    }

    /**
     * A JavaScript error to throw from a host function: {@code constructorName} is one of
     * {@code Error}, {@code TypeError}, {@code RangeError}, {@code SyntaxError},
     * {@code ReferenceError}, {@code URIError}, {@code EvalError}.
     */
    public JSException newError(String constructorName, String message) {
        JSObject proto = switch (constructorName) {
            case "Error" -> realm.errorPrototype;
            case "TypeError" -> realm.typeErrorPrototype;
            case "RangeError" -> realm.rangeErrorPrototype;
            case "SyntaxError" -> realm.syntaxErrorPrototype;
            case "ReferenceError" -> realm.referenceErrorPrototype;
            case "URIError" -> realm.uriErrorPrototype;
            case "EvalError" -> realm.evalErrorPrototype;
            default -> throw new IllegalArgumentException("not an error constructor: " + constructorName);
        };
        return Errors.error(realm, proto, message).bind(this);
    }

    /** Defines a global property (writable, configurable, not enumerable); Java values are converted as by {@link #asValue}. */
    public void setGlobal(String name, Object value) {
        entered(() -> {
            Builtins.global(realm, name, bridge.toJS(value));
            return null;
        });
    }

    /** A function implemented in Java: receives this and the arguments, returns a JavaScript value. */
    @FunctionalInterface
    public interface HostFunction {
        /** Runs the function: raw engine values in, a raw value (or null for undefined) out. */
        Object call(Object thisValue, Object[] args);
    }

    /**
     * Installs a global function implemented in Java (raw engine values in and out; null means
     * undefined). A Java exception becomes a JavaScript Error as for {@link JSCallback}.
     */
    public void defineFunction(String name, int length, HostFunction fn) {
        NativeFunction f = Builtins.function(realm, name, length, (r, t, a) -> {
            Object result;
            try {
                result = fn.call(t, a);
            } catch (Throwable e) {
                throw bridge.fromJava(e);
            }
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

    /** Whether {@link #close()} was called (on this context or its runtime). */
    public boolean isClosed() {
        return closed || runtime.isClosed();
    }

    void markClosed() {
        closed = true;
    }

    /** Closes the context: further calls into it fail with {@link IllegalStateException}. The runtime stays open. */
    @Override
    public void close() {
        closed = true;
    }
}
