package dev.oryx.coroutine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLongArray;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.interp.GeneratorObject;
import dev.oryx.object.JSArray;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random interleavings of session, wait, resume, resumeWithError, cancel and deadlines from
 * several threads against one manager whose owner thread drains the mailbox: no wait is lost or
 * ended twice, the counters add up, and every generator ends.
 */
class CoroutineInterleavingProperties {
    enum Action { RESUME, ERROR, CANCEL, WAIT_AGAIN, NEW_SESSION, UNKNOWN_SESSION, PAUSE }

    record Op(int generator, Action action) {
    }

    private static final int GENERATORS = 12;

    @Provide
    Arbitrary<List<List<Op>>> plans() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, GENERATORS - 1), Arbitraries.of(Action.class)).as(Op::new);
        return op.list().ofMinSize(10).ofMaxSize(80).list().ofSize(3);
    }

    @Provide
    Arbitrary<List<Integer>> timeouts() {
        // 0: no deadline; else milliseconds, short enough to race with the resumers
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 15)).list().ofSize(GENERATORS);
    }

    @Property(tries = 25)
    void everyWaitEndsExactlyOnceAndEveryGeneratorEnds(@ForAll("plans") List<List<Op>> plan, @ForAll("timeouts") List<Integer> timeouts,
        @ForAll @IntRange(min = 1, max = 4) int rounds) throws Exception {
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            cx.installConsole(quiet, quiet);
            CoroutineManager manager = CoroutineManager.create(runtime);
            manager.enable(cx);
            cx.evalRaw("""
                var ended = [];
                function* worker(id, rounds) {
                  try {
                    for (let r = 0; r < rounds; r++) {
                      try { yield r; } catch (e) { }
                    }
                  } finally { ended.push(id); }
                }
                """, "property.js");

            Object[] generators = new Object[GENERATORS];
            Map<Object, Integer> index = new IdentityHashMap<>();
            AtomicLongArray current = new AtomicLongArray(GENERATORS);
            Set<Long> stepped = new HashSet<>();
            List<Long> steppedTwice = new ArrayList<>();
            manager.setStepListener(step -> {
                if (!stepped.add(step.session())) {
                    steppedTwice.add(step.session());
                }
                if (step.result().status() == ResumeResult.Status.YIELDED && !manager.isClosed()) {
                    int g = index.get(step.generator());
                    current.set(g, register(manager, cx, step.generator(), timeouts.get(g)));
                }
            });
            for (int g = 0; g < GENERATORS; g++) {
                generators[g] = cx.evalRaw("var g = worker(" + g + ", " + rounds + "); g.next(); g", "property.js");
                index.put(generators[g], g);
                current.set(g, register(manager, cx, generators[g], timeouts.get(g)));
            }

            Map<Long, Integer> taken = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> anomalies = new ConcurrentLinkedQueue<>();
            long[] noWaiter = new long[plan.size()];
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> racers = new ArrayList<>();
            for (int t = 0; t < plan.size(); t++) {
                List<Op> ops = plan.get(t);
                int me = t;
                Thread th = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (Op op : ops) {
                        long s = current.get(op.generator());
                        ResumeResult r = switch (op.action()) {
                            case RESUME -> manager.resume(s, op.generator());
                            case ERROR -> manager.resumeWithError(s, "boom");
                            case CANCEL -> manager.cancel(s);
                            case UNKNOWN_SESSION -> manager.resume(Long.MAX_VALUE - op.generator(), 0);
                            case WAIT_AGAIN -> {
                                WaitStatus w = manager.wait(cx, generators[op.generator()], s, 0);
                                if (w != WaitStatus.SESSION_USED) {
                                    anomalies.add("second wait on " + s + ": " + w);
                                }
                                yield null;
                            }
                            case NEW_SESSION -> {
                                manager.newSession();
                                yield null;
                            }
                            case PAUSE -> {
                                Thread.onSpinWait();
                                yield null;
                            }
                        };
                        if (r == null) {
                            continue;
                        }
                        switch (r.status()) {
                            case QUEUED -> taken.merge(s, 1, Integer::sum);
                            case NO_WAITER -> noWaiter[me]++;
                            default -> anomalies.add("inline result on a foreign thread: " + r);
                        }
                    }
                });
                th.start();
                racers.add(th);
            }
            go.countDown();

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (racers.stream().anyMatch(Thread::isAlive) || manager.counters().inFlight() > 0
                || manager.pending().stream().anyMatch(p -> p.timeoutMillis() > 0)) {
                manager.runQueued(Duration.ofMillis(2));
                assertTrue(System.nanoTime() < deadline, "the owner loop did not settle");
            }
            for (Thread th : racers) {
                th.join();
            }
            manager.runQueued();
            CoroutineCounters c = manager.counters();

            assertEquals(List.of(), List.copyOf(anomalies));
            assertEquals(List.of(), steppedTwice, "sessions resumed twice");
            for (Map.Entry<Long, Integer> e : taken.entrySet()) {
                assertEquals(1, e.getValue(), "session " + e.getKey() + " taken by several resumers");
                assertTrue(stepped.contains(e.getKey()), "session " + e.getKey() + " taken but never run");
            }
            Set<Long> timedOut = new HashSet<>(stepped);
            timedOut.removeAll(taken.keySet());
            assertEquals(c.timedOut(), timedOut.size(), "steps not caused by a resumer are the deadlines");
            assertEquals(taken.size(), c.resumed() + c.cancelled());
            long misses = 0;
            for (long n : noWaiter) {
                misses += n;
            }
            assertEquals(misses, c.unknownSession());
            assertEquals(c.waits(), c.waiting() + c.resumed() + c.cancelled() + c.timedOut() + c.closed(), c.toString());
            assertEquals(0, c.inFlight());

            manager.close();
            manager.runQueued();
            CoroutineCounters after = manager.counters();
            assertEquals(c.waiting(), after.closed());
            assertEquals(0, after.waiting());
            JSArray ended = (JSArray) cx.evalRaw("ended", "property.js");
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < ended.length(); i++) {
                ids.add((Integer) ended.get(cx.realm(), i, ended));
            }
            Collections.sort(ids);
            List<Integer> expected = new ArrayList<>();
            for (int g = 0; g < GENERATORS; g++) {
                expected.add(g);
                assertEquals(GeneratorObject.COMPLETED, ((GeneratorObject) generators[g]).state(), "generator " + g);
            }
            assertEquals(expected, ids, "each generator's finally ran once");
            assertEquals(Collections.emptyList(), manager.pending());
        }
    }

    private static long register(CoroutineManager manager, JSContext cx, Object generator, int timeoutMillis) {
        long s = manager.newSession();
        WaitStatus w = manager.wait(cx, generator, s, 0, timeoutMillis == 0 ? null : Duration.ofMillis(timeoutMillis));
        assertEquals(WaitStatus.REGISTERED, w);
        return s;
    }

    @Property(tries = 50)
    void sessionIdsNeverRepeatAndConsumedSessionsStayConsumed(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 2) Integer> ops) {
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext(); CoroutineManager manager = CoroutineManager.create(runtime)) {
            manager.enable(cx);
            Object gen = cx.evalRaw("var g = (function*(){ while (true) yield; })(); g.next(); g", "p.js");
            Set<Long> seen = new HashSet<>();
            List<Long> consumed = new ArrayList<>();
            for (int op : ops) {
                long s = manager.newSession();
                assertTrue(seen.add(s), "session " + s + " issued twice");
                if (op > 0) {
                    assertEquals(WaitStatus.REGISTERED, manager.wait(cx, gen, s, 0));
                    ResumeResult r = op == 1 ? manager.resume(s, 1) : manager.cancel(s);
                    assertTrue(r.status() == ResumeResult.Status.YIELDED || r.status() == ResumeResult.Status.DONE, r.toString());
                    consumed.add(s);
                }
            }
            for (long s : consumed) {
                assertEquals(WaitStatus.SESSION_USED, manager.wait(cx, gen, s, 0));
                assertEquals(ResumeResult.NO_WAITER, manager.resume(s, 0));
            }
        }
    }
}
