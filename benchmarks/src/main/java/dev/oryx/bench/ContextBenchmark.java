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
 * Context creation: a new realm (global object with the standard library) in an already
 * started engine, with {@code 1+1} evaluated in it so that lazily built parts are in place. What
 * "a new realm" is per engine: Oryx a new {@code JSContext} of one {@code JSRuntime}; Rhino
 * {@code initStandardObjects()} on the thread's Context; Nashorn a new Bindings (global) of one
 * ScriptEngine; GraalJS a new polyglot Context on one shared Engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ContextBenchmark {

    @Param({"oryx", "rhino-interpreted", "rhino-compiled", "nashorn", "graaljs"})
    public String engine;

    private JsEngine js;

    @Setup(Level.Trial)
    public void setUp() {
        try {
            js = Engines.create(engine);
            Object r = js.evalInNewRealm("1+1");
            if (r == null) {
                throw new IllegalStateException("no result from 1+1");
            }
        } catch (Throwable t) {
            throw BenchStatus.failed("context", engine, "new realm", t);
        }
    }

    @Benchmark
    public Object newRealm() {
        return js.evalInNewRealm("1+1");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (js != null) {
            js.close();
        }
    }
}
