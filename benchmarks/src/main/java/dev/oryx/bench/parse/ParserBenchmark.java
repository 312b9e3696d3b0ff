package dev.oryx.bench.parse;

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
import org.openjdk.jmh.annotations.Warmup;

import dev.oryx.bench.BenchStatus;

/**
 * Warm parse throughput (issue 2): one whole file of {@link ParseCorpus} parsed to the engine's
 * syntax tree per operation, nothing compiled. The report turns the time per operation into MB/s
 * with the file's size. The corpus comes from {@code -Doryx.bench.npmDir=DIR} (run.sh fetches it);
 * a missing file or a file the engine cannot parse is recorded in the status file, not timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParserBenchmark {
    /** The benchmark's name in the status file. */
    public static final String STATUS_NAME = "parser";

    @Param({"oryx", "rhino"})
    public String engine;

    @Param({"acorn", "lodash", "three"})
    public String file;

    private SourceParser parser;
    private String source;
    private String fileName;
    private boolean module;

    @Setup(Level.Trial)
    public void setUp() {
        try {
            ParseCorpus.Entry entry = ParseCorpus.entry(file);
            Path path = entry.locate(ParseCorpus.directory(Path.of("benchmarks/target/npm")));
            if (!Files.isRegularFile(path)) {
                throw new BenchStatus.Skip("no " + path + " (run.sh fetches " + entry.spec() + " with npm pack;"
                    + " or set -D" + ParseCorpus.PROPERTY + ")");
            }
            try {
                source = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BenchStatus.Skip("cannot read " + path + ": " + e);
            }
            fileName = entry.fileName();
            module = entry.module();
            parser = SourceParser.create(engine);
            if (parser.parse(source, fileName, module) == null) {
                throw new IllegalStateException("the parser returned no tree");
            }
        } catch (Throwable t) {
            throw BenchStatus.failed(STATUS_NAME, engine, file, t);
        }
    }

    @Benchmark
    public Object parse() {
        return parser.parse(source, fileName, module);
    }
}
