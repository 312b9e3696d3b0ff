package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;

/** A catastrophic pattern inside the matcher can be stopped by the host. */
class RegExpInterruptTest {

    /** /(a+)+$/ against 40 a's and a b needs about 2^40 steps: it never ends by itself. */
    private static final String CATASTROPHIC = "/(a+)+$/.test('" + "a".repeat(40) + "b')";

    @Test
    void interruptFromAWatchdogThreadStopsARunawayMatch() {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
            watchdog.schedule(runtime::interrupt, 200, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class,
                () -> cx.evalRaw(CATASTROPHIC, "t.js"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals("Script terminated by interrupt", e.getMessage());
            assertTrue(millis < 20_000, "stopped after " + millis + " ms");
            // The context stays usable.
            assertEquals(true, cx.evalRaw("/a+$/.test('aaa')", "t.js"));
        } finally {
            watchdog.shutdownNow();
        }
    }

    @Test
    void interruptHandlerIsPolledDuringMatching() {
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            runtime.setInterruptHandler(() -> System.nanoTime() > deadline);
            ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class,
                () -> cx.evalRaw(CATASTROPHIC, "t.js"));
            assertEquals("Script terminated by the host", e.getMessage());
        }
    }
}
