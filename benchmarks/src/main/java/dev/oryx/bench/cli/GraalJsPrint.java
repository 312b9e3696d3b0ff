package dev.oryx.bench.cli;

import org.graalvm.polyglot.Context;

/**
 * A minimal GraalJS command line for the start-up measurement ({@code GraalJsPrint -e CODE}):
 * GraalJS's own launcher is not a Maven artifact of the polyglot embedding, so this is what an
 * embedder's one-shot run costs: a polyglot Context (interpreter only on a stock JDK) and one
 * eval. GraalJS defines {@code print} itself.
 */
public final class GraalJsPrint {
    private GraalJsPrint() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("-e")) {
            System.err.println("usage: GraalJsPrint -e CODE");
            System.exit(2);
        }
        try (Context cx = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            cx.eval("js", args[1]);
        }
    }
}
