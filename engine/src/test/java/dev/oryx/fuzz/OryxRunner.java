package dev.oryx.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.ast.Program;
import dev.oryx.compiler.Compiler;
import dev.oryx.interp.ScriptRunner;
import dev.oryx.object.JSFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Undefined;

/**
 * Runs a program in a fresh Oryx runtime the way the node runner does: the script, then the
 * job queue until empty; output through the host function {@code $out}; an uncaught error named
 * by the prelude's {@code $err}. The interrupt hook stops the run at its deadline; a run that
 * does not come back a few seconds after that is reported as a hang (its thread is abandoned).
 */
final class OryxRunner {
    /** How deep the engine may go, and on what Java stack. */
    enum Limits {
        /**
         * The engine's own limits on a thread with the JVM's usual 1 MB stack, and a memory limit
         * of 512 MB: what an embedder who runs untrusted code sets. The no-escape properties run
         * with these (without the memory limit, a program that doubles an array until the deadline
         * may leave the heap full for the runs after it).
         */
        DEFAULT(1 << 20, -1),
        /**
         * More native re-entries (on a big stack) than the default 200, which stops recursion
         * through natives ({@code f.call}, {@code f.apply}, callbacks) at about 100 levels where
         * node goes thousands deep: the differential properties compare semantics, not that limit
         * (reported as an open finding; see {@code docs/fuzzing.md}).
         */
        REFERENCE(512L << 20, 2_000);

        final long stackBytes;
        final int maxNativeDepth;

        Limits(long stackBytes, int maxNativeDepth) {
            this.stackBytes = stackBytes;
            this.maxNativeDepth = maxNativeDepth;
        }
    }

    /** How long after its deadline a run may take to come back before it counts as a hang. */
    private static final long GRACE_MILLIS = 10_000;
    private static final ExecutorService[] EXECUTORS = new ExecutorService[Limits.values().length];

    private OryxRunner() {
    }

    private static synchronized ExecutorService executor(Limits limits) {
        ExecutorService e = EXECUTORS[limits.ordinal()];
        if (e == null) {
            e = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, "oryx-fuzz-" + limits.name().toLowerCase(), limits.stackBytes);
                t.setDaemon(true);
                return t;
            });
            EXECUTORS[limits.ordinal()] = e;
        }
        return e;
    }

    /**
     * Gives up the thread of a run that did not stop: the next run gets a new one. (The old
     * thread cannot be killed; it keeps a core busy until its loop ends, which can make later runs
     * slow: the first hang of a property is the finding, later ones may be its echo.)
     */
    private static synchronized void abandon(Limits limits, ExecutorService stuck) {
        stuck.shutdownNow();
        if (EXECUTORS[limits.ordinal()] == stuck) {
            EXECUTORS[limits.ordinal()] = null;
        }
    }

    /** What to run in a prepared context: a source text, or an AST compiled without the parser. */
    @FunctionalInterface
    interface Script {
        void run(JSContext cx);
    }

    static Outcome run(String source, long timeoutMillis) {
        return run(source, timeoutMillis, Limits.REFERENCE);
    }

    static Outcome run(String source, long timeoutMillis, Limits limits) {
        return run(cx -> cx.evalRaw(source, "fuzz.js"), timeoutMillis, limits);
    }

    /** Compiles {@code program} as it is (no printing, no parsing) and runs it. */
    static Outcome run(Program program, long timeoutMillis) {
        return run(cx -> ScriptRunner.run(cx.realm(), Compiler.compileScript(program)), timeoutMillis, Limits.REFERENCE);
    }

    static Outcome run(Script script, long timeoutMillis, Limits limits) {
        ExecutorService executor = executor(limits);
        Future<Outcome> future = executor.submit(() -> runHere(script, timeoutMillis, limits));
        try {
            return future.get(timeoutMillis + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            abandon(limits, executor);
            return new Outcome("", null, Outcome.Status.HANG, null);
        } catch (ExecutionException e) {
            return new Outcome("", null, Outcome.Status.ESCAPED, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Outcome runHere(Script script, long timeoutMillis, Limits limits) {
        StringBuilder out = new StringBuilder();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        JSRuntime.Builder builder = JSRuntime.builder();
        if (limits == Limits.DEFAULT) {
            builder.memoryLimit(512L << 20);
        }
        try (JSRuntime runtime = builder.build(); JSContext cx = runtime.newContext()) {
            runtime.setInterruptHandler(() -> System.nanoTime() > deadline);
            if (limits.maxNativeDepth > 0) {
                cx.realm().stack.maxNativeDepth = limits.maxNativeDepth;
            }
            cx.defineFunction("$out", 1, (self, args) -> {
                if (out.length() < Outcome.MAX_OUTPUT) {
                    out.append(Conversions.toString(cx.realm(), args.length > 0 ? args[0] : Undefined.INSTANCE)).append('\n');
                }
                return Undefined.INSTANCE;
            });
            String uncaught = null;
            try {
                script.run(cx);
            } catch (JSContext.InternalErrorException e) {
                return new Outcome(out.toString(), null, Outcome.Status.INTERNAL_ERROR, e.getCause());
            } catch (JSException e) {
                uncaught = errorName(cx, e);
            }
            try {
                cx.runJobs();
            } catch (JSContext.InternalErrorException e) {
                return new Outcome(out.toString(), uncaught, Outcome.Status.INTERNAL_ERROR, e.getCause());
            } catch (JSException e) {
                uncaught = uncaught != null ? uncaught : "in job: " + errorName(cx, e);
            }
            return new Outcome(out.toString(), uncaught, Outcome.Status.COMPLETED, null);
        } catch (ScriptTerminatedException e) {
            return new Outcome(out.toString(), null, Outcome.Status.TIMEOUT, null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(out.toString(), null, Outcome.Status.ESCAPED, e);
        }
    }

    /** {@code $err(value)} from the prelude, or the error's name when the prelude did not run. */
    private static String errorName(JSContext cx, JSException e) {
        try {
            Object err = cx.realm().globalObject.get(cx.realm(), "$err", cx.realm().globalObject);
            if (err instanceof JSFunction) {
                return Conversions.toString(cx.realm(), cx.callRaw(err, Undefined.INSTANCE, e.value()));
            }
        } catch (JSException again) {
            // fall through: the name alone
        }
        String name = e.errorName();
        return name != null ? name : "throw";
    }
}
