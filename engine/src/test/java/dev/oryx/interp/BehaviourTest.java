package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.oryx.api.EventLoop;
import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

/**
 * Behaviour tests: every {@code .js} file under {@code src/test/resources/behaviour} runs in a
 * fresh context with the command line's event loop (jobs, timers); its output must equal its
 * {@code // expect: ...} lines, and an uncaught error must match {@code // expect error: Name: message}
 * (an unhandled rejection: {@code // expect error: (in promise) Name: message}).
 */
class BehaviourTest {
    @TestFactory
    Stream<DynamicTest> scripts() throws IOException, URISyntaxException {
        return scriptTests(0);
    }

    /** The same scripts with every function compiled by the compiler tier at its first entry. */
    @TestFactory
    Stream<DynamicTest> compiledScripts() throws IOException, URISyntaxException {
        return Stream.concat(scriptTests(1), Stream.of(DynamicTest.dynamicTest("no function failed to compile",
            () -> assertEquals(0, JitCompiler.FAILURES.get(), "classes the JVM rejected"))));
    }

    /**
     * The same scripts compiled at first entry, every function split into regions of a few
     * instructions: jumps, calls, handlers and loops across region boundaries.
     */
    @TestFactory
    Stream<DynamicTest> compiledInRegions() throws IOException, URISyntaxException {
        Stream<DynamicTest> scripts = scriptTests(1).map(t -> DynamicTest.dynamicTest(t.getDisplayName(), () -> {
            JitCompiler.splitBytes = 0;
            JitCompiler.straightWords = 8;
            try {
                t.getExecutable().execute();
            } finally {
                JitCompiler.splitBytes = JitCompiler.SPLIT_BYTES;
                JitCompiler.straightWords = JitCompiler.STRAIGHT_WORDS;
            }
        }));
        return Stream.concat(scripts, Stream.of(DynamicTest.dynamicTest("no function failed to compile in regions",
            () -> assertEquals(0, JitCompiler.FAILURES.get(), "classes the JVM rejected"))));
    }

    private static Stream<DynamicTest> scriptTests(int compileThreshold) throws IOException, URISyntaxException {
        Path dir = Path.of(BehaviourTest.class.getResource("/behaviour").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> run(f, compileThreshold)));
    }

    /** Runs {@code file}; {@code compileThreshold} 0 keeps it in the interpreter. */
    private static void run(Path file, int compileThreshold) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        String expectedError = null;
        for (String line : source.split("\n", -1)) {
            int i = line.indexOf("// expect: ");
            int e = line.indexOf("// expect error: ");
            if (e >= 0) {
                expectedError = line.substring(e + "// expect error: ".length()).strip();
            } else if (i >= 0) {
                expected.add(line.substring(i + "// expect: ".length()));
            } else if (line.strip().equals("// expect:")) {
                expected.add("");
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        String error = null;
        try (JSRuntime runtime = JSRuntime.builder().compileThreshold(compileThreshold).build();
                JSContext cx = runtime.newContext()) {
            cx.installConsole(out, out);
            try {
                EventLoop loop = new EventLoop(cx);
                cx.evalRaw(source, file.getFileName().toString());
                loop.run();
            } catch (EventLoop.UnhandledRejectionException ex) {
                error = "(in promise) " + ex.getMessage();
            } catch (JSException ex) {
                error = ex.getMessage();
            } catch (InterruptedException ex) {
                throw new AssertionError(ex);
            }
        }
        String actual = buffer.toString(StandardCharsets.UTF_8);
        String want = expected.isEmpty() ? "" : String.join("\n", expected) + "\n";
        assertEquals(want, actual, "output of " + file.getFileName());
        assertEquals(expectedError, error, "uncaught error of " + file.getFileName());
    }
}
