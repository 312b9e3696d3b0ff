package dev.oryx.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.oryx.service.ServiceCounters;
import dev.oryx.service.ServiceOptions;
import dev.oryx.service.ServiceRuntime;

/**
 * Heap per pending call of the service runtime (not JMH): a caller service starts COUNT calls
 * ({@code jtask.request}, default 30 s timeout) to a service that never answers; heap used after
 * a full GC once every call is held, minus before, divided by COUNT. Two callees: one whose
 * handler returns a promise that never settles (a shared one: what a held request costs the
 * runtime), one that suspends a generator handler per request.
 *
 * <p>{@code java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.oryx.bench.ServiceMemory [COUNT]}
 */
public final class ServiceMemory {
    private ServiceMemory() {
    }

    private static final String SINK_PROMISE = "const never = new Promise(() => {}); jtask.dispatch({ hold(i) { return never; } });";
    private static final String SINK_GENERATOR = "const never = new Promise(() => {}); jtask.dispatch({ *hold(i) { return yield never; } });";
    private static final String CALLER = """
        const calls = [];
        jtask.dispatch({ flood(n) { for (let i = 0; i < n; i++) calls.push(jtask.request('sink', 'hold', i)); return n; } });
        """;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        measure(count, "sink returns a pending promise", SINK_PROMISE);
        measure(count, "sink suspends a generator", SINK_GENERATOR);
    }

    private static void measure(int count, String label, String sink) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ServiceOptions options = ServiceOptions.defaults().withWorkers(2).withMailboxCapacity(count * 2).withMaxPendingCalls(count * 2)
            .withOutput(quiet, System.err);
        try (ServiceRuntime rt = new ServiceRuntime(options)) {
            rt.spawn("sink", sink, "sink.js");
            rt.spawn("caller", CALLER, "caller.js");
            rt.call("caller", "flood", 10, Duration.ZERO).get();
            waitForHeld(rt, 10);
            long before = usedHeap();
            rt.call("caller", "flood", count, Duration.ZERO).get(120, TimeUnit.SECONDS);
            waitForHeld(rt, count + 10);
            long after = usedHeap();
            ServiceCounters caller = rt.counters("caller");
            ServiceCounters held = rt.counters("sink");
            System.out.printf("oryx\t%s\t%d bytes per pending call\t(%,d calls waiting, %,d requests held)%n", label, (after - before) / count,
                caller.pendingSessions(), held.inboundPending());
        }
    }

    private static void waitForHeld(ServiceRuntime rt, int held) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rt.counters("sink").inboundPending() < held || rt.counters("sink").mailboxLength() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the sink did not receive the calls: " + rt.counters("sink"));
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
