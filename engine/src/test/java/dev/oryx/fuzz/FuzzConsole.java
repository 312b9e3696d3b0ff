package dev.oryx.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The fuzzing harness by hand, for looking into what a property found (see {@code docs/fuzzing.md}
 * for the class path). Programs are named by a {@link Random} seed and a size, so a finding can
 * be passed around as two numbers:
 * <ul>
 * <li>{@code survey N SEED SIZE}: programs SEED .. SEED+N-1 under Oryx and node; prints every
 *     disagreement, engine failure and uncaught SyntaxError (a generator bug unless BigInt(string)
 *     threw it), and the totals;</li>
 * <li>{@code reduce SEED SIZE}: shrinks program SEED (as the property would) while Oryx and node
 *     still disagree, and prints the smallest program;</li>
 * <li>{@code compare FILE...}: runs each file (a program body, the prelude is added) under both
 *     engines and prints both transcripts;</li>
 * <li>{@code escapes FILE...}: runs each file under Oryx with the embedder's limits and prints how
 *     it ended, with the Java stack of an escape.</li>
 * </ul>
 */
public final class FuzzConsole {
    private static final long TIMEOUT = 5_000;

    private FuzzConsole() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: survey N SEED SIZE | reduce SEED SIZE | compare FILE... | escapes FILE...");
            System.exit(2);
        }
        switch (args[0]) {
            case "survey" -> survey(Integer.parseInt(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
            case "reduce" -> reduce(ProgramGenerator.generate(new Random(Long.parseLong(args[1])), Integer.parseInt(args[2])));
            case "compare" -> {
                for (int i = 1; i < args.length; i++) {
                    compare(read(args[i]));
                }
            }
            case "escapes" -> {
                for (int i = 1; i < args.length; i++) {
                    escapes(args[i]);
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        // the runners' daemon threads may still be parked
        System.exit(0);
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /** The script for a program body as printed in a report: a leading directive goes before the prelude. */
    private static String script(String body) {
        String directive = "\"use strict\";";
        return body.startsWith(directive)
            ? directive + "\n" + Prelude.SOURCE + body.substring(directive.length()) : Prelude.SOURCE + body;
    }

    private static void survey(int n, long seed, int size) {
        int differ = 0;
        int failed = 0;
        int syntax = 0;
        try (NodeRunner node = new NodeRunner()) {
            for (int i = 0; i < n; i++) {
                GeneratedProgram p = ProgramGenerator.generate(new Random(seed + i), size);
                Outcome oryx = OryxRunner.run(p.source(), TIMEOUT);
                Outcome reference = NodeRunner.available() ? node.run(p.source()) : null;
                if (oryx.failedInEngine()) {
                    failed++;
                    System.out.println("seed " + (seed + i) + ": Oryx " + oryx.status() + " " + oryx.failure());
                }
                if ("SyntaxError".equals(oryx.uncaught()) || reference != null && "SyntaxError".equals(reference.uncaught())) {
                    syntax++;
                    System.out.println("seed " + (seed + i) + ": uncaught SyntaxError (a generator bug, unless BigInt(string) threw it)");
                }
                if (reference != null && reference.status() == Outcome.Status.COMPLETED
                    && !reference.transcript().equals(oryx.transcript())) {
                    differ++;
                    System.out.println("seed " + (seed + i) + ": differs at " + firstDifference(oryx.transcript(), reference.transcript()));
                }
            }
        }
        System.out.printf("%d programs: %d differ from node, %d engine failures, %d SyntaxErrors%n", n, differ, failed, syntax);
    }

    private static String firstDifference(String oryx, String node) {
        String[] a = oryx.split("\n", -1);
        String[] b = node.split("\n", -1);
        int k = 0;
        while (k < a.length && k < b.length && a[k].equals(b[k])) {
            k++;
        }
        return "line " + (k + 1) + ": Oryx '" + (k < a.length ? a[k] : "<end>") + "', node '" + (k < b.length ? b[k] : "<end>") + "'";
    }

    private static void reduce(GeneratedProgram program) {
        try (NodeRunner node = new NodeRunner()) {
            Predicate<GeneratedProgram> differs = q -> {
                Outcome r = node.run(q.source());
                return r.status() == Outcome.Status.COMPLETED && !OryxRunner.run(q.source(), TIMEOUT).transcript().equals(r.transcript());
            };
            if (!differs.test(program)) {
                System.out.println("Oryx and node agree on this program");
                return;
            }
            int steps = 0;
            boolean progress = true;
            while (progress) {
                progress = false;
                Iterator<GeneratedProgram> candidates = ProgramShrinker.candidates(program).iterator();
                while (candidates.hasNext()) {
                    GeneratedProgram c = candidates.next();
                    if (differs.test(c)) {
                        program = c;
                        steps++;
                        progress = true;
                        break;
                    }
                }
            }
            System.out.println("reduced in " + steps + " steps to " + ProgramShrinker.size(program.ast()) + " nodes:");
            System.out.println(program.body());
            compare(program.body());
        }
    }

    private static void compare(String body) {
        String source = script(body);
        Outcome oryx = OryxRunner.run(source, TIMEOUT);
        System.out.println("--- Oryx " + oryx.status() + (oryx.failure() != null ? " " + oryx.failure() : ""));
        System.out.print(oryx.transcript());
        if (!NodeRunner.available()) {
            System.out.println("--- no node");
            return;
        }
        try (NodeRunner node = new NodeRunner()) {
            Outcome reference = node.run(source);
            System.out.println("--- node " + NodeRunner.version() + " " + reference.status());
            System.out.print(reference.transcript());
            System.out.println(oryx.transcript().equals(reference.transcript()) ? "=== same" : "=== different");
        }
    }

    private static void escapes(String file) throws IOException {
        long start = System.nanoTime();
        Outcome o = OryxRunner.run(script(read(file)), TIMEOUT, OryxRunner.Limits.DEFAULT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String out = o.output().length() > 200 ? o.output().substring(0, 200) + "..." : o.output();
        System.out.println(file + ": " + o.status() + " in " + millis + " ms, uncaught " + o.uncaught() + ", output "
            + out.replace('\n', '|') + (o.failure() != null ? ", FAILURE " + o.failure() : ""));
        if (o.failure() != null) {
            StackTraceElement[] trace = o.failure().getStackTrace();
            for (int i = 0; i < Math.min(12, trace.length); i++) {
                System.out.println("    at " + trace[i]);
            }
        }
    }
}
