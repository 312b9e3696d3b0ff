package dev.oryx.test262;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary table of a run: tests and passes per top-level directory of language/ and
 * built-ins/, with the totals, the Java-level escapes and what was left out. A test passes when
 * all its variants pass. Written between markers into a README so that it is regenerated, never
 * edited by hand.
 */
public final class Summary {
    public static final String START = "<!-- test262-summary:start -->";
    public static final String END = "<!-- test262-summary:end -->";
    public static final String HEADLINE_START = "<!-- test262-headline:start -->";
    public static final String HEADLINE_END = "<!-- test262-headline:end -->";

    /** Tests and passes of one directory. */
    public record Line(int tests, int passed) {
        public double percent() {
            return tests == 0 ? 0 : 100.0 * passed / tests;
        }
    }

    private final RunResults results;
    private final Map<String, Line> groups = new TreeMap<>();
    private final Line total;

    public Summary(RunResults results) {
        this.results = results;
        Map<String, Boolean> testPassed = new LinkedHashMap<>();
        for (RunResults.Row r : results.rows()) {
            testPassed.merge(r.test().id(), r.outcome().passed(), Boolean::logicalAnd);
        }
        Map<String, int[]> counts = new TreeMap<>();
        int tests = 0;
        int passed = 0;
        for (Map.Entry<String, Boolean> e : testPassed.entrySet()) {
            int[] c = counts.computeIfAbsent(group(e.getKey()), k -> new int[2]);
            c[0]++;
            tests++;
            if (e.getValue()) {
                c[1]++;
                passed++;
            }
        }
        counts.forEach((k, c) -> groups.put(k, new Line(c[0], c[1])));
        total = new Line(tests, passed);
    }

    /** "language/expressions", "built-ins/Array": the first two directories after an optional "test/". */
    static String group(String id) {
        String path = id.startsWith("test/") ? id.substring(5) : id;
        String[] parts = path.split("/");
        if (parts.length <= 2) {
            return parts[0];
        }
        return parts[0] + "/" + parts[1];
    }

    public Line total() {
        return total;
    }

    public Map<String, Line> groups() {
        return java.util.Collections.unmodifiableMap(groups);
    }

    /** "12,345 of 23,456 tests pass (52.6%)". */
    public String headline() {
        return String.format(Locale.ROOT, "%,d of %,d tests pass (%.1f%%)", total.passed(), total.tests(), total.percent());
    }

    /** The Markdown section: the headline facts, then the table. */
    public String markdown(String scope, String commit) {
        StringBuilder sb = new StringBuilder();
        long variants = results.rows().size();
        long variantsPassed = results.count(Outcome.Status.PASS);
        sb.append(String.format(Locale.ROOT, "Scope **%s**, test262 commit `%s`: **%s**.%n%n", scope, commit, headline()));
        sb.append(String.format(Locale.ROOT, "- Variants run (non-strict, strict, module): %,d, passed %,d%n", variants, variantsPassed));
        sb.append(String.format(Locale.ROOT, "- Java-level escapes (engine bugs): **%,d** variants%n", results.count(Outcome.Status.JAVA_ESCAPE)));
        sb.append(String.format(Locale.ROOT, "- Timeouts: %,d variants%n", results.count(Outcome.Status.TIMEOUT)));
        long modules = results.rows().stream().filter(r -> r.variant() == Variant.MODULE).count();
        long asyncTests = results.rows().stream().filter(r -> r.test().metadata().hasFlag("async")).count();
        sb.append(String.format(Locale.ROOT, "- Module tests (run as modules, failing until modules land): %,d; async tests: %,d variants%n", modules, asyncTests));
        sb.append(String.format(Locale.ROOT, "- Left out by feature or flag (see test262.conf): %,d tests%n%n", results.excluded().size()));
        sb.append("| directory | tests | passed | % |\n|---|---:|---:|---:|\n");
        groups.forEach((k, l) -> sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f |%n", k, l.tests(), l.passed(), l.percent())));
        sb.append(String.format(Locale.ROOT, "| **total** | **%,d** | **%,d** | **%.1f** |%n", total.tests(), total.passed(), total.percent()));
        return sb.toString();
    }

    /** Replaces the text between {@code start} and {@code end} in the file (appending both if absent). */
    public static void replaceSection(Path file, String start, String end, String content) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        String section = start + "\n" + content + (content.endsWith("\n") ? "" : "\n") + end;
        int s = text.indexOf(start);
        int e = text.indexOf(end);
        String updated;
        if (s >= 0 && e > s) {
            updated = text.substring(0, s) + section + text.substring(e + end.length());
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + section + "\n";
        }
        TextFiles.write(file, updated);
    }
}
