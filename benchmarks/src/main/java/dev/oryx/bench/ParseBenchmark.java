package dev.oryx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Parse + compile of a large real-world source taken from an npm package at run time (run.sh
 * fetches it with {@code npm pack} into benchmarks/target; it is never committed). The file is
 * named by {@code -Doryx.bench.parseSource=PATH} or the environment variable
 * {@code ORYX_BENCH_PARSE_SOURCE}; without it the benchmark is skipped. Each engine's
 * compile-without-running entry point is used, bypassing its caches.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ParseBenchmark {
    public static final String PROPERTY = "oryx.bench.parseSource";
    public static final String ENVIRONMENT = "ORYX_BENCH_PARSE_SOURCE";

    @Param({"oryx", "rhino-interpreted", "rhino-compiled", "nashorn", "graaljs"})
    public String engine;

    private JsEngine js;
    private String source;
    private String fileName;

    @Setup(Level.Trial)
    public void setUp() {
        String where = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        try {
            if (where == null || where.isEmpty() || !Files.isRegularFile(Path.of(where))) {
                throw new BenchStatus.Skip("no parse source: set -D" + PROPERTY + " or " + ENVIRONMENT
                    + " (run.sh downloads one with npm pack)" + (where == null ? "" : "; not a file: " + where));
            }
            source = Files.readString(Path.of(where), StandardCharsets.UTF_8);
            fileName = Path.of(where).getFileName().toString();
            js = Engines.create(engine);
            if (js.compile(source, fileName) == null) {
                throw new IllegalStateException("compile returned nothing");
            }
        } catch (IOException e) {
            throw BenchStatus.failed("parse", engine, "parse", new BenchStatus.Skip("cannot read " + where + ": " + e));
        } catch (Throwable t) {
            throw BenchStatus.failed("parse", engine, "parse", t);
        }
    }

    @Benchmark
    public Object parseAndCompile() {
        return js.compile(source, fileName);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (js != null) {
            js.close();
        }
    }
}
