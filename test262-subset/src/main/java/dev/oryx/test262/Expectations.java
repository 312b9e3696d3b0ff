package dev.oryx.test262;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The known failures, committed with the code: one line per failing test and variant,
 * {@code id variant: reason}, sorted. A run is compared with it by key ("id variant") only, so
 * a reworded error message is no difference, while a new failure or an unexpected pass is.
 */
public final class Expectations {
    private final TreeMap<String, String> failures;

    private Expectations(TreeMap<String, String> failures) {
        this.failures = failures;
    }

    public static Expectations empty() {
        return new Expectations(new TreeMap<>());
    }

    /** Reads the file; a missing file is no known failure. */
    public static Expectations load(Path file) throws IOException {
        TreeMap<String, String> map = new TreeMap<>();
        if (!Files.exists(file)) {
            return new Expectations(map);
        }
        int lineNo = 0;
        for (String line : TextFiles.read(file).split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
            if (key.split(" ").length != 2) {
                throw new IOException(file + ":" + lineNo + ": expected 'id variant: reason'");
            }
            map.put(key, colon < 0 ? "" : line.substring(colon + 2));
        }
        return new Expectations(map);
    }

    /** The expectations a run implies: its failing variants with their reasons. */
    public static Expectations of(RunResults results) {
        TreeMap<String, String> map = new TreeMap<>();
        for (RunResults.Row r : results.failures()) {
            map.put(r.key(), r.outcome().describe());
        }
        return new Expectations(map);
    }

    public Map<String, String> failures() {
        return java.util.Collections.unmodifiableMap(failures);
    }

    public boolean expectsFailure(String key) {
        return failures.containsKey(key);
    }

    /**
     * These expectations with the entries selected by {@code replaced} swapped for those of
     * {@code update} (a partial run updates only the tests it ran).
     */
    public Expectations merge(Expectations update, Predicate<String> replaced) {
        TreeMap<String, String> map = new TreeMap<>();
        failures.forEach((k, v) -> {
            if (!replaced.test(k)) {
                map.put(k, v);
            }
        });
        map.putAll(update.failures);
        return new Expectations(map);
    }

    public void write(Path file, List<String> header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        for (String h : header) {
            lines.add("# " + h);
        }
        failures.forEach((k, v) -> lines.add(k + ": " + v));
        TextFiles.writeLines(file, lines);
    }

    /** Differences between a run and these expectations. */
    public record Comparison(List<String> newFailures, List<String> unexpectedPasses, List<String> stale) {
        public boolean matches() {
            return newFailures.isEmpty() && unexpectedPasses.isEmpty() && stale.isEmpty();
        }

        /** A report listing up to {@code limit} entries of each kind. */
        public String describe(int limit) {
            StringBuilder sb = new StringBuilder();
            section(sb, "new failures", newFailures, limit);
            section(sb, "unexpected passes (remove from the expectations, or run with -Dtest262.update=true)", unexpectedPasses, limit);
            section(sb, "expected failures of tests that no longer run", stale, limit);
            return sb.toString();
        }

        private static void section(StringBuilder sb, String title, List<String> items, int limit) {
            if (items.isEmpty()) {
                return;
            }
            sb.append(items.size()).append(' ').append(title).append(":\n");
            items.stream().limit(limit).forEach(s -> sb.append("  ").append(s).append('\n'));
            if (items.size() > limit) {
                sb.append("  ... ").append(items.size() - limit).append(" more\n");
            }
        }
    }

    /**
     * Compares the run; {@code ranKeys} selects the expectation keys the run covered (all of them
     * for a full run), so a partial run does not report the rest as stale.
     */
    public Comparison compare(RunResults results, Predicate<String> covered) {
        List<String> newFailures = new ArrayList<>();
        List<String> unexpectedPasses = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (RunResults.Row r : results.rows()) {
            String key = r.key();
            seen.add(key);
            boolean expected = failures.containsKey(key);
            if (!r.outcome().passed() && !expected) {
                newFailures.add(key + ": " + r.outcome().describe());
            } else if (r.outcome().passed() && expected) {
                unexpectedPasses.add(key);
            }
        }
        List<String> stale = new ArrayList<>();
        for (String key : failures.keySet()) {
            if (!seen.contains(key) && covered.test(key)) {
                stale.add(key);
            }
        }
        return new Comparison(newFailures, unexpectedPasses, stale);
    }
}
