package dev.oryx.bench.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One cold sample, run in a JVM of its own by {@link ColdParseRunner}: the time of the first parse
 * in the process, from before the engine's parser classes are touched to the tree (class loading,
 * static initialisation, ANTLR's ATN deserialisation and DFA construction, interpretation before
 * the JIT: everything a one-shot command line pays), then a second parse of the same text in the
 * same process for comparison. JVM start-up itself and reading the file are not timed.
 *
 * <p>{@code java -cp benchmarks.jar dev.oryx.bench.parse.ColdParse ENGINE FILE script|module}
 * prints one tab-separated line: {@code ok, first ms, second ms, LL fallbacks of the first parse
 * (-1: the engine has no such stage)}, or
 * {@code unsupported, reason}, or {@code error, reason} (and exits with 1).
 */
public final class ColdParse {
    private ColdParse() {
    }

    /** What one sample measured. */
    public record Sample(double firstMs, double secondMs, long fallbacks) {
        String line() {
            return String.format(Locale.ROOT, "ok\t%.3f\t%.3f\t%d", firstMs, secondMs, fallbacks);
        }
    }

    public static void main(String[] args) {
        if (args.length != 3 || !(args[2].equals("script") || args[2].equals("module"))) {
            System.err.println("usage: ColdParse ENGINE FILE script|module");
            System.exit(2);
        }
        String source;
        try {
            source = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("error\tcannot read " + args[1] + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            System.out.println(measure(args[0], source, Path.of(args[1]).getFileName().toString(),
                args[2].equals("module")).line());
        } catch (UnsupportedOperationException e) {
            System.out.println("unsupported\t" + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            System.out.println("error\t" + oneLine(e.toString()));
            System.exit(1);
        }
    }

    /** Times the first and the second parse of {@code source}; only the first is cold in a fresh JVM. */
    public static Sample measure(String engine, String source, String fileName, boolean module) {
        long start = System.nanoTime();
        SourceParser parser = SourceParser.create(engine);
        parser.parse(source, fileName, module);
        long first = System.nanoTime();
        long fallbacks = parser.fallbacks();
        long secondStart = System.nanoTime();
        parser.parse(source, fileName, module);
        long second = System.nanoTime();
        return new Sample((first - start) / 1e6, (second - secondStart) / 1e6, fallbacks);
    }

    static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }
}
