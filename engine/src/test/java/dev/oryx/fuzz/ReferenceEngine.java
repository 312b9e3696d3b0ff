package dev.oryx.fuzz;

import java.util.Locale;

/**
 * The engine the differential property compares Oryx with: node in a subprocess
 * ({@link NodeRunner}) or GraalJS on this JVM ({@link GraalRunner}). Both run a program the same
 * way: a fresh global per program, the host function {@code $out}, the uncaught error named by
 * the prelude's {@code $err}, the promise jobs drained, a time bound of a few seconds.
 *
 * <p>Chosen by {@code -Dfuzz.reference=node|graaljs|auto}; {@code auto} (the default) takes node
 * when there is one ({@code -Dfuzz.node=...} or {@code node} on the PATH), else GraalJS.
 */
interface ReferenceEngine extends AutoCloseable {

    /** Engine and version, as the reports print it: {@code node v20.20.2}, {@code graaljs 25.0.2}. */
    String name();

    /** Runs one complete program (prelude included). */
    Outcome run(String source);

    @Override
    void close();

    /** The value of {@code -Dfuzz.reference}: {@code node}, {@code graaljs} or {@code auto}. */
    static String requested() {
        String value = System.getProperty("fuzz.reference", "auto").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "auto" -> "auto";
            case "node", "graaljs" -> value;
            default -> throw new IllegalArgumentException("-Dfuzz.reference=" + value + ": expected node, graaljs or auto");
        };
    }

    /** The engine to compare with, or null when none is available (see {@link #unavailableReason()}). */
    static ReferenceEngine open() {
        return switch (requested()) {
            case "node" -> NodeRunner.available() ? new NodeRunner() : null;
            case "graaljs" -> GraalRunner.available() ? new GraalRunner() : null;
            default -> NodeRunner.available() ? new NodeRunner() : GraalRunner.available() ? new GraalRunner() : null;
        };
    }

    /** Why {@link #open()} finds no engine (only meaningful when it returns null). */
    static String unavailableReason() {
        String node = "node not found (tried '" + NodeRunner.command() + "'; set -Dfuzz.node=/path/to/node)";
        String graal = "GraalJS not usable (" + GraalRunner.problem() + ")";
        return switch (requested()) {
            case "node" -> node;
            case "graaljs" -> graal;
            default -> node + " and " + graal;
        };
    }
}
