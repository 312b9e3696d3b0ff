package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The official test262 suite, run only when a checkout is given:
 * {@code mvn -pl test262-subset -am verify -Dtest262.dir=/path/to/test262} (or TEST262_DIR).
 * Options: -Dtest262.scope=es2022, -Dtest262.threads=N, -Dtest262.filter=test/built-ins/Array,...,
 * -Dtest262.update=true (rewrite expectations/&lt;scope&gt;.txt and the README summaries).
 */
class OfficialSuiteTest {

    @Test
    void officialSuiteMatchesExpectations() throws Exception {
        String dir = System.getProperty("test262.dir", "");
        if (dir.isBlank()) {
            dir = System.getenv().getOrDefault("TEST262_DIR", "");
        }
        assumeTrue(!dir.isBlank(), "no test262 checkout given (-Dtest262.dir or TEST262_DIR): official suite not run");
        String filter = System.getProperty("test262.filter", "");
        List<String> filters = filter.isBlank() ? List.of() : Arrays.stream(filter.split(",")).map(String::strip).toList();
        ConformanceRun.Options options = OfficialSuite.options(Path.of(dir), Path.of("."),
            System.getProperty("test262.scope", ""), Integer.getInteger("test262.threads", 2), Duration.ofSeconds(10),
            null, null, Boolean.getBoolean("test262.update"), filters, System.out);
        ConformanceRun.Report report = ConformanceRun.execute(options);
        assertTrue(report.matchesExpectations(), () -> "test262 results differ from " + options.expectations() + ":\n"
            + report.comparison().describe(100) + "(see " + options.results() + "; -Dtest262.update=true accepts them)");
    }
}
