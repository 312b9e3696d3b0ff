package dev.oryx.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

/**
 * Found by the fuzzing harness (no-escapes property, issue 12): {@code 1+1+...+1} with 100,000
 * operators parses (the grammar reads the chain iteratively) but the scope analyser and the
 * compiler walk the left-deep tree recursively, so a StackOverflowError escaped as an internal
 * error. A program too deep to compile is now a SyntaxError, as one too deep to parse already was.
 */
class DeeplyNestedProgramTest {
    /** Deep enough to overflow the 1 MB stack these tests run on, at any frame size. */
    private static final String LONG_CHAIN = "1" + "+1".repeat(100_000);

    /** Runs {@code body} on a thread with the JVM's usual 1 MB stack, whatever stack the test runner has. */
    private static <T> T onOneMegabyteStack(java.util.function.Supplier<T> body) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(body.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "one-megabyte", 1 << 20);
        t.start();
        t.join();
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    private static Object eval(String source) throws InterruptedException {
        return onOneMegabyteStack(() -> {
            try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
                return cx.evalRaw(source, "t.js");
            }
        });
    }

    @Test
    void longOperatorChainInAScriptIsASyntaxError() {
        JSException e = assertThrows(JSException.class, () -> eval(LONG_CHAIN));
        assertEquals("SyntaxError", e.errorName());
        assertEquals(true, e.getMessage().contains("too deeply nested"), e.getMessage());
    }

    @Test
    void longOperatorChainInEvalAndFunctionIsACatchableSyntaxError() throws InterruptedException {
        String chain = "'" + LONG_CHAIN + "'";
        assertEquals("SyntaxError|SyntaxError|SyntaxError", eval(
            "var names = [];"
                + "try { eval(" + chain + "); } catch (e) { names.push(e.name); }"
                + "try { (0, eval)(" + chain + "); } catch (e) { names.push(e.name); }"
                + "try { Function(" + chain + "); } catch (e) { names.push(e.name); }"
                + "names.join('|')"));
    }

    @Test
    void theContextIsUsableAfterwards() throws InterruptedException {
        assertEquals(3, eval("try { eval('" + LONG_CHAIN + "'); } catch (e) {} 1 + 2"));
    }
}
