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

/** {@code oryx --coroutines} and {@code oryx --services}, found by {@link Main} through the CliExtension SPI. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CliExtensionsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
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
    void coroutinesRunsAScriptWithTheFourGlobals() throws Exception {
        String f = file("c.js", """
            function* worker() {
              try { const v = yield; print('got', v); yield; } finally { print('finally'); }
            }
            const g = worker(); g.next();
            const s = __coroutine_session();
            print(__is_generator(g), __coroutine_wait(g, s, 1), __coroutine_resume(s, 'hi'), __coroutine_resume(s, 'again'));
            __coroutine_wait(g, __coroutine_session(), 1);
            """);
        assertEquals(0, run("--coroutines", f), stderr());
        assertEquals("got hi\ntrue 0 0 -1\nfinally\n", stdout());
    }

    @Test
    void coroutinesReportsErrorsThrownOutOfAResumption() throws Exception {
        String f = file("c.js", """
            const g = (function* job() { yield; throw new TypeError('boom'); })(); g.next();
            const s = __coroutine_session();
            __coroutine_wait(g, s, 0);
            print(__coroutine_resume(s, 1));
            """);
        assertEquals(1, run("--coroutines", f));
        assertEquals("-2\n", stdout());
        assertTrue(stderr().startsWith("Uncaught (in coroutine session 1) TypeError: boom\n    at job ("), stderr());
        assertTrue(stderr().contains("c.js:1:"), stderr());
    }

    @Test
    void plainRunsKeepTheirBehaviour() throws Exception {
        assertEquals(0, run(file("ok.js", "print(typeof __coroutine_session)")));
        assertEquals("undefined\n", stdout());
        assertEquals(1, run(file("bad.js", "throw new Error('x')")));
        assertEquals(2, run("--no-such-option"));
        assertEquals(2, run("--coroutines"));
        assertEquals(2, run("--coroutines", dir.resolve("missing.js").toString()));
        assertEquals(0, run("--help"));
        assertTrue(stdout().contains("--services BOOT.js [--workers N]"), stdout());
    }

    @Test
    void servicesRunsMainAndExitsWithItsOutcome() throws Exception {
        file("echo.js", "jtask.dispatch({ echo(x) { return x; } });");
        String boot = file("boot.js", """
            jtask.dispatch({ *main(args) {
              jtask.spawn('echo', 'echo.js');
              jtask.log('args', args.join(','), yield jtask.call('echo', 'echo', 'pong'));
            } });
            """);
        assertEquals(0, run("--services", boot, "--workers", "1"), stderr());
        assertEquals(0, run("--services", "--workers", "2", boot, "a", "b"), stderr());
        assertEquals(0, run("--services", boot, "x", "--", "--workers", "y"), stderr());
        assertEquals("[root] args  pong\n[root] args a,b pong\n[root] args x,--workers,y pong\n", stdout());
    }

    @Test
    void servicesReportsAThrowingMain() throws Exception {
        String boot = file("boot.js", """
            jtask.dispatch({
              main() {
                throw new RangeError('no config');
              },
            });
            """);
        assertEquals(1, run("--services", boot));
        assertTrue(stderr().startsWith("Uncaught RangeError: no config\n    at main (boot.js:3:"), stderr());
        assertEquals(1, run("--services", file("syntax.js", "jtask.dispatch({")));
        assertTrue(stderr().contains("Uncaught SyntaxError"), stderr());
    }

    @Test
    void servicesUsageErrors() {
        assertEquals(2, run("--services"));
        assertEquals(2, run("--services", "--workers", "0", "x.js"));
        assertEquals(2, run("--services", "--workers"));
        assertEquals(2, run("--services", "x.js", "--workers"));
        assertEquals(2, run("--services", "--fast", "x.js"));
        assertEquals(2, run("--services", dir.resolve("missing.js").toString()));
    }

    @Test
    void theServicesExampleRuns() {
        assertEquals(0, run("--services", Path.of("../examples/services/boot.js").toString()), stderr());
        assertEquals("""
            [root] seeded 2 users
            [root] ada: 3 scores, mean 91.7, best 99
            [root] grace (async): best 95
            [root] RemoteError from kv: RangeError: no such key: user:alan
            [root] TimeoutError: call to compute.slow timed out after 50 ms
            [root] ServiceNotFoundError: service 'billing' not found
            """, stdout());
    }
}
