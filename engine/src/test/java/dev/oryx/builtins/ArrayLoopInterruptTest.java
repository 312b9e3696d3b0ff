package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;

/**
 * Found by the fuzzing harness (no-escapes property, issue 12): the Array methods walk an
 * array-like element by element up to its length, which may be 2^53 - 1, without calling back
 * into JavaScript, so the interrupt hook (polled by the interpreter on jumps and calls) was never
 * asked and the host could not stop them; JSON.stringify of a deep DAG likewise. And a loop of
 * a few dozen iterations that doubles an array (concat, spread) filled the heap before the
 * interpreter's next poll, hanging in garbage collection. The element accessors off the fast
 * path, element creation, iterator steps and the serializer now count steps of the hook.
 */
class ArrayLoopInterruptTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "new Array(2**32 - 1).join()",
        "Array.prototype.indexOf.call({ length: 2**53 - 1 }, 1)",
        "Array.prototype.lastIndexOf.call({ length: 2**53 - 1 }, 1)",
        "Array.prototype.fill.call({ length: 2**53 - 1 }, 1)",
        "Array.prototype.reverse.call({ length: 2**53 - 1 })",
        "Array.prototype.copyWithin.call({ length: 2**53 - 1 }, 1, 0)",
        "[].concat({ length: 2**53 - 1, [Symbol.isConcatSpreadable]: true })",
        "var a = []; for (var i = 0; i < 40; i++) a = [a, a]; JSON.stringify(a)",
        "var a = [1, 2, 3]; for (var i = 0; i < 40; i++) a = a.concat(a);",
        "var a = [1, 2, 3]; for (var i = 0; i < 40; i++) a = [...a, ...a];",
        "var a = [1, 2, 3]; for (var i = 0; i < 40; i++) { a = a.slice(); a.push(...a); }",
    })
    void theInterruptHookStopsALoopOverAHugeArrayLike(String source) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
                runtime.setInterruptHandler(() -> System.nanoTime() > deadline);
                ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class, () -> cx.evalRaw(source, "t.js"));
                assertEquals("Script terminated by the host", e.getMessage());
                runtime.setInterruptHandler(null);
                assertEquals("1,2", cx.evalRaw("[1, 2].join()", "t.js"));
            }
        });
    }
}
