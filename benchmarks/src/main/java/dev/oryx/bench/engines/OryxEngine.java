package dev.oryx.bench.engines;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.JSValue;
import dev.oryx.interp.ScriptRunner;

/** Oryx through its embedding API ({@link JSRuntime}, {@link JSContext}, {@link JSValue}). */
final class OryxEngine implements JsEngine {
    /**
     * {@code JSContext.runJobs()} arrives with the promise work (issue 6); looked up reflectively so
     * that this module compiles before it exists and picks it up as soon as it does.
     */
    private static final MethodHandle RUN_JOBS = findRunJobs();

    private final JSRuntime runtime = new JSRuntime();
    private final JSContext context = runtime.newContext();

    private static MethodHandle findRunJobs() {
        try {
            return MethodHandles.publicLookup().findVirtual(JSContext.class, "runJobs", MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            try {
                return MethodHandles.publicLookup().findVirtual(JSContext.class, "runJobs", MethodType.methodType(int.class));
            } catch (NoSuchMethodException | IllegalAccessException e2) {
                return null;
            }
        }
    }

    @Override
    public String id() {
        return "oryx";
    }

    @Override
    public void eval(String source, String fileName) {
        context.evalRaw(source, fileName);
    }

    @Override
    public Function function(String name) {
        JSValue f = context.eval("typeof " + name + " === 'function' ? " + name + " : undefined", "<lookup>");
        if (!f.isFunction()) {
            return null;
        }
        return () -> f.call().raw();
    }

    @Override
    public void runJobs() {
        if (RUN_JOBS == null) {
            throw new UnsupportedOperationException("Oryx has no JSContext.runJobs() yet (promise job queue, issue 6)");
        }
        try {
            RUN_JOBS.invoke(context);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Uses the engine's internal {@link ScriptRunner#compile}: the public API has no
     * compile-without-running call yet (reported as a missing API).
     */
    @Override
    public Object compile(String source, String fileName) {
        return ScriptRunner.compile(context.realm(), source, fileName);
    }

    @Override
    public Object evalInNewRealm(String source) {
        try (JSContext fresh = runtime.newContext()) {
            return fresh.evalRaw(source, "<realm>");
        }
    }

    @Override
    public void close() {
        context.close();
        runtime.close();
    }
}
