package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/** Runaway recursion ends in a catchable RangeError, through JS calls and through native re-entry; never a StackOverflowError. */
class StackLimitsTest {
    private static Object eval(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            return cx.evalRaw(source, "t.js");
        }
    }

    @Test
    void directRecursionIsACatchableRangeError() {
        assertEquals("RangeError: Maximum call stack size exceeded",
            eval("function f() { f(); } try { f(); 'no error' } catch (e) { e.name + ': ' + e.message }"));
    }

    @Test
    void recursionThroughANativeCallbackIsACatchableRangeError() {
        assertEquals("RangeError",
            eval("try { [1].map(function g() { [1].map(g); }); 'no error' } catch (e) { e.name }"));
    }

    @Test
    void recursionThroughGettersAndToStringIsCaughtToo() {
        assertEquals("RangeError",
            eval("var o = { get x() { return this.x; } }; try { o.x } catch (e) { e.name }"));
        assertEquals("RangeError",
            eval("var o = { toString() { return String(this); } }; try { String(o) } catch (e) { e.name }"));
    }

    @Test
    void theContextIsUsableAfterARangeError() {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.evalRaw("function f() { f(); } try { f(); } catch (e) {}", "t.js");
            assertEquals(3, cx.evalRaw("1 + 2", "t.js"));
            assertEquals("ok", cx.evalRaw("function g(n) { return n === 0 ? 'ok' : g(n - 1); } g(50000)", "t.js"));
        }
    }
}
