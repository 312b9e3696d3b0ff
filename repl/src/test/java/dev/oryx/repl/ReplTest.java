package dev.oryx.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ServiceLoader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.oryx.cli.InteractiveMode;
import dev.oryx.cli.ScriptSession;

/** The REPL's evaluation and settings without a terminal (the terminal itself: {@link TerminalReplTest}). */
class ReplTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ScriptSession session = new ScriptSession(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, 0, 0);

    @AfterEach
    void close() {
        session.close();
    }

    private String eval(String input) {
        out.reset();
        err.reset();
        Repl.evaluate(session, input, "<repl>");
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReplIsFoundThroughTheServiceLoader() {
        InteractiveMode mode = ServiceLoader.load(InteractiveMode.class).findFirst().orElseThrow();
        assertTrue(mode instanceof Repl, mode.getClass().getName());
    }

    @Test
    void resultsArePrintedInspectedAndDeclarationsPersist() {
        assertEquals("3\n", eval("1 + 2"));
        assertEquals("'text'\n", eval("'te' + 'xt'"));
        assertEquals("undefined\n", eval("let n = 10"));
        assertEquals("undefined\n", eval("function twice(x) {\n  return 2 * x\n}"));
        assertEquals("20\n", eval("twice(n)"));
        assertEquals("{ n: 10, list: [ 1, 2 ] }\n", eval("({n, list: [1, 2]})"));
    }

    @Test
    void aBraceAtTheStartIsAnObjectWhenItParsesAsOne() {
        assertEquals("{ a: 1, b: 'x' }\n", eval("{a: 1, b: 'x'}"));
        assertEquals("({a: 1}\n)", Repl.asExpression("{a: 1}", false));
        // a block stays a block
        assertEquals("{ let q = 1; q + 1 }", Repl.asExpression("{ let q = 1; q + 1 }", false));
        assertEquals("2\n", eval("{ let q = 1; q + 1 }"));
        assertEquals("{a: 1};", Repl.asExpression("{a: 1};", false));
    }

    @Test
    void errorsAreReportedAndTheSessionGoesOn() {
        String e = eval("null.x");
        assertTrue(e.startsWith("Uncaught TypeError"), e);
        String s = eval("let = ;");
        assertTrue(s.startsWith("Uncaught SyntaxError"), s);
        assertEquals("4\n", eval("2 * 2"));
    }

    @Test
    void theEventLoopRunsBeforeTheResultIsPrinted() {
        assertEquals("tick\nPromise { 'done' }\n", eval("new Promise(r => setTimeout(() => { print('tick'); r('done') }, 5))"));
    }

    @Test
    void anInterruptStopsALoopAndTheSessionStaysUsable() throws Exception {
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            session.interrupt();
        });
        stopper.start();
        assertEquals("oryx: interrupted\n", eval("let spins = 0; while (true) { spins++ }"));
        stopper.join();
        assertTrue(session.wasInterrupted());
        assertEquals("true\n", eval("spins > 0"));
    }

    @Test
    void linesFromAPipeAreJoinedUntilComplete() throws Exception {
        Path lib = Files.writeString(dir.resolve("lib.js"), "function cube(x) { return x ** 3 }\ncube(2)\n");
        String input = String.join("\n", "1 + 1", "", "function add(a,", "    b) {", "  return a + b", "}", "add(2, 3)",
            "`multi", "line`", ".load " + lib, "cube(3)", ".help", ".nope", "null.x", "'after error'", ".exit", "'not reached'");
        out.reset();
        err.reset();
        assertEquals(0, Repl.readLines(session, new java.io.BufferedReader(new java.io.StringReader(input))));
        assertEquals("2\nundefined\n5\n'multi\\nline'\n8\n27\n" + Repl.HELP + "\n'after error'\n", out.toString(StandardCharsets.UTF_8));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("unknown command .nope (.help lists them)\nUncaught TypeError"), errors);
    }

    @Test
    void inputEndingInsideAConstructReportsTheSyntaxError() throws Exception {
        err.reset();
        assertEquals(0, Repl.readLines(session, new java.io.BufferedReader(new java.io.StringReader("function f() {\n  return 1\n"))));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("Uncaught SyntaxError"), errors);
    }

    @Test
    void theTimeoutAppliesToEachInput() {
        session.close();
        session = new ScriptSession(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), true, 0, 300);
        assertEquals("oryx: timeout: the script ran longer than 300 ms\n", eval("while (true) {}"));
        assertEquals("'fine'\n", eval("'fine'"));
        // the session is strict (--strict): REPL input is strict code too
        assertTrue(eval("undeclared = 1").startsWith("Uncaught ReferenceError"));
    }

    @Test
    void historyFileFallsBackToMemoryWhenItCannotBeWritten() throws Exception {
        assertEquals(dir.resolve(".oryx_history"), Repl.historyFile(null, dir.toString()));
        assertEquals(dir.resolve("h.txt"), Repl.historyFile(dir.resolve("h.txt").toString(), "/nonexistent"));
        assertNull(Repl.historyFile(null, dir.resolve("missing-home").toString()));
        assertNull(Repl.historyFile(null, null));
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        if (!Files.isWritable(readOnly)) {
            // (root can write anywhere, so this part only runs for other users)
            assertNull(Repl.historyFile(null, readOnly.toString()));
        }
    }
}
