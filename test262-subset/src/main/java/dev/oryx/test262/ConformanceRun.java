package dev.oryx.test262;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One conformance run from start to end: find the tests, leave out what the scope excludes, run
 * every variant in parallel, write the results file, then either compare with the expectations
 * (any new failure or unexpected pass is a difference) or, when updating, rewrite the expectations
 * and the README summary. Used by {@link Test262Main} and by the JUnit tests of this module.
 */
public final class ConformanceRun {

    /**
     * What to run and where to write.
     *
     * @param suiteRoot    directory holding the test directories (ids are relative to it)
     * @param harness      the harness directory (assert.js, sta.js...)
     * @param includes     directories under suiteRoot to run
     * @param config       the scope file, or null for none (every test runs)
     * @param scope        the edition scope, e.g. "es2020" (ignored without config)
     * @param threads      lanes run in parallel
     * @param timeout      per-test limit enforced by the interrupt hook
     * @param expectations the known-failures file
     * @param results      the results file to write
     * @param update       rewrite the expectations (and the summaries) instead of comparing
     * @param filters      id prefixes to run (empty: all)
     * @param readme       README whose summary section is regenerated on update of a full run, or null
     * @param rootReadme   README whose headline section is regenerated likewise, or null
     * @param log          progress and summary output
     */
    public record Options(Path suiteRoot, Path harness, List<String> includes, SuiteConfig config, String scope,
                          int threads, Duration timeout, Path expectations, Path results, boolean update,
                          List<String> filters, Path readme, Path rootReadme, PrintStream log) {
        /** CPU time after which a lane abandons a worker that the interrupt hook did not stop. */
        Duration hardCpuLimit() {
            return timeout.plus(timeout.dividedBy(2)).plusSeconds(2);
        }

        /** Wall time after which a lane abandons a worker (beyond the hook's own wall cap). */
        Duration hardWallLimit() {
            return TestExecutor.wallCap(timeout).plus(timeout);
        }
    }

    /** The run's results and how they compare with the expectations (null after an update). */
    public record Report(RunResults results, Expectations.Comparison comparison, Summary summary) {
        public boolean matchesExpectations() {
            return comparison == null || comparison.matches();
        }
    }

    private ConformanceRun() {
    }

    public static Report execute(Options o) throws IOException {
        long start = System.nanoTime();
        List<TestCase> tests = TestDiscovery.discover(o.suiteRoot(), o.includes(), o.config(), o.filters());
        List<RunResults.Excluded> excluded = new ArrayList<>();
        List<RunResults.Row> jobs = new ArrayList<>();
        for (TestCase t : tests) {
            String reason = o.config() == null ? null : o.config().exclusionReason(t.metadata(), o.scope());
            if (reason != null) {
                excluded.add(new RunResults.Excluded(t, reason));
                continue;
            }
            for (Variant v : Variant.of(t.metadata())) {
                jobs.add(new RunResults.Row(t, v, null, 0));
            }
        }
        o.log().printf(Locale.ROOT, "test262: %,d test files, %,d excluded, %,d variants to run on %d threads%n",
            tests.size(), excluded.size(), jobs.size(), o.threads());

        TestExecutor executor = new TestExecutor(new HarnessFiles(o.harness()), o.timeout());
        ParallelRunner runner = new ParallelRunner(o.threads(), o.hardCpuLimit(), o.hardWallLimit());
        AtomicInteger done = new AtomicInteger();
        long[] durations = new long[jobs.size()];
        int step = Math.max(1000, jobs.size() / 20);
        Outcome[] outcomes = runner.run(jobs, (i, job) -> {
            String hang = o.config() == null ? null : o.config().knownHangReason(job.test().id());
            return hang != null ? Outcome.timeout("not started, known to hang outside the interrupt hook (test262.conf): " + hang)
                : executor.run(job.test(), job.variant());
        }, (i, outcome, millis) -> {
            durations[i] = millis;
            int n = done.incrementAndGet();
            if (n % step == 0) {
                o.log().printf(Locale.ROOT, "test262: %,d / %,d variants (%ds)%n", n, jobs.size(), (System.nanoTime() - start) / 1_000_000_000L);
            }
        });
        List<RunResults.Row> rows = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            rows.add(new RunResults.Row(jobs.get(i).test(), jobs.get(i).variant(), outcomes[i], durations[i]));
        }
        long wall = (System.nanoTime() - start) / 1_000_000L;
        RunResults results = new RunResults(rows, excluded, wall, runner.abandonedWorkers());

        String commit = o.config() == null ? "" : o.config().commit();
        String scopeLine = "scope " + o.scope() + (commit.isEmpty() ? "" : ", test262 commit " + commit);
        String header = scopeLine + (o.filters().isEmpty() ? "" : ", filtered to " + o.filters());
        Path escapes = o.results().resolveSibling(o.results().getFileName().toString().replace(".txt", "") + "-java-escapes.txt");
        results.write(o.results(), escapes, header);

        Summary summary = new Summary(results);
        o.log().printf(Locale.ROOT, "test262: %s; variants: %,d passed, %,d failed, %,d timeouts, %,d Java escapes; "
                + "%d workers abandoned; %.1f s%n",
            summary.headline(), results.count(Outcome.Status.PASS), results.count(Outcome.Status.FAIL),
            results.count(Outcome.Status.TIMEOUT), results.count(Outcome.Status.JAVA_ESCAPE),
            results.abandonedWorkers(), wall / 1000.0);
        o.log().println("test262: results in " + o.results().toAbsolutePath());
        rows.stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(5).forEach(r ->
            o.log().printf(Locale.ROOT, "test262: slow: %s %d ms%n", r.key(), r.millis()));

        Expectations expected = Expectations.load(o.expectations());
        if (o.update()) {
            Expectations updated = o.filters().isEmpty() ? Expectations.of(results)
                : expected.merge(Expectations.of(results), key -> o.filters().stream().anyMatch(key::startsWith));
            updated.write(o.expectations(), List.of(
                "Known failures (one line per test and variant: id variant: reason), " + scopeLine + ".",
                "Generated by the test262 runner with -Dtest262.update=true; do not edit by hand."));
            o.log().println("test262: expectations rewritten: " + o.expectations().toAbsolutePath());
            if (o.filters().isEmpty()) {
                if (o.readme() != null) {
                    Summary.replaceSection(o.readme(), Summary.START, Summary.END, summary.markdown(o.scope(), commit));
                }
                if (o.rootReadme() != null) {
                    Summary.replaceSection(o.rootReadme(), Summary.HEADLINE_START, Summary.HEADLINE_END,
                        "**test262** (" + o.scope() + " scope, " + (commit.isEmpty() ? "" : "commit " + commit.substring(0, Math.min(12, commit.length())) + ", ")
                            + "see [test262-subset/README.md](test262-subset/README.md)): " + summary.headline() + ".");
                }
            }
            return new Report(results, null, summary);
        }
        Expectations.Comparison comparison = expected.compare(results,
            key -> o.filters().isEmpty() || o.filters().stream().anyMatch(key::startsWith));
        if (comparison.matches()) {
            o.log().println("test262: results match the expectations (" + expected.failures().size() + " known failures)");
        } else {
            o.log().print("test262: results differ from the expectations " + o.expectations() + ":\n" + comparison.describe(50));
        }
        return new Report(results, comparison, summary);
    }
}
