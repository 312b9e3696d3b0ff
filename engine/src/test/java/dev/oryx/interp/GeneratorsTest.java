package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;

/** Heap-frame generators and async functions seen from Java: memory, depth, jobs, interrupts. */
class GeneratorsTest {
    @Test
    void aGeneratorLeftSuspendedForeverIsCollected() throws InterruptedException {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            Object g = cx.evalRaw("""
                function* holder() { const big = []; for (let i = 0; i < 100000; i++) big.push(i); try { yield big.length; } finally { big.length = 0; } }
                var g = holder(); g.next(); g""", "t.js");
            GeneratorObject generator = (GeneratorObject) g;
            assertEquals(GeneratorObject.SUSPENDED_YIELD, generator.state());
            WeakReference<Object> generatorRef = new WeakReference<>(generator);
            WeakReference<Frame> frameRef = new WeakReference<>(generator.frame);
            g = null;
            generator = null;
            cx.evalRaw("g = undefined", "t.js");
            for (int i = 0; i < 50 && (generatorRef.get() != null || frameRef.get() != null); i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertNull(generatorRef.get(), "suspended generator still reachable");
            assertNull(frameRef.get(), "its frame still reachable");
        }
    }

    @Test
    void aSuspendedFrameDoesNotKeepItsLastCallerAlive() {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            GeneratorObject g = (GeneratorObject) cx.evalRaw("""
                function* gen() { yield 1; }
                function caller() { const it = gen(); it.next(); return it; }
                caller()""", "t.js");
            assertNull(g.frame.caller, "a suspended frame is unlinked from the stack");
            assertNull(cx.realm().stack.top(), "nothing left linked after the script");
        }
    }

    @Test
    void asyncRecursionDoesNotUseTheJavaStack() {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.evalRaw("""
                var result;
                async function f(n) { if (n > 0) await f(n - 1); return n; }
                f(50000).then(v => { result = v; });""", "t.js");
            cx.runJobs();
            assertEquals(50000, cx.evalRaw("result", "t.js"));
        }
    }

    @Test
    void deepDelegationResumesWithoutJavaRecursion() {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            Object n = cx.evalRaw("""
                function* chain(n) { if (n > 0) return yield* chain(n - 1); return yield "bottom"; }
                const it = chain(20000);
                const first = it.next().value;
                const last = it.next("up");
                first + " " + last.value + " " + last.done""", "t.js");
            assertEquals("bottom up true", n);
        }
    }

    @Test
    void anErrorInAJobEndsTheDrainAndLeavesTheRestQueued() {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.evalRaw("var ran = [];", "t.js");
            cx.enqueueJob(() -> cx.evalRaw("ran.push(1)", "t.js"));
            cx.enqueueJob(() -> cx.evalRaw("throw new RangeError('job failed')", "t.js"));
            cx.enqueueJob(() -> cx.evalRaw("ran.push(3)", "t.js"));
            JSException e = assertThrows(JSException.class, cx::runJobs);
            assertEquals("RangeError: job failed", e.getMessage());
            assertEquals("1", cx.evalRaw("ran.join()", "t.js"));
            assertTrue(cx.hasPendingJobs());
            cx.runJobs();
            assertEquals("1,3", cx.evalRaw("ran.join()", "t.js"));
        }
    }

    @Test
    void unhandledRejectionsAreReportedOnceAfterTheDrain() {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.evalRaw("""
                Promise.reject(1).catch(() => {});
                const late = Promise.reject(2);
                Promise.resolve().then(() => late.catch(() => {}));
                async function f() { throw 3; }
                f();""", "t.js");
            cx.runJobs();
            var reasons = cx.takeUnhandledRejections();
            assertEquals(1, reasons.size());
            assertEquals(3, reasons.get(0).raw());
            assertTrue(cx.takeUnhandledRejections().isEmpty());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theHostCanStopAGeneratorLoop() throws InterruptedException {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                rt.interrupt();
            });
            stopper.start();
            assertThrows(ScriptTerminatedException.class,
                () -> cx.evalRaw("function* forever() { for (;;) yield 1; } for (const x of forever()) {}", "t.js"));
            stopper.join();
            assertEquals(3, cx.evalRaw("1 + 2", "t.js"), "the context is usable after the stop");
        }
    }
}
