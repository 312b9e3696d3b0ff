package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

/** Evaluating scripts in a fresh context for the built-in tests. */
final class JsTesting {
    private JsTesting() {
    }

    /** The completion value of {@code source} in a new context (engine representation). */
    static Object eval(String source) {
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
            return cx.evalRaw(source, "test.js");
        }
    }

    /** Asserts that {@code source} completes with {@code expected} (a String, Integer, Double, Boolean). */
    static void check(Object expected, String source) {
        assertEquals(expected, eval(source), source);
    }

    /** Asserts that {@code source} throws an error with this name and message. */
    static void checkError(String name, String message, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source), source);
        assertEquals(name, e.errorName(), () -> source + " threw " + e.getMessage());
        if (message != null) {
            assertEquals(message, e.errorMessage(), source);
        }
    }
}
