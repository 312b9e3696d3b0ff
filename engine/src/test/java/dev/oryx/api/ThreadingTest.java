package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One thread at a time per runtime (checked); separate runtimes in parallel. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ThreadingTest {

    @Test
    void aSecondThreadIsRefusedWhileTheFirstIsInside() throws Exception {
        JSRuntime rt = new JSRuntime();
        JSContext cx = rt.newContext();
        JSContext sibling = rt.newContext();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        cx.global().set("block", cx.function((self, args) -> {
            inside.countDown();
            release.await();
            return "released";
        }));
        AtomicReference<String> result = new AtomicReference<>();
        Thread first = new Thread(() -> result.set(cx.eval("block()", "t.js").asString()));
        first.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cx.eval("1", "t.js"));
        assertTrue(e.getMessage().contains("one thread at a time"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> sibling.eval("1", "t.js"), "the contexts of a runtime share its thread");
        JSValue global = cx.global();
        assertThrows(IllegalStateException.class, () -> global.get("block"), "JSValue access is a call into the context too");
        release.countDown();
        first.join();
        assertEquals("released", result.get());
        assertEquals(2, cx.eval("1 + 1", "t.js").asInt(), "free again once the first thread left");
    }

    @Test
    void aContextMayMoveBetweenThreadsOneAtATime() throws Exception {
        JSContext cx = new JSRuntime().newContext();
        cx.eval("globalThis.n = 0", "t.js");
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> cx.eval("n++", "t.js"));
            t.start();
            t.join();
        }
        assertEquals(4, cx.eval("n", "t.js").asInt());
    }

    @Test
    void runtimesRunInParallel() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                results.add(pool.submit(() -> {
                    try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
                        cx.global().set("id", id);
                        start.await();
                        return cx.eval("""
                            function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
                            const m = new Map();
                            for (let i = 0; i < 2000; i++) m.set('k' + i, i * id);
                            let sum = 0; for (const v of m.values()) sum += v;
                            Promise.resolve(id).then(v => globalThis.async = v);
                            id + ':' + fib(18) + ':' + sum""", "worker.js").asString()
                            + ":" + drain(cx);
                    }
                }));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                assertEquals(t + ":2584:" + (1999000L * t) + ":" + t, results.get(t).get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int drain(JSContext cx) {
        cx.runJobs();
        return cx.eval("globalThis.async", "t.js").asInt();
    }

    @Test
    void interruptWorksFromAnotherThread() throws Exception {
        JSRuntime rt = new JSRuntime();
        JSContext cx = rt.newContext();
        CountDownLatch running = new CountDownLatch(1);
        cx.global().set("started", cx.function((self, args) -> {
            running.countDown();
            return null;
        }));
        Thread stopper = new Thread(() -> {
            try {
                running.await();
            } catch (InterruptedException e) {
                return;
            }
            rt.interrupt();
        });
        stopper.start();
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class, () -> cx.eval("started(); for (;;) {}", "t.js"));
        stopper.join();
        assertEquals(ScriptTerminatedException.Reason.INTERRUPTED, e.reason());
    }
}
