package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

/**
 * Evaluation helpers for the RegExp built-in tests: scripts run in a fresh context with
 * {@code show(v)}, a printer that tells undefined, null, strings, arrays and plain objects apart
 * (there is no JSON yet).
 */
final class RegExpTestScripts {
    private static final String PRELUDE = """
        function show(v) {
          if (v === undefined) return "undefined";
          if (v === null) return "null";
          if (typeof v === "string") return '"' + v + '"';
          if (Array.isArray(v)) return "[" + v.map(show).join(",") + "]";
          if (typeof v === "object") {
            return "{" + Object.keys(v).map(function (k) { return k + ":" + show(v[k]); }).join(",") + "}";
          }
          return String(v);
        }
        """;

    private RegExpTestScripts() {
    }

    /** The completion value of {@code script} (after the prelude). */
    static Object eval(String script) {
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
            return cx.evalRaw(PRELUDE + script, "t.js");
        }
    }

    /** {@code show(expression)} evaluated after {@code setup}. */
    static String show(String expression) {
        return (String) eval("show(" + expression + ")");
    }

    static void assertShows(String expected, String expression) {
        assertEquals(expected, show(expression), expression);
    }

    static void assertValue(Object expected, String script) {
        assertEquals(expected, eval(script), script);
    }

    /** The script throws; returns "Name: message". */
    static String error(String script) {
        JSException e = assertThrows(JSException.class, () -> eval(script), script);
        return e.getMessage();
    }
}
