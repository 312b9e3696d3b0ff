package dev.oryx.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where ready services wait: the next slot of the worker that woke them, and what keeps that fair and prompt. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WorkerPoolTest {
    private ServiceRuntime runtime;

    private ServiceRuntime start(int workers) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        runtime = new ServiceRuntime(ServiceOptions.defaults().withWorkers(workers).withOutput(quiet, quiet));
        return runtime;
    }

    @AfterEach
    void tearDown() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void serviceWokenByALongTurnIsTakenByAnIdleWorker() throws Exception {
        start(2);
        runtime.spawn("slow", """
            jtask.dispatch({ run() {
              jtask.send('quick', 'ping', 1);
              const t = Date.now();
              while (Date.now() - t < 3000) {}
              return 'slow done';
            } });
            """, "slow.js");
        runtime.spawn("quick", """
            let pings = 0;
            jtask.dispatch({ ping() { pings++; }, count() { return pings; } });
            """, "quick.js");
        CompletableFuture<Object> slow = runtime.call("slow", "run", null, Duration.ZERO);
        // the ping waits in the next slot of slow's worker; this request queues behind it in quick's mailbox
        Thread.sleep(200);
        Object pings = runtime.call("quick", "count", null, Duration.ZERO).get(2, TimeUnit.SECONDS);
        assertEquals(1, pings);
        assertFalse(slow.isDone(), "quick ran only after slow's turn ended");
        assertEquals("slow done", slow.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aPingPongPairOnOneWorkerDoesNotStarveOtherServices() throws Exception {
        start(1);
        runtime.spawn("server", "jtask.dispatch({ echo(x) { return x; } });", "server.js");
        runtime.spawn("client", """
            jtask.dispatch({ *run({ n }) {
              let sum = 0;
              for (let i = 0; i < n; i++) sum += yield jtask.call('server', 'echo', 1);
              return sum;
            } });
            """, "client.js");
        runtime.spawn("other", "jtask.dispatch({ hello() { return 'hi'; } });", "other.js");
        CompletableFuture<Object> loop = runtime.call("client", "run", java.util.Map.of("n", 2_000_000), Duration.ZERO);
        Thread.sleep(100);
        assertEquals("hi", runtime.call("other", "hello", null, Duration.ZERO).get(2, TimeUnit.SECONDS));
        assertFalse(loop.isDone(), "the exchange ran to its end before the other service got a turn");
        runtime.close();
    }
}
