package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The "Embedding Oryx in Java" example of README.md, kept compiling and true here. */
class ReadmeExampleTest {

    /** A host class: only the exported members are visible to scripts. */
    public static final class Greeter {
        @HostAccess.Export
        public final String greeting;

        Greeter(String greeting) {
            this.greeting = greeting;
        }

        @HostAccess.Export
        public String greet(String name) {
            return greeting + ", " + name;
        }

        public void shutdown() {
            throw new AssertionError("not exported: never callable from a script");
        }
    }

    @Test
    void theReadmeExampleRuns() {
        // --- README example begins
        try (JSRuntime runtime = JSRuntime.builder()
                .memoryLimit(64L << 20)                  // RangeError, then termination, past 64 MB kept
                .timeLimit(Duration.ofSeconds(2))        // per evaluation / call / job drain
                .instructionLimit(50_000_000)
                .maxStackDepth(2_000)
                .hostAccess(HostAccess.explicit())       // the default: @HostAccess.Export members only
                .build();
             JSContext cx = runtime.newContext()) {
            cx.global().set("add", JSFunction.of("add", 2, (thisValue, args) -> args[0].asDouble() + args[1].asDouble()));
            cx.global().set("greeter", new Greeter("Hello"));
            cx.global().set("names", List.of("Ada", "Linus"));

            JSValue result = cx.eval("names.map(n => greeter.greet(n)).join('; ') + ' ' + add(1, 2)", "main.js");
            String text = result.asString();                          // "Hello, Ada; Hello, Linus 3"

            JSValue square = cx.eval("(x) => x * x", "square.js");
            int nine = square.call(3).asInt();                        // 9

            try {
                cx.eval("while (true) {}", "loop.js");
            } catch (ScriptTerminatedException e) {
                // e.reason() == Reason.TIME_LIMIT or INSTRUCTION_LIMIT; cx is still usable
            }
            // --- README example ends
            assertEquals("Hello, Ada; Hello, Linus 3", text);
            assertEquals(9, nine);
            ScriptTerminatedException stop = assertThrows(ScriptTerminatedException.class, () -> cx.eval("while (true) {}", "loop.js"));
            // whichever limit comes first: 50 million units usually, 2 s on a loaded machine
            assertTrue(stop.reason() == ScriptTerminatedException.Reason.INSTRUCTION_LIMIT
                || stop.reason() == ScriptTerminatedException.Reason.TIME_LIMIT, stop.reason().toString());
            assertEquals("undefined", cx.eval("typeof greeter.shutdown", "t.js").asString());
            assertEquals(2, cx.eval("1 + 1", "t.js").asInt(), "usable after the stop");
        }
    }
}
