package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each limit ends the script cleanly and leaves the context usable. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResourceLimitsTest {

    @Test
    void theInstructionBudgetStopsAnEndlessLoop() {
        JSContext cx = JSRuntime.builder().instructionLimit(1_000_000).build().newContext();
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class,
            () -> cx.eval("let i = 0; for (;;) { i++; }", "loop.js"));
        assertEquals(ScriptTerminatedException.Reason.INSTRUCTION_LIMIT, e.reason());
        assertEquals("Script terminated: instruction limit of 1000000 exceeded", e.getMessage());
        assertEquals(3, cx.eval("1 + 2", "t.js").asInt(), "usable afterwards, with a fresh budget");
    }

    @Test
    void theBudgetIsPerEntryAndCannotBeCaught() {
        JSContext cx = JSRuntime.builder().instructionLimit(100_000).build().newContext();
        cx.eval("function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }", "t.js");
        for (int i = 0; i < 5; i++) {
            assertEquals(1999000, cx.eval("work(2000)", "t.js").asInt(), "small entries never add up");
        }
        assertThrows(ScriptTerminatedException.class,
            () -> cx.eval("try { for (;;) {} } catch (e) { 'caught' } finally { globalThis.ranFinally = true }", "t.js"));
        assertEquals("undefined", cx.eval("typeof ranFinally", "t.js").asString());
    }

    @Test
    void recursionCountsAgainstTheBudget() {
        JSContext cx = JSRuntime.builder().instructionLimit(50_000).build().newContext();
        assertThrows(ScriptTerminatedException.class,
            () -> cx.eval("function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } for (;;) f(100)", "t.js"));
    }

    @Test
    void theTimeLimitStopsAScriptOnTheWallClock() {
        JSContext cx = JSRuntime.builder().timeLimit(Duration.ofMillis(200)).build().newContext();
        long start = System.nanoTime();
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class, () -> cx.eval("for (;;) {}", "t.js"));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(ScriptTerminatedException.Reason.TIME_LIMIT, e.reason());
        assertTrue(ms >= 200 && ms < 10_000, "stopped after " + ms + " ms");
        assertEquals("ok", cx.eval("'ok'", "t.js").asString());
    }

    @Test
    void theTimeLimitAppliesToEveryJobDrain() {
        JSContext cx = JSRuntime.builder().timeLimit(Duration.ofMillis(100)).build().newContext();
        cx.eval("Promise.resolve().then(() => { for (;;) {} })", "t.js");
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class, cx::runJobs);
        assertEquals(ScriptTerminatedException.Reason.TIME_LIMIT, e.reason());
    }

    @Test
    void theStackDepthIsACatchableRangeError() {
        JSContext cx = JSRuntime.builder().maxStackDepth(500).build().newContext();
        assertEquals("RangeError: Maximum call stack size exceeded|true", cx.eval("""
            let depth = 0;
            function down() { depth++; down(); }
            let message;
            try { down(); } catch (e) { message = String(e); }
            message + '|' + (depth <= 500)""", "t.js").asString());
    }

    @Test
    void anInterruptHandlerStopsTheScript() {
        long[] polls = {0};
        JSContext cx = JSRuntime.builder().interruptHandler(() -> ++polls[0] > 3).build().newContext();
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class, () -> cx.eval("for (;;) {}", "t.js"));
        assertEquals(ScriptTerminatedException.Reason.INTERRUPT_HANDLER, e.reason());
    }

    @Test
    void regularExpressionStepsCountThroughTheHook() {
        JSRuntime rt = JSRuntime.builder().instructionLimit(200_000).build();
        JSContext cx = rt.newContext();
        dev.oryx.regexp.RegExpProgram program = dev.oryx.regexp.RegExpProgram.compile("(a+)+$", "");
        String input = "a".repeat(40) + "b";
        rt.enter(cx);
        try {
            ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class,
                () -> dev.oryx.regexp.RegExpMatcher.search(program, input, 0, cx.realm().stack.regExpInterruptHook()));
            assertEquals(ScriptTerminatedException.Reason.INSTRUCTION_LIMIT, e.reason());
        } finally {
            rt.exit();
        }
    }

    @Test
    void closingTheRuntimeStopsARunningScript() throws Exception {
        JSRuntime rt = new JSRuntime();
        JSContext cx = rt.newContext();
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            rt.close();
        });
        closer.start();
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class, () -> cx.eval("for (;;) {}", "t.js"));
        closer.join();
        assertEquals(ScriptTerminatedException.Reason.CLOSED, e.reason());
        assertThrows(IllegalStateException.class, () -> cx.eval("1", "t.js"));
        assertThrows(IllegalStateException.class, rt::newContext);
    }
}
