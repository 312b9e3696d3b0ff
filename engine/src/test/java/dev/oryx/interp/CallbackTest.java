package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSFunction;

/** What {@link Callback} knows of a function without calling it. */
class CallbackTest {
    @Test
    void subtractionIsRecognisedOnlyWhenTheFunctionDoesNothingElse() {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            String[] ascending = {"(a, b) => a - b", "function (x, y) { return x - y; }", "(function f(p, q) { return (p - q); })",
                "function (x, y) { 'use strict'; return x - y; }"};
            String[] descending = {"(a, b) => b - a", "function (x, y) { return y - x; }"};
            String[] neither = {"(a, b) => a - b + 0", "(a, b) => a - a", "(a, b, c) => a - c", "(a, b = 1) => a - b",
                "function f(a, b) { f = 1; return a - b; }", "function* (a, b) { return a - b; }", "async (a, b) => a - b",
                "(a, b) => b + a", "(a, b) => { a - b; }", "(a, ...b) => a - b", "(a, b) => a < b ? -1 : 1",
                "class { constructor(a, b) { return a - b; } }", "Math.max"};
            for (String s : ascending) {
                assertEquals(1, subtraction(cx, s), s);
            }
            for (String s : descending) {
                assertEquals(-1, subtraction(cx, s), s);
            }
            for (String s : neither) {
                assertEquals(0, subtraction(cx, s), s);
            }
        }
    }

    private static int subtraction(JSContext cx, String source) {
        return Callback.of((JSFunction) cx.evalRaw("(" + source + ")", "t.js")).subtraction();
    }
}
