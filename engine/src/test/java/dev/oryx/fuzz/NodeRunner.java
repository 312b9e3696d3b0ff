package dev.oryx.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * node as the reference engine: one long-lived node process runs every program of a test class
 * (each in its own {@code vm} context), because starting node costs far more than running a
 * small program. Requests and replies are single JSON lines (see {@code node-runner.js}). If node
 * dies or does not answer in time it is restarted and the program counts as unavailable.
 */
final class NodeRunner implements ReferenceEngine {
    private static final long REPLY_TIMEOUT_SECONDS = 30;
    private static String version;
    private static boolean probed;

    private Process process;
    private Writer requests;
    private BlockingQueue<String> replies;

    /** The node command: {@code -Dfuzz.node=...}, else {@code node} on the PATH. */
    static String command() {
        return System.getProperty("fuzz.node", "node");
    }

    /** node's version, or null when there is no node to run. */
    static synchronized String version() {
        if (!probed) {
            probed = true;
            try {
                Process p = new ProcessBuilder(command(), "--version").redirectErrorStream(true).start();
                String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && v.startsWith("v")) {
                    version = v;
                }
            } catch (IOException e) {
                version = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return version;
    }

    static boolean available() {
        return version() != null;
    }

    private void start() {
        try {
            Path script = Files.createTempFile("oryx-node-runner", ".js");
            script.toFile().deleteOnExit();
            try (InputStream in = NodeRunner.class.getResourceAsStream("node-runner.js")) {
                Files.write(script, in.readAllBytes());
            }
            process = new ProcessBuilder(command(), script.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            replies = queue;
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Thread pump = new Thread(() -> {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        queue.add(line);
                    }
                } catch (IOException e) {
                    // the process ended
                }
                queue.add("");
            }, "node-runner-reader");
            pump.setDaemon(true);
            pump.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "node " + version();
    }

    /** Runs {@code source} in node. */
    @Override
    public synchronized Outcome run(String source) {
        if (process == null || !process.isAlive()) {
            start();
        }
        try {
            requests.write(quote(source));
            requests.write('\n');
            requests.flush();
            String reply = replies.poll(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (reply == null || reply.isEmpty()) {
                stop();
                return new Outcome("", null, Outcome.Status.UNAVAILABLE, null);
            }
            List<Object> fields = parseArray(reply);
            String uncaught = (String) fields.get(0);
            boolean timedOut = (Boolean) fields.get(1);
            String output = (String) fields.get(2);
            return new Outcome(output, uncaught, timedOut ? Outcome.Status.TIMEOUT : Outcome.Status.COMPLETED, null);
        } catch (IOException e) {
            stop();
            return new Outcome("", null, Outcome.Status.UNAVAILABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return new Outcome("", null, Outcome.Status.UNAVAILABLE, e);
        }
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            try {
                requests.close();
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // gone already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop();
        }
    }

    /** A JSON string literal with everything outside printable ASCII escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Reads a flat JSON array of strings, booleans and nulls (the runner's replies). */
    static List<Object> parseArray(String json) {
        List<Object> items = new ArrayList<>();
        int[] pos = {0};
        expect(json, pos, '[');
        skipSpace(json, pos);
        if (json.charAt(pos[0]) == ']') {
            return items;
        }
        while (true) {
            skipSpace(json, pos);
            char c = json.charAt(pos[0]);
            if (c == '"') {
                items.add(parseString(json, pos));
            } else if (json.startsWith("null", pos[0])) {
                items.add(null);
                pos[0] += 4;
            } else if (json.startsWith("true", pos[0])) {
                items.add(Boolean.TRUE);
                pos[0] += 4;
            } else if (json.startsWith("false", pos[0])) {
                items.add(Boolean.FALSE);
                pos[0] += 5;
            } else {
                throw new IllegalArgumentException("unexpected reply: " + json);
            }
            skipSpace(json, pos);
            if (json.charAt(pos[0]) == ']') {
                return items;
            }
            expect(json, pos, ',');
        }
    }

    private static void skipSpace(String json, int[] pos) {
        while (Character.isWhitespace(json.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static void expect(String json, int[] pos, char c) {
        skipSpace(json, pos);
        if (json.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos[0] + " in reply: " + json);
        }
        pos[0]++;
    }

    private static String parseString(String json, int[] pos) {
        StringBuilder sb = new StringBuilder();
        int i = pos[0] + 1;
        while (true) {
            char c = json.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = json.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        pos[0] = i;
        return sb.toString();
    }
}
