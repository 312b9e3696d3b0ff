package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs our own test262-format subset (src/test/resources/subset, with our harness in
 * subset-harness) through the same runner as the official suite, on every build. Known failures
 * are listed with their reasons in subset-expectations.txt; any difference fails the build.
 * {@code -Dtest262.update=true} rewrites that file.
 */
class OwnSubsetTest {
    static final Path RESOURCES = Path.of("src", "test", "resources");

    @Test
    void subsetMatchesItsExpectations() throws Exception {
        boolean update = Boolean.getBoolean("test262.update");
        ConformanceRun.Options options = new ConformanceRun.Options(
            RESOURCES.resolve("subset"), RESOURCES.resolve("subset-harness"), List.of("language", "built-ins"),
            null, "subset", Integer.getInteger("test262.threads", 2), Duration.ofSeconds(10),
            RESOURCES.resolve("subset-expectations.txt"), Path.of("target", "subset-results.txt"), update,
            List.of(), null, null, System.out);
        ConformanceRun.Report report = ConformanceRun.execute(options);

        long files = report.results().rows().stream().map(r -> r.test().id()).distinct().count();
        assertTrue(files >= 300, "the subset has at least 300 tests, found " + files);
        assertEquals(0, report.results().excluded().size(), "the subset runs every test");
        assertTrue(report.matchesExpectations(), () -> "subset results differ from subset-expectations.txt:\n"
            + report.comparison().describe(100) + "(rerun with -Dtest262.update=true after checking them)");
    }
}
