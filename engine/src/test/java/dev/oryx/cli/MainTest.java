package dev.oryx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The {@code oryx} flags, run in-process through {@link Main#run} with captured output. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void evalRunsCode() {
        assertEquals(0, run("-e", "print(6 * 7)"), stderr());
        assertEquals("42\n", stdout());
        assertEquals(0, run("--eval", "console.log('a', 1)"), stderr());
        assertEquals("a 1\n", stdout());
    }

    @Test
    void printShowsTheResultInspectedAndStringsAsThey() {
        assertEquals(0, run("-p", "({a: [1, 'two'], b: null})"), stderr());
        assertEquals("{ a: [ 1, 'two' ], b: null }\n", stdout());
        assertEquals(0, run("--print", "'plain' + ' text'"));
        assertEquals("plain text\n", stdout());
        assertEquals(0, run("-p", "undefined"));
        assertEquals("undefined\n", stdout());
        // the event loop runs before the result is printed: the promise has settled
        assertEquals(0, run("-p", "new Promise(r => setTimeout(() => r(5), 1))"), stderr());
        assertEquals("Promise { 5 }\n", stdout());
    }

    @Test
    void includesRunFirstInOrderInTheSameContext() throws Exception {
        String a = file("a.js", "var log = ['a'];");
        String b = file("b.js", "log.push('b');");
        String main = file("main.js", "log.push('main'); print(log.join(','))");
        assertEquals(0, run("-I", a, "--include", b, main), stderr());
        assertEquals("a,b,main\n", stdout());
        assertEquals(0, run("-I", a, "-p", "log.length"), stderr());
        assertEquals("1\n", stdout());
        // includes alone (off a terminal) just run
        assertEquals(0, run("-I", a, "-I", file("c.js", "print(log)")), stderr());
        assertEquals("a\n", stdout());
    }

    @Test
    void anErrorInAnIncludeStopsTheRun() throws Exception {
        String bad = file("bad.js", "throw new RangeError('in include')");
        String main = file("main.js", "print('main ran')");
        assertEquals(1, run("-I", bad, main));
        assertEquals("", stdout());
        assertTrue(stderr().startsWith("Uncaught RangeError: in include\n"), stderr());
    }

    @Test
    void aMissingIncludeIsAUsageError() throws Exception {
        String main = file("main.js", "print('main ran')");
        assertEquals(2, run("-I", dir.resolve("missing.js").toString(), main));
        assertEquals("", stdout());
        assertTrue(stderr().contains("cannot read") && stderr().contains("no such file"), stderr());
    }

    @Test
    void strictRunsScriptsAsStrictCode() throws Exception {
        String f = file("s.js", "function f() { return this === undefined } print(f())");
        assertEquals(0, run(f));
        assertEquals("false\n", stdout());
        assertEquals(0, run("--strict", f), stderr());
        assertEquals("true\n", stdout());
        assertEquals(1, run("--strict", "-e", "undeclared = 1"));
        assertTrue(stderr().startsWith("Uncaught ReferenceError: undeclared is not defined"), stderr());
        assertEquals(0, run("-e", "undeclared = 1; print(undeclared)"));
        // strict early errors are reported before anything runs
        String w = file("w.js", "print('ran'); with (Math) {}");
        assertEquals(1, run("--strict", w));
        assertEquals("", stdout());
        assertTrue(stderr().startsWith("SyntaxError: "), stderr());
        assertEquals(1, run("--strict", "--check", w));
        assertEquals(0, run("--check", w));
    }

    @Test
    void stackSizeLimitsTheCallDepth() {
        String code = "function d(n) { return n === 0 ? 0 : 1 + d(n - 1) }"
            + "try { d(500); print('deep ok') } catch (e) { print(e.name + ': ' + e.message) }";
        assertEquals(0, run("-e", code));
        assertEquals("deep ok\n", stdout());
        assertEquals(0, run("--stack-size", "100", "-e", code));
        assertEquals("RangeError: Maximum call stack size exceeded\n", stdout());
    }

    @Test
    void timeoutStopsALoopWithStatusOne() {
        long start = System.nanoTime();
        assertEquals(1, run("--timeout", "200", "-e", "print('start'); while (true) {}"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("start\n", stdout());
        assertEquals("oryx: timeout: the script ran longer than 200 ms\n", stderr());
        assertTrue(ms >= 200 && ms < 20_000, ms + " ms");
    }

    @Test
    void timeoutAlsoEndsAWaitForATimer() {
        long start = System.nanoTime();
        assertEquals(1, run("--timeout", "200", "-e", "setTimeout(() => print('late'), 60000)"));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 20_000);
        assertEquals("", stdout());
        assertEquals("oryx: timeout: the script ran longer than 200 ms\n", stderr());
    }

    @Test
    void aScriptWithinItsTimeoutSucceeds() {
        assertEquals(0, run("--timeout", "60000", "-e", "setTimeout(() => print('timer'), 1)"), stderr());
        assertEquals("timer\n", stdout());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(stdout().matches("oryx \\d+\\.\\d+\\.\\d+.*\n"), stdout());
        assertEquals(0, run("-h"));
        for (String flag : new String[] {"-p, --print", "-i, --interactive", "-I, --include", "--strict", "--stack-size N",
            "--timeout MS", "--memory-limit N", "-q, --quiet", "--version", "--check", "-m, --module"}) {
            assertTrue(stdout().contains(flag), flag + " in\n" + stdout());
        }
    }

    @Test
    void usageErrorsGiveStatusTwo() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(stderr().startsWith("oryx: unknown option --no-such-option\nusage:"), stderr());
        assertEquals(2, run("-e"));
        assertEquals("oryx: -e needs an argument\n", stderr());
        assertEquals(2, run("-p"));
        assertEquals(2, run("-I"));
        assertEquals(2, run("--timeout", "soon", "-e", "1"));
        assertEquals("oryx: --timeout needs a positive integer, not 'soon'\n", stderr());
        assertEquals(2, run("--timeout", "0", "-e", "1"));
        assertEquals(2, run("--stack-size", "-5", "-e", "1"));
        assertEquals(2, run("-e", "1", "-p", "2"));
        assertEquals("oryx: only one -e or -p CODE may be given\n", stderr());
        assertEquals(2, run("--check"));
        assertEquals(2, run(dir.resolve("missing.js").toString()));
    }

    @Test
    void noFileOffATerminalIsAUsageError() {
        // the test's standard input is not a terminal, so no REPL starts
        assertEquals(2, run());
        assertTrue(stderr().startsWith("usage: oryx"), stderr());
        assertEquals(2, run("-q"));
    }

    @Test
    void interactiveWithoutTheReplModuleSaysSo() {
        assertEquals(2, run("-i", "-e", "1"));
        assertTrue(stderr().contains("the REPL is not available"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void errorsAndSyntaxErrorsGiveStatusOne() throws Exception {
        assertEquals(1, run("-e", "null.x"));
        assertTrue(stderr().startsWith("Uncaught TypeError"), stderr());
        assertEquals(1, run(file("syntax.js", "let = ;")));
        assertTrue(stderr().startsWith("SyntaxError: ") && stderr().contains("syntax.js:1:"), stderr());
        assertEquals(1, run("-p", "Promise.reject(new Error('nobody'))"));
        assertTrue(stderr().startsWith("Uncaught (in promise) Error: nobody"), stderr());
    }

    @Test
    void argumentsAfterTheFileBelongToTheScript() throws Exception {
        String f = file("m.js", "print('ran')");
        assertEquals(0, run(f, "--timeout", "x", "-p"), stderr());
        assertEquals("ran\n", stdout());
    }

    @Test
    void modulesStillRun() throws Exception {
        file("dep.mjs", "export const v = 7;");
        String m = file("main.mjs", "import { v } from './dep.mjs'; print(v * 6)");
        assertEquals(0, run(m), stderr());
        assertEquals("42\n", stdout());
        String inc = file("inc.js", "var fromInclude = 'x';");
        assertEquals(0, run("-I", inc, m), stderr());
        assertEquals(0, run("-I", inc, "-m", file("g.js", "print(globalThis.fromInclude)")), stderr());
        assertEquals("x\n", stdout());
    }
}
