package dev.oryx.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.oryx.service.ServiceOptions;
import dev.oryx.service.ServiceRuntime;

/**
 * RPC round trips per second of the service runtime (Oryx only: no peer engine has one). A round
 * trip is {@code yield jtask.call('server', 'echo', i)} in a client service's generator handler:
 * one request and one reply, each copied between the two heaps. {@code load} is "callers x calls
 * in flight per caller": {@code 1x1} two services with one call at a time, {@code 1x64} the same
 * pair with 64 calls in flight, {@code 16x1} and {@code 16x16} sixteen client services calling one
 * server. {@code workers} is the size of the worker pool.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ServiceRpcBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ServiceRpcBenchmark {
    /** Round trips per benchmark invocation, split over the callers and their loops. */
    static final int ROUND_TRIPS = 16_384;

    private static final String SERVER = "jtask.dispatch({ echo(x) { return x; } });";
    private static final String CLIENT = """
        jtask.dispatch({
          *run({ n }) {
            let sum = 0;
            for (let i = 0; i < n; i++) sum += yield jtask.call('server', 'echo', i);
            if (sum !== n * (n - 1) / 2) throw new Error('wrong sum ' + sum);
            return sum;
          },
        });
        """;

    @Param({"1", "2"})
    public int workers;

    @Param({"1x1", "1x64", "16x1", "16x16"})
    public String load;

    private ServiceRuntime runtime;
    private int callers;
    private int loops;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = load.split("x");
        callers = Integer.parseInt(parts[0]);
        loops = Integer.parseInt(parts[1]);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        runtime = new ServiceRuntime(ServiceOptions.defaults().withWorkers(workers).withOutput(quiet, System.err));
        runtime.spawn("server", SERVER, "server.js");
        for (int c = 0; c < callers; c++) {
            runtime.spawn("client" + c, CLIENT, "client.js");
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public int roundTrips() throws Exception {
        int n = ROUND_TRIPS / (callers * loops);
        List<CompletableFuture<Object>> calls = new ArrayList<>(callers * loops);
        for (int c = 0; c < callers; c++) {
            for (int l = 0; l < loops; l++) {
                calls.add(runtime.call("client" + c, "run", Map.of("n", n), Duration.ZERO));
            }
        }
        int done = 0;
        for (CompletableFuture<Object> f : calls) {
            f.get(60, TimeUnit.SECONDS);
            done++;
        }
        return done;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runtime.close();
    }
}
