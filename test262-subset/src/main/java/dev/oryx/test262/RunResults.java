package dev.oryx.test262;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run produced: an outcome per test and variant, the tests left out with their reason,
 * and how long it took. Written as the results file (one line per test and variant).
 */
public final class RunResults {
    /** One test variant's outcome and how long it took (wall clock, milliseconds). */
    public record Row(TestCase test, Variant variant, Outcome outcome, long millis) {
        /** The key used in the expectations file: "id variant". */
        public String key() {
            return test.id() + " " + variant.label;
        }
    }

    /** A test not run, and why. */
    public record Excluded(TestCase test, String reason) {
    }

    private final List<Row> rows;
    private final List<Excluded> excluded;
    private final long wallMillis;
    private final int abandonedWorkers;

    public RunResults(List<Row> rows, List<Excluded> excluded, long wallMillis, int abandonedWorkers) {
        this.rows = List.copyOf(rows);
        this.excluded = List.copyOf(excluded);
        this.wallMillis = wallMillis;
        this.abandonedWorkers = abandonedWorkers;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Excluded> excluded() {
        return excluded;
    }

    public long wallMillis() {
        return wallMillis;
    }

    public int abandonedWorkers() {
        return abandonedWorkers;
    }

    public long count(Outcome.Status status) {
        return rows.stream().filter(r -> r.outcome().status() == status).count();
    }

    public List<Row> failures() {
        return rows.stream().filter(r -> !r.outcome().passed()).toList();
    }

    /**
     * The results file: a header, then "id variant STATUS reason" for every run variant and
     * "id - SKIP reason" for every excluded test; Java escapes also go to {@code escapes} with their stacks.
     */
    public void write(Path results, Path escapes, String header) throws IOException {
        Files.createDirectories(results.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# " + header);
        for (Row r : rows) {
            Outcome o = r.outcome();
            lines.add(r.key() + " " + o.status() + (o.passed() ? "" : " " + o.reason()));
        }
        for (Excluded e : excluded) {
            lines.add(e.test().id() + " - SKIP " + e.reason());
        }
        TextFiles.writeLines(results, lines);
        StringBuilder sb = new StringBuilder("# Java-level failures (engine bugs) of the run: " + header + "\n");
        for (Row r : rows) {
            if (r.outcome().status() == Outcome.Status.JAVA_ESCAPE) {
                sb.append("\n== ").append(r.key()).append('\n').append(r.outcome().javaTrace());
            }
        }
        TextFiles.write(escapes, sb.toString());
    }
}
