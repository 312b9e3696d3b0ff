package dev.oryx.coroutine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.JSValue;
import dev.oryx.object.ErrorObject;
import dev.oryx.runtime.Undefined;

/** The original extension's checks, and what Oryx adds: errors, cancel, deadlines, threads, listeners. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CoroutineManagerTest {
    private JSRuntime runtime;
    private JSContext cx;
    private CoroutineManager manager;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        runtime = new JSRuntime();
        cx = runtime.newContext();
        cx.installConsole(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        manager = CoroutineManager.create(runtime);
        manager.enable(cx);
    }

    @AfterEach
    void tearDown() {
        manager.close();
    }

    private Object eval(String js) {
        return cx.evalRaw(js, "test.js");
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- the original's checks

    @Test
    void isGeneratorAcceptsGeneratorObjectsByClassOnly() {
        assertEquals(true, eval("__is_generator((function*(){})())"));
        assertEquals(true, eval("class A { *m() {} }; __is_generator(new A().m())"));
        assertEquals(false, eval("__is_generator({ next() {}, return() {}, throw() {} })"), "duck-typed iterator");
        assertEquals(false, eval("__is_generator((async function*(){})())"), "async generator");
        assertEquals(false, eval("__is_generator(function*(){})"), "generator function");
        assertEquals(false, eval("__is_generator([][Symbol.iterator]())"), "array iterator");
        assertEquals(false, eval("__is_generator()"), "no argument");
        assertEquals(false, eval("__is_generator(null)"));
        assertTrue(manager.isGenerator(cx.eval("(function*(){})()", "t.js")));
        assertFalse(manager.isGenerator(cx.eval("({next(){}})", "t.js")));
    }

    @Test
    void yieldAndResumePassValuesThroughNext() {
        Object r = eval("""
            var log = [];
            function* worker() {
              const a = yield 'first';
              log.push(a);
              const b = yield 'second';
              log.push(b);
              return a + b;
            }
            var gen = worker();
            gen.next();
            var s = __coroutine_session();
            var codes = [__coroutine_wait(gen, s, 7), __coroutine_resume(s, 40)];
            var s2 = __coroutine_session();
            codes.push(__coroutine_wait(gen, s2, 7), __coroutine_resume(s2, 2));
            codes.join() + '|' + log.join();
            """);
        assertEquals("0,0,0,0|40,2", r);
    }

    @Test
    void completionGivesDoneWithTheReturnValue() {
        Object gen = eval("var g = (function*() { const x = yield 1; return x * 2; })(); g.next(); g");
        long s = manager.newSession();
        assertEquals(WaitStatus.REGISTERED, manager.wait(cx, gen, s, 0));
        ResumeResult r = manager.resume(s, 21);
        assertEquals(ResumeResult.Status.DONE, r.status());
        assertEquals(42, r.value());
        Object again = manager.callNext(cx, gen, Undefined.INSTANCE);
        assertEquals("{value: undefined, done: true}", describe(again));
    }

    private String describe(Object iterResult) {
        JSValue f = cx.eval("(function(r){ return '{value: ' + r.value + ', done: ' + r.done + '}'; })", "t.js");
        return f.call(iterResult).asString();
    }

    @Test
    void callNextReturnsTheIteratorResult() {
        JSValue gen = cx.eval("(function*() { const x = yield 'a'; yield x + 1; })()", "t.js");
        assertEquals("{value: a, done: false}", describe(manager.callNext(gen, Undefined.INSTANCE)));
        assertEquals("{value: 6, done: false}", describe(manager.callNext(gen, 5)));
        assertEquals("{value: undefined, done: true}", describe(manager.callNext(gen, Undefined.INSTANCE)));
    }

    @Test
    void sessionsAreUniquePositiveAndIncreasing() {
        Object r = eval("var a = __coroutine_session(), b = __coroutine_session(); [a > 0, b > a, typeof a].join()");
        assertEquals("true,true,number", r);
        long last = 0;
        for (int i = 0; i < 1000; i++) {
            long s = manager.newSession();
            assertTrue(s > last);
            last = s;
        }
    }

    @Test
    void sessionAllocationIsThreadSafe() throws InterruptedException {
        int threads = 8;
        int each = 100_000;
        long[][] ids = new long[threads][each];
        List<Thread> ts = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            long[] mine = ids[t];
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    mine[i] = manager.newSession();
                }
            });
            th.start();
            ts.add(th);
        }
        start.countDown();
        for (Thread th : ts) {
            th.join();
        }
        long[] all = new long[threads * each];
        for (int t = 0; t < threads; t++) {
            System.arraycopy(ids[t], 0, all, t * each, each);
        }
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            assertTrue(all[i] > all[i - 1], "duplicate session " + all[i]);
        }
        assertEquals(1, all[0]);
        assertEquals(threads * each, all[all.length - 1]);
        assertEquals(threads * (long) each, manager.counters().sessionsIssued());
    }

    // ---------------------------------------------------------------- the wait contract

    @Test
    void waitReturnsMinusOneForNonGeneratorsUnknownOrUsedSessions() {
        Object r = eval("""
            var g = (function*(){ yield; })(); g.next();
            var s = __coroutine_session();
            [
              __coroutine_wait({next(){}, return(){}, throw(){}}, s, 1),
              __coroutine_wait((async function*(){})(), s, 1),
              __coroutine_wait(g, s + 1000, 1),
              __coroutine_wait(g, -5, 1),
              __coroutine_wait(g, 1.5, 1),
              __coroutine_wait(g, 'x', 1),
              __coroutine_wait(g, s, 1),
              __coroutine_wait(g, s, 1),
              __coroutine_resume(s, 0),
              __coroutine_wait(g, s, 1)
            ].join()
            """);
        assertEquals("-1,-1,-1,-1,-1,-1,0,-1,0,-1", r);
    }

    @Test
    void waitAndResumeThrowTypeErrorWithTooFewArguments() {
        JSException e = assertThrows(JSException.class, () -> eval("__coroutine_wait((function*(){})(), 1)"));
        assertEquals("TypeError: __coroutine_wait expects 3 arguments (generator, session, service), got 2", e.getMessage());
        e = assertThrows(JSException.class, () -> eval("__coroutine_resume(1)"));
        assertEquals("TypeError: __coroutine_resume expects 2 arguments (session, data), got 1", e.getMessage());
    }

    @Test
    void outstandingWaitLimitIsSeparateFromSessionIds() {
        try (JSRuntime rt = new JSRuntime(); JSContext c = rt.newContext();
            CoroutineManager m = CoroutineManager.create(rt, CoroutineOptions.DEFAULTS.withMaxOutstandingWaits(2))) {
            m.enable(c);
            Object r = c.evalRaw("""
                function* w() { yield; }
                var gs = [w(), w(), w()]; gs.forEach(g => g.next());
                var ss = [__coroutine_session(), __coroutine_session(), __coroutine_session()];
                var codes = [__coroutine_wait(gs[0], ss[0], 0), __coroutine_wait(gs[1], ss[1], 0), __coroutine_wait(gs[2], ss[2], 0)];
                codes.push(__coroutine_resume(ss[0], 1), __coroutine_wait(gs[2], ss[2], 0));
                codes.join()
                """, "t.js");
            assertEquals("0,0,-1,0,0", r);
            assertEquals(WaitStatus.LIMIT_REACHED, m.wait(c, c.evalRaw("var x = w(); x.next(); x", "t.js"), m.newSession(), 0));
        }
    }

    @Test
    void waitOnNewSessionIssuesAndRegistersInOneStep() {
        try (JSRuntime rt = new JSRuntime(); JSContext c = rt.newContext();
            CoroutineManager m = CoroutineManager.create(rt, CoroutineOptions.DEFAULTS.withMaxOutstandingWaits(2).withSessionWindow(64))) {
            m.enable(c);
            c.evalRaw("var got = []; function* w() { got.push(yield); }", "t.js");
            // sessions issued and never waited on leave their bits set a window earlier: the new session's bit must still be cleared
            for (int i = 0; i < 64; i++) {
                m.newSession();
            }
            long before = m.newSession();
            long s = m.waitOnNewSession(c, c.evalRaw("var g = w(); g.next(); g", "t.js"), 7, null, null, "mine");
            assertEquals(before + 1, s, "the next session of the same counter");
            assertEquals(WaitStatus.SESSION_USED, m.wait(c, c.evalRaw("var h = w(); h.next(); h", "t.js"), s, 0), "waited on already");
            assertEquals(7, m.pending(s).serviceId());
            assertEquals("mine", m.pending(s).attachment());
            assertEquals(0, m.waitOnNewSession(c, c.evalRaw("({})", "t.js"), 0, null, null, null), "not a generator");
            assertTrue(m.waitOnNewSession(c, c.evalRaw("var k = w(); k.next(); k", "t.js"), 0, null, null, null) > 0);
            assertEquals(0, m.waitOnNewSession(c, c.evalRaw("var l = w(); l.next(); l", "t.js"), 0, null, null, null), "limit of 2 reached");
            assertEquals(ResumeResult.Status.DONE, m.resume(s, "x").status());
            assertEquals("x", c.evalRaw("got.join()", "t.js"));
            assertEquals(2, m.counters().waits(), "two waits registered, the refused ones not counted");
        }
    }

    @Test
    void waitStatusesFromJava() {
        Object gen = eval("var g = (function*(){ yield; })(); g.next(); g");
        assertEquals(WaitStatus.NOT_A_GENERATOR, manager.wait(cx, eval("({})"), manager.newSession(), 0));
        assertEquals(WaitStatus.UNKNOWN_SESSION, manager.wait(cx, gen, 999_999, 0));
        long s = manager.newSession();
        assertEquals(WaitStatus.REGISTERED, manager.wait(cx, gen, s, 0));
        assertEquals(WaitStatus.SESSION_USED, manager.wait(cx, gen, s, 0));
        try (JSRuntime other = new JSRuntime(); JSContext oc = other.newContext()) {
            assertThrows(IllegalArgumentException.class, () -> manager.wait(oc, gen, manager.newSession(), 0));
        }
    }

    @Test
    void sessionsOutsideTheWindowCanNoLongerBeWaitedOn() {
        try (JSRuntime rt = new JSRuntime(); JSContext c = rt.newContext();
            CoroutineManager m = CoroutineManager.create(rt, new CoroutineOptions(4, 64, null))) {
            m.bindOwner();
            Object gen = c.evalRaw("var g = (function*(){ yield; })(); g.next(); g", "t.js");
            long old = m.newSession();
            for (int i = 0; i < 63; i++) {
                m.newSession();
            }
            long inWindow = m.newSession() - 63;
            assertEquals(WaitStatus.SESSION_USED, m.wait(c, gen, old, 0));
            assertEquals(WaitStatus.REGISTERED, m.wait(c, gen, inWindow, 0));
        }
    }

    // ---------------------------------------------------------------- the resume contract

    @Test
    void resumeReturnsMinusOneWithoutWaiterAndMinusTwoWhenTheGeneratorThrows() {
        List<String> reported = new ArrayList<>();
        manager.setUncaughtErrorListener((step, e) -> reported.add(step.session() + " " + e.getMessage()));
        Object r = eval("""
            var g = (function*(){ yield; throw new RangeError('bad input'); })(); g.next();
            var s = __coroutine_session();
            [__coroutine_resume(s, 1), __coroutine_resume(987654, 1), __coroutine_wait(g, s, 0), __coroutine_resume(s, 1),
             __coroutine_resume(s, 1)].join() + '|' + s
            """);
        String[] parts = r.toString().split("\\|");
        assertEquals("-1,-1,0,-2,-1", parts[0]);
        assertEquals(List.of(parts[1] + " RangeError: bad input"), reported);
        assertEquals(1, manager.counters().uncaughtErrors());
        assertEquals(3, manager.counters().unknownSession());
    }

    @Test
    void uncaughtErrorsArePrintedWhenNoListenerIsSet() {
        Object gen = eval("var g = (function* worker(){ yield; null.x; })(); g.next(); g");
        long s = manager.newSession();
        manager.wait(cx, gen, s, 0);
        ResumeResult r = manager.resume(s, 1);
        assertEquals(ResumeResult.Status.THREW, r.status());
        assertTrue(r.value() instanceof ErrorObject);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("Uncaught (in coroutine session " + s + ") TypeError: "), printed);
        assertTrue(printed.contains("at worker (test.js:1:"), printed);
    }

    @Test
    void resumeWithErrorThrowsAtTheYield() {
        Object gen = eval("""
            var seen;
            var g = (function*(){ try { yield 'waiting'; } catch (e) { seen = e.message; yield 'caught'; } })(); g.next(); g
            """);
        long s = manager.newSession();
        manager.wait(cx, gen, s, 0);
        ResumeResult r = manager.resumeWithError(s, eval("new Error('remote failed')"));
        assertEquals(ResumeResult.Status.YIELDED, r.status());
        assertEquals("caught", r.value());
        assertEquals("remote failed", eval("seen"));
    }

    @Test
    void cancelRunsFinallyBlocks() {
        Object gen = eval("""
            var cleaned = false;
            var g = (function*(){ try { yield 1; } finally { cleaned = true; } })(); g.next(); g
            """);
        long s = manager.newSession();
        manager.wait(cx, gen, s, 0);
        ResumeResult r = manager.cancel(s);
        assertEquals(ResumeResult.Status.DONE, r.status());
        assertEquals(true, eval("cleaned"));
        assertEquals(ResumeResult.NO_WAITER, manager.resume(s, 1));
        assertEquals(1, manager.counters().cancelled());
    }

    @Test
    void stepListenerSeesTheNextYieldedValue() {
        List<String> steps = new ArrayList<>();
        manager.setStepListener(step -> steps.add(step.session() + ":" + step.serviceId() + ":" + step.result().status() + ":" + step.result().value()));
        Object gen = eval("var g = (function*(){ const a = yield 'one'; const b = yield 'two:' + a; return 'end:' + b; })(); g.next(); g");
        long s1 = manager.newSession();
        manager.wait(cx, gen, s1, 3);
        manager.resume(s1, "x");
        long s2 = manager.newSession();
        manager.wait(cx, gen, s2, 3);
        manager.resume(s2, "y");
        assertEquals(List.of(s1 + ":3:YIELDED:two:x", s2 + ":3:DONE:end:y"), steps);
    }

    @Test
    void lateResumeNeverWakesAnotherWaiter() {
        Object g1 = eval("var a = (function*(){ yield; })(); a.next(); a");
        Object g2 = eval("var b = (function*(){ const v = yield; globalThis.got = v; })(); b.next(); b");
        long s1 = manager.newSession();
        manager.wait(cx, g1, s1, 0);
        manager.cancel(s1);
        long s2 = manager.newSession();
        manager.wait(cx, g2, s2, 0);
        assertEquals(ResumeResult.NO_WAITER, manager.resume(s1, "late"));
        assertEquals(ResumeResult.Status.DONE, manager.resume(s2, "right").status());
        assertEquals("right", eval("got"));
    }

    // ---------------------------------------------------------------- deadlines

    @Test
    void deadlineThrowsTimeoutErrorAtTheYield() throws InterruptedException {
        Object gen = eval("""
            var caught;
            var g = (function*(){ try { yield; } catch (e) { caught = e; } })(); g.next(); g
            """);
        long s = manager.newSession();
        assertEquals(WaitStatus.REGISTERED, manager.wait(cx, gen, s, 0, Duration.ofMillis(30)));
        assertEquals(1, manager.runQueued(Duration.ofSeconds(10)));
        assertEquals("TimeoutError|coroutine session " + s + " timed out after 30 ms|true",
            eval("caught.name + '|' + caught.message + '|' + (caught instanceof Error)"));
        assertEquals(ResumeResult.NO_WAITER, manager.resume(s, 1), "a late resume finds nobody");
        CoroutineCounters c = manager.counters();
        assertEquals(1, c.timedOut());
        assertEquals(1, c.unknownSession());
        assertEquals(0, c.waiting());
    }

    @Test
    void resumeBeforeTheDeadlineCancelsTheTimer() throws InterruptedException {
        Object gen = eval("var g = (function*(){ return yield; })(); g.next(); g");
        long s = manager.newSession();
        manager.wait(cx, gen, s, 0, Duration.ofMillis(50));
        assertEquals(ResumeResult.Status.DONE, manager.resume(s, 5).status());
        assertEquals(0, manager.runQueued(Duration.ofMillis(150)));
        assertEquals(0, manager.counters().timedOut());
    }

    @Test
    void customTimeoutError() throws InterruptedException {
        Object gen = eval("var msg; var g = (function*(){ try { yield; } catch (e) { msg = e.name + ': ' + e.message; } })(); g.next(); g");
        long s = manager.newSession();
        manager.wait(cx, gen, s, 0, Duration.ofMillis(1), c -> HostErrors.create(c.realm(), "TimeoutError", "call to kv.get timed out"));
        manager.runQueued(Duration.ofSeconds(10));
        assertEquals("TimeoutError: call to kv.get timed out", eval("msg"));
    }

    // ---------------------------------------------------------------- threads

    @Test
    void resumeFromAnotherThreadIsQueuedToTheOwner() throws Exception {
        Object gen = eval("var ran = []; var g = (function*(){ const v = yield; ran.push(v); })(); g.next(); g");
        long s = manager.newSession();
        manager.wait(cx, gen, s, 0);
        AtomicInteger wakeUps = new AtomicInteger();
        manager.setWakeUp(wakeUps::incrementAndGet);
        AtomicReference<ResumeResult> fromOther = new AtomicReference<>();
        AtomicReference<ResumeResult> second = new AtomicReference<>();
        Thread t = new Thread(() -> {
            fromOther.set(manager.resume(s, 99));
            second.set(manager.resume(s, 100));
        });
        t.start();
        t.join();
        assertSame(ResumeResult.QUEUED, fromOther.get());
        assertSame(ResumeResult.NO_WAITER, second.get(), "the session was taken by the first resume");
        assertEquals("", eval("ran.join()"), "nothing ran on the foreign thread");
        assertEquals(1, wakeUps.get());
        assertTrue(manager.hasQueued());
        assertEquals(1, manager.runQueued());
        assertEquals("99", eval("ran.join()"));
    }

    @Test
    void runQueuedFromANonOwnerThreadFails() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                manager.runQueued();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join();
        assertTrue(failure.get() instanceof IllegalStateException, String.valueOf(failure.get()));
    }

    @Test
    void ownershipCanMoveBetweenThreads() throws Exception {
        Object gen = eval("var v2; var g = (function*(){ v2 = yield; })(); g.next(); g");
        long s = manager.newSession();
        manager.wait(cx, gen, s, 0);
        manager.releaseOwner();
        AtomicReference<ResumeResult> r = new AtomicReference<>();
        Thread t = new Thread(() -> {
            manager.bindOwner();
            r.set(manager.resume(s, "moved"));
            manager.releaseOwner();
        });
        t.start();
        t.join();
        assertEquals(ResumeResult.Status.DONE, r.get().status());
        manager.bindOwner();
        assertEquals("moved", eval("v2"));
    }

    @Test
    void resumingARunningGeneratorIsQueued() {
        Object r = eval("""
            var order = [];
            var s = __coroutine_session();
            var g = (function*(){ order.push('start'); order.push('self:' + __coroutine_resume(s, 'again')); const v = yield; order.push('got:' + v); })();
            __coroutine_wait(g, s, 0);
            g.next();
            order.join()
            """);
        assertEquals("start,self:0", r);
        assertEquals(1, manager.runQueued());
        assertEquals("start,self:0,got:again", eval("order.join()"));
    }

    // ---------------------------------------------------------------- close, tracing

    @Test
    void closeReturnsEveryWaiterAndLaterCallsFail() {
        eval("""
            var closed = [];
            function* w(n) { try { yield; } finally { closed.push(n); } }
            var a = w('a'), b = w('b'); a.next(); b.next();
            __coroutine_wait(a, __coroutine_session(), 0); __coroutine_wait(b, __coroutine_session(), 0);
            """);
        manager.close();
        assertEquals("a,b", eval("closed.join()"));
        assertEquals(2, manager.counters().closed());
        assertThrows(IllegalStateException.class, manager::newSession);
        assertThrows(IllegalStateException.class, () -> manager.resume(1, 1));
        JSException e = assertThrows(JSException.class, () -> eval("__coroutine_session()"));
        assertEquals("TypeError: __coroutine_session: the coroutine manager is closed", e.getMessage());
        assertEquals(-1, eval("__coroutine_resume(1, 1)"));
    }

    @Test
    void pendingListsWaitersWithTheirPosition() {
        Object gen = eval("function* fetchUser() {\n  const u = yield 'call';\n}\nvar g = fetchUser(); g.next(); g");
        long s = manager.newSession();
        manager.wait(cx, gen, s, 12, Duration.ofSeconds(30));
        PendingWait p = manager.pending(s);
        assertNotNull(p);
        assertEquals(12, p.serviceId());
        assertEquals(30_000, p.timeoutMillis());
        assertTrue(p.suspendedAt().startsWith("fetchUser (test.js:2:"), p.suspendedAt());
        manager.cancel(s);
        assertEquals(List.of(), manager.pending());
    }

    @Test
    void countersAddUp() {
        Object gen = eval("function* w() { while (true) yield; } var g = w(); g.next(); g");
        long[] ss = new long[5];
        for (int i = 0; i < 5; i++) {
            ss[i] = manager.newSession();
        }
        manager.wait(cx, gen, ss[0], 0);
        manager.resume(ss[0], 1);
        manager.wait(cx, gen, ss[1], 0);
        manager.resumeWithError(ss[1], 2);
        manager.wait(cx, gen, ss[2], 0);
        manager.cancel(ss[2]);
        manager.wait(cx, gen, ss[3], 0);
        CoroutineCounters c = manager.counters();
        assertArrayEquals(new long[] {5, 1, 4, 2, 1, 0},
            new long[] {c.sessionsIssued(), c.waiting(), c.waits(), c.resumed(), c.cancelled(), c.timedOut()});
        assertEquals(c.waits(), c.waiting() + c.resumed() + c.cancelled() + c.timedOut() + c.closed());
    }
}
