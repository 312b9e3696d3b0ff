package dev.oryx.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 8 services on 2 workers under thousands of concurrent calls: every call is answered exactly
 * once with the right value, and each receiver sees each sender's requests in the order sent.
 */
class ServiceStressTest {
    private static final int SERVICES = 8;
    private static final int PER_TARGET = 100;
    private static final int RELAYS = 150;

    /**
     * {@code echo} checks that each logical sender's sequence numbers arrive in order; {@code fanOut}
     * keeps PER_TARGET requests in flight to every other service at once; {@code relay} is a
     * generator handler forwarding a host call in sync style.
     */
    private static final String SCRIPT = """
        const lastSeq = {};
        const handledBy = {};
        let violations = 0;
        let handled = 0;
        jtask.dispatch({
          echo(msg) {
            const last = msg.from in lastSeq ? lastSeq[msg.from] : -1;
            if (msg.seq !== last + 1) violations++;
            lastSeq[msg.from] = msg.seq;
            handledBy[msg.from] = (handledBy[msg.from] || 0) + 1;
            handled++;
            return msg.seq * 2 + 1;
          },
          *fanOut({ targets, n }) {
            const promises = [];
            for (let i = 0; i < n; i++) {
              for (const t of targets) promises.push([i, jtask.request(t, 'echo', { from: 'svc' + jtask.self(), seq: i })]);
            }
            let ok = 0, wrong = 0;
            for (const [i, p] of promises) {
              if ((yield p) === i * 2 + 1) ok++; else wrong++;
            }
            return { ok, wrong };
          },
          *relay({ target, seq }) {
            return yield jtask.call(target, 'echo', { from: 'relay' + jtask.self(), seq });
          },
          stats() { return { violations, handled, handledBy }; },
        });
        """;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyCallIsAnsweredOnceAndPerSenderOrderHolds() throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (ServiceRuntime runtime = new ServiceRuntime(ServiceOptions.defaults().withWorkers(2).withOutput(quiet, System.err))) {
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                ids.add(runtime.spawn("s" + i, SCRIPT, "s" + i + ".js"));
            }
            List<CompletableFuture<Object>> fanOuts = new ArrayList<>();
            for (int id : ids) {
                List<Integer> others = new ArrayList<>(ids);
                others.remove(Integer.valueOf(id));
                fanOuts.add(runtime.call(id, "fanOut", Map.of("targets", others, "n", PER_TARGET)));
            }
            List<List<CompletableFuture<Object>>> relays = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                relays.add(new ArrayList<>());
            }
            for (int k = 0; k < RELAYS; k++) {
                for (int i = 0; i < SERVICES; i++) {
                    int target = ids.get((i + 1) % SERVICES);
                    relays.get(i).add(runtime.call(ids.get(i), "relay", Map.of("target", target, "seq", k)));
                }
            }

            for (CompletableFuture<Object> f : fanOuts) {
                assertEquals(Map.of("ok", PER_TARGET * (SERVICES - 1), "wrong", 0), f.get(50, TimeUnit.SECONDS));
            }
            for (int i = 0; i < SERVICES; i++) {
                for (int k = 0; k < RELAYS; k++) {
                    assertEquals(k * 2 + 1, relays.get(i).get(k).get(50, TimeUnit.SECONDS), "relay " + k + " of s" + i);
                }
            }
            for (int i = 0; i < SERVICES; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> stats = (Map<String, Object>) runtime.call(ids.get(i), "stats", null).get(10, TimeUnit.SECONDS);
                assertEquals(0, stats.get("violations"), "out-of-order requests at s" + i);
                assertEquals(PER_TARGET * (SERVICES - 1) + RELAYS, stats.get("handled"), "requests handled by s" + i);
                @SuppressWarnings("unchecked")
                Map<String, Object> by = (Map<String, Object>) stats.get("handledBy");
                assertEquals(SERVICES, by.size());
                for (Map.Entry<String, Object> e : by.entrySet()) {
                    assertEquals(e.getKey().startsWith("relay") ? RELAYS : PER_TARGET, e.getValue(), "from " + e.getKey() + " at s" + i);
                }
            }
            for (ServiceCounters c : runtime.counters()) {
                assertEquals(0, c.lateReplies(), c.toString());
                assertEquals(0, c.errors(), c.toString());
                assertEquals(0, c.busyRejections(), c.toString());
                assertEquals(0, c.pendingSessions(), c.toString());
                assertEquals(0, c.inboundPending(), c.toString());
            }
            assertEquals(0, runtime.hostLateReplies());
        }
    }
}
