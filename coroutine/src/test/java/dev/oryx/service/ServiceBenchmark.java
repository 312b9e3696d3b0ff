package dev.oryx.service;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rough measurements of the service runtime for the issue's figures, as a plain program (no JMH
 * harness exists in benchmarks/ yet): RPC round trips per second between two services with 1 and
 * 2 workers, 16 callers into one server, and heap per pending call with 100,000 calls waiting on a
 * service that never answers. Not a test; numbers on a shared machine are noisy.
 *
 * <pre>
 * mvn -q -pl coroutine -am package -DskipTests
 * java -Xmx2g -cp "coroutine/target/test-classes:coroutine/target/oryx-coroutine-0.1.0-SNAPSHOT.jar:coroutine/target/lib/*" \
 *     dev.oryx.service.ServiceBenchmark [seconds-per-measurement]
 * </pre>
 */
public final class ServiceBenchmark {
    private ServiceBenchmark() {
    }

    private static boolean histogram;

    private static final String SERVER = "jtask.dispatch({ echo(x) { return x; } });";

    /** Each run(n) keeps one call in flight: n sequential round trips, each one copy of a number each way. */
    private static final String CLIENT = """
        jtask.dispatch({
          *run({ target, n }) {
            let sum = 0;
            for (let i = 0; i < n; i++) sum += yield jtask.call(target, 'echo', i);
            return sum;
          },
        });
        """;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("memory")) {
            histogram = args.length > 1 && args[1].equals("histogram");
            pendingMemory(100_000, SINK_PROMISE);
            pendingMemory(100_000, SINK_GENERATOR);
            return;
        }
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        if (args.length > 1 && args[1].equals("one-worker")) {
            roundTrips("two services, 1 call in flight", 1, 1, 1, seconds);
            return;
        }
        System.out.printf("cores available: %d (shared machine: figures are noisy)%n", Runtime.getRuntime().availableProcessors());
        for (int workers : new int[] {1, 2}) {
            roundTrips("two services, 1 call in flight", workers, 1, 1, seconds);
            roundTrips("two services, 64 calls in flight", workers, 1, 64, seconds);
        }
        roundTrips("16 callers -> 1 server, 16 calls in flight", 2, 16, 1, seconds);
        roundTrips("16 callers -> 1 server, 256 calls in flight", 2, 16, 16, seconds);
        pendingMemory(100_000, SINK_PROMISE);
        pendingMemory(100_000, SINK_GENERATOR);
    }

    /** callers client services, each running loops concurrent run(n) loops against one server. */
    private static void roundTrips(String label, int workers, int callers, int loops, double seconds) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (ServiceRuntime rt = new ServiceRuntime(ServiceOptions.defaults().withWorkers(workers).withOutput(quiet, System.err))) {
            rt.spawn("server", SERVER, "server.js");
            for (int c = 0; c < callers; c++) {
                rt.spawn("client" + c, CLIENT, "client.js");
            }
            run(rt, callers, loops, 2_000); // warm-up
            int n = 2_000;
            long total = 0;
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                total += run(rt, callers, loops, n);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-45s workers=%d: %,10.0f round trips/s%n", label, workers, total / elapsed);
        }
    }

    private static long run(ServiceRuntime rt, int callers, int loops, int n) throws Exception {
        List<CompletableFuture<Object>> fs = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            for (int l = 0; l < loops; l++) {
                fs.add(rt.call("client" + c, "run", java.util.Map.of("target", "server", "n", n), Duration.ZERO));
            }
        }
        for (CompletableFuture<Object> f : fs) {
            f.get(120, TimeUnit.SECONDS);
        }
        return (long) callers * loops * n;
    }

    /** A service that never answers: each request's handler returns a promise that never settles (shared). */
    private static final String SINK_PROMISE = "const never = new Promise(() => {}); jtask.dispatch({ hold(i) { return never; } });";
    /** The same with a generator handler suspended per request (waiting on that promise). */
    private static final String SINK_GENERATOR = "const never = new Promise(() => {}); jtask.dispatch({ *hold(i) { return yield never; } });";

    /** Heap per call: count calls (jtask.request, 30 s default timeout) waiting on a service that never answers. */
    private static void pendingMemory(int count, String sink) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ServiceOptions options = ServiceOptions.defaults().withWorkers(2).withMailboxCapacity(count * 2).withMaxPendingCalls(count * 2)
            .withOutput(quiet, System.err);
        try (ServiceRuntime rt = new ServiceRuntime(options)) {
            rt.spawn("sink", sink, "sink.js");
            rt.spawn("caller", """
                const calls = [];
                jtask.dispatch({ flood(n) { for (let i = 0; i < n; i++) calls.push(jtask.request('sink', 'hold', i)); return n; } });
                """, "caller.js");
            rt.call("caller", "flood", 10, Duration.ZERO).get(); // warm-up: classes loaded, 10 calls held
            waitFor(rt, 10);
            long before = usedHeap();
            rt.call("caller", "flood", count, Duration.ZERO).get(120, TimeUnit.SECONDS);
            waitFor(rt, count + 10);
            long after = usedHeap();
            if (histogram) {
                new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram").inheritIO().start().waitFor();
            }
            ServiceCounters sinkCounters = rt.counters("sink");
            ServiceCounters caller = rt.counters("caller");
            System.out.printf("%,d pending calls, sink %s: %,d bytes of heap each (caller waits %,d, sink requests held %,d)%n", count,
                sink.equals(SINK_PROMISE) ? "returns a pending promise" : "suspends a generator", (after - before) / count,
                caller.pendingSessions(), sinkCounters.inboundPending());
        }
    }

    private static void waitFor(ServiceRuntime rt, int held) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rt.counters("sink").inboundPending() < held || rt.counters("sink").mailboxLength() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("sink did not receive the calls: " + rt.counters("sink"));
            }
            Thread.sleep(20);
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime r = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, r.totalMemory() - r.freeMemory());
        }
        return used;
    }
}
