package dev.oryx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records why a benchmark could not run on an engine, so that the report says "unsupported
 * (reason)" or "wrong result (...)" instead of leaving a hole. JMH runs each benchmark in a
 * forked JVM; run.sh passes the file to append to with {@code -Doryx.bench.status=PATH}. Lines
 * are tab-separated: benchmark, engine, case, kind, reason.
 */
public final class BenchStatus {
    /** The system property naming the status file. */
    public static final String PROPERTY = "oryx.bench.status";

    private BenchStatus() {
    }

    /**
     * Records the failure and returns an exception to throw from the JMH setup method (JMH then
     * reports the benchmark as failed and goes on with the next one).
     */
    public static IllegalStateException failed(String benchmark, String engine, String caseName, Throwable cause) {
        String reason = reason(cause);
        String kind = kind(cause, reason);
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isEmpty()) {
            String line = String.join("\t", benchmark, engine, caseName, kind, reason) + "\n";
            try {
                Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("cannot write " + file + ": " + e);
            }
        }
        return new IllegalStateException(kind + " on " + engine + " (" + caseName + "): " + reason, cause);
    }

    /** Thrown when an input the benchmark needs is absent (not the engine's fault). */
    public static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Skip(String message) {
            super(message);
        }
    }

    /** "skipped" for a missing input, "wrong result" when the workload's own check failed, else "unsupported". */
    static String kind(Throwable cause, String reason) {
        if (cause instanceof Skip) {
            return "skipped";
        }
        return reason.contains("wrong result") ? "wrong result" : "unsupported";
    }

    /** A one-line reason: the innermost useful message, without tabs or line breaks, at most 160 chars. */
    static String reason(Throwable t) {
        String message = null;
        for (Throwable c = t; c != null && message == null; c = c.getCause()) {
            String m = c.getMessage();
            boolean onlyRepeatsCause = c.getCause() != null && c.getCause().toString().equals(m);
            if (m != null && !m.isBlank() && !onlyRepeatsCause) {
                String label = label(c);
                message = label.isEmpty() || m.contains(label) ? m : label + ": " + m;
            }
        }
        if (message == null) {
            message = t.getClass().getName();
        }
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }

    /**
     * The exception type worth showing: none for the engines' wrappers of JavaScript errors, whose
     * messages already read "TypeError: x", nor for our own unsupported/illegal-state signals.
     */
    private static String label(Throwable c) {
        String n = c.getClass().getSimpleName();
        return switch (n) {
            case "JSException", "InternalErrorException", "PolyglotException", "EcmaError", "JavaScriptException",
                 "EvaluatorException", "ECMAException", "ScriptException", "IllegalStateException",
                 "UnsupportedOperationException", "WrappedException", "Skip" -> "";
            default -> n;
        };
    }
}
