package dev.oryx.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL in a real terminal: {@code oryx} runs in a tmux pane (a pseudo-terminal), the test
 * types with {@code tmux send-keys} and reads the screen with {@code tmux capture-pane}. Every
 * step waits for what it expects on the screen (polling, generous deadline) rather than for a
 * fixed time, so a loaded machine only makes it slower. Skipped when tmux is not installed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TerminalReplTest {
    /** How long one step may take to show its result (JVM start on a loaded 2-core machine included). */
    private static final long STEP_MILLIS = 60_000;

    @TempDir
    Path dir;

    private final String session = "repl";
    private boolean started;

    @BeforeEach
    void needsTmux() {
        assumeTrue(tmuxWorks(), "tmux is not installed (or does not run): the real-terminal REPL test is skipped");
    }

    @AfterEach
    void killServer() throws Exception {
        if (started) {
            tmux("kill-server");
        }
    }

    @Test
    void typesIntoTheReplAndReadsTheScreen() throws Exception {
        Path history = dir.resolve("history");
        Path lib = dir.resolve("lib.js");
        Files.writeString(lib, "function cube(x) { return x * x * x }\ncube(3)\n");
        start("ORYX_HISTORY=" + quote(history.toString()) + " " + javaCommand() + "; echo \"EXIT=$?\"; sleep 600");

        awaitPrompt("the banner", s -> s.contains("Type .help"));

        type("40 + 2");
        awaitPrompt("the sum", s -> hasLine(s, "42"));

        type("function greet(name) {");
        await("the continuation prompt", s -> lastLine(s).equals("..."));
        type("  return `hi ${name}`");
        await("the continuation prompt", s -> lastLine(s).equals("...") && s.contains("return `hi"));
        type("}");
        awaitPrompt("the declaration", s -> hasLine(s, "undefined"));
        type("greet('tmux')");
        awaitPrompt("the function's result", s -> hasLine(s, "'hi tmux'"));

        type(".load " + lib);
        awaitPrompt("the loaded file's result", s -> hasLine(s, "27"));
        type("cube(4)");
        awaitPrompt("a function the file defined", s -> hasLine(s, "64"));

        type("print('spinning'); while (true) {}");
        // printed from inside the evaluation: the loop is running and the terminal is out of raw mode
        await("the loop to start", s -> hasLine(s, "spinning"));
        tmux("send-keys", "-t", session, "C-c");
        // the terminal echoes the Ctrl-C as ^C before the message
        awaitPrompt("the interrupt", s -> s.contains("^Coryx: interrupted\n") || hasLine(s, "oryx: interrupted"));

        type("'still ' + 'here'");
        awaitPrompt("an expression after the interrupt", s -> hasLine(s, "'still here'"));

        type("({ list: [1, { deep: true }], s: 'x' })");
        awaitPrompt("an inspected object", s -> hasLine(s, "{ list: [ 1, { deep: true } ], s: 'x' }"));

        type(".exit");
        await("the REPL to end with status 0", s -> hasLine(s, "EXIT=0"));

        String saved = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(saved.contains("40 + 2") && saved.contains("greet('tmux')"), saved);
    }

    @Test
    void ctrlCDiscardsAPartialInputAndTwiceAtAnEmptyPromptLeaves() throws Exception {
        start("ORYX_HISTORY=" + quote(dir.resolve("h").toString()) + " " + javaCommand() + " -q; echo \"EXIT=$?\"; sleep 600");
        awaitPrompt("the first prompt", s -> true);
        String screen = capture();
        assertTrue(!screen.contains("Type .help"), "-q shows no banner:\n" + screen);
        // Ctrl-C on a partial input discards it (and does not count towards leaving)
        type("[1, 2,");
        await("the continuation prompt", s -> lastLine(s).equals("..."));
        tmux("send-keys", "-t", session, "C-c");
        awaitPrompt("the discarded input", s -> true);
        type("'fresh'");
        awaitPrompt("a fresh input", s -> hasLine(s, "'fresh'"));
        tmux("send-keys", "-t", session, "C-c");
        awaitPrompt("the hint", s -> s.contains("press Ctrl-C again"));
        tmux("send-keys", "-t", session, "C-c");
        await("the REPL to end with status 0", s -> hasLine(s, "EXIT=0"));
    }

    @Test
    void ctrlDLeavesAndDashIRunsTheScriptFirst() throws Exception {
        Path script = dir.resolve("setup.js");
        Files.writeString(script, "print('setup ran'); var configured = 'yes';\n");
        start(javaCommand() + " -q -i " + quote(script.toString()) + "; echo \"EXIT=$?\"; sleep 600");
        awaitPrompt("the script's output", s -> hasLine(s, "setup ran"));
        type("configured");
        awaitPrompt("the script's global", s -> hasLine(s, "'yes'"));
        tmux("send-keys", "-t", session, "C-d");
        await("the REPL to end with status 0", s -> hasLine(s, "EXIT=0"));
    }

    // ------------------------------------------------------------------ tmux plumbing

    private void start(String shellCommand) throws Exception {
        started = true;
        // no user configuration (-f /dev/null), a fixed-size pane
        tmux("-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "120", "-y", "50", shellCommand);
    }

    private void type(String text) throws Exception {
        tmux("send-keys", "-t", session, "-l", text);
        tmux("send-keys", "-t", session, "Enter");
    }

    private String capture() throws Exception {
        return tmux("capture-pane", "-p", "-t", session, "-S", "-500");
    }

    private void await(String what, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STEP_MILLIS);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (done.test(screen)) {
                return;
            }
            Thread.sleep(50);
        }
        fail("waited " + STEP_MILLIS + " ms for " + what + "; the screen:\n" + screen);
    }

    /**
     * Waits for {@code done} and a fresh prompt after it: keys are sent only to a waiting
     * prompt (JLine in raw mode), as a person types; keys sent while JavaScript runs reach the
     * terminal in cooked mode, where Ctrl-D would close the input.
     */
    private void awaitPrompt(String what, Predicate<String> done) throws Exception {
        await(what + " and a prompt", s -> done.test(s) && lastLine(s).equals(">"));
    }

    private static boolean hasLine(String screen, String line) {
        return Pattern.compile("(?m)^" + Pattern.quote(line) + "\\s*$").matcher(screen).find();
    }

    private static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        // a private server whose socket lives in the test's temporary directory (removed with it)
        List<String> command = new ArrayList<>(List.of("tmux", "-S", dir.resolve("tmux.sock").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        assertEquals(0, p.exitValue(), "tmux " + String.join(" ", args) + ": " + output);
        return output;
    }

    private static boolean tmuxWorks() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The oryx command line on this test's class path (engine, REPL, JLine), as the launcher runs it. */
    private static String javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return quote(java) + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp " + quote(classPath) + " dev.oryx.cli.Main";
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
