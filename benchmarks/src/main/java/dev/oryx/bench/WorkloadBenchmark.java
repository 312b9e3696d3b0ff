package dev.oryx.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.oryx.bench.engines.Engines;
import dev.oryx.bench.engines.JsEngine;

/**
 * Every workload of {@link Workload} on every engine of {@link Engines}: the time of one call of
 * the workload's {@code run()} (plus draining the job queue and {@code finish()} for
 * asynchronous workloads). The workload is loaded once per trial and checked by one call before
 * measuring, so that an engine that cannot run it, or gets it wrong, fails at set-up with its
 * reason recorded ({@link BenchStatus}) instead of posting a time.
 *
 * <p>The parameter lists must name every workload and engine ({@code WorkloadCatalogTest} checks).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class WorkloadBenchmark {

    @Param({"fib", "scheduler", "nbody", "strings", "arrays", "json", "regex", "closures", "mapset", "generators",
        "await", "trycatch", "alloc", "props", "typedarrays", "sort"})
    public String workload;

    @Param({"oryx", "rhino-interpreted", "rhino-compiled", "nashorn", "graaljs"})
    public String engine;

    private JsEngine js;
    private JsEngine.Function run;
    private JsEngine.Function finish;

    @Setup(Level.Trial)
    public void setUp() {
        try {
            Workload w = Workload.byId(workload);
            js = Engines.create(engine);
            js.eval(w.source(), w.fileName());
            run = js.function("run");
            if (run == null) {
                throw new IllegalStateException(w.fileName() + " defines no run() function");
            }
            finish = js.function("finish");
            runOnce();
        } catch (Throwable t) {
            throw BenchStatus.failed("workload", engine, workload, t);
        }
    }

    @Benchmark
    public Object run() {
        return runOnce();
    }

    private Object runOnce() {
        Object result = run.call();
        if (finish != null) {
            js.runJobs();
            result = finish.call();
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (js != null) {
            js.close();
        }
    }
}
