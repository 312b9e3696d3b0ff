package dev.oryx.test262;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the official suite's run takes its inputs and puts its outputs, relative to the module
 * directory: {@code test262.conf}, {@code expectations/<scope>.txt} (committed),
 * {@code target/test262-results-<scope>.txt}, and the README summaries.
 */
public final class OfficialSuite {
    private OfficialSuite() {
    }

    /**
     * Options for a run of the checkout at {@code suite}; null arguments take the defaults
     * (the scope of test262.conf, the module's expectations and target files).
     */
    public static ConformanceRun.Options options(Path suite, Path module, String scope, int threads, Duration timeout,
                                                 Path expectations, Path results, boolean update, List<String> filters,
                                                 PrintStream log) throws IOException {
        if (!Files.isDirectory(suite.resolve("test")) || !Files.isDirectory(suite.resolve("harness"))) {
            throw new IllegalArgumentException(suite + " is not a test262 checkout (no test/ and harness/ directories)");
        }
        module = module.toAbsolutePath().normalize();
        SuiteConfig config = SuiteConfig.load(module.resolve("test262.conf"));
        String s = scope == null || scope.isBlank() ? config.defaultScope() : scope;
        if (!config.editions().contains(s)) {
            throw new IllegalArgumentException("unknown scope " + s + "; test262.conf knows " + config.editions());
        }
        Path exp = expectations != null ? expectations : module.resolve("expectations").resolve(s + ".txt");
        Path res = results != null ? results : module.resolve("target").resolve("test262-results-" + s + ".txt");
        // The README tables describe the default scope only.
        boolean defaultScope = s.equals(config.defaultScope());
        Path readme = defaultScope ? module.resolve("README.md") : null;
        Path root = module.getParent();
        Path rootReadme = defaultScope && root != null && Files.isRegularFile(root.resolve("README.md")) ? root.resolve("README.md") : null;
        return new ConformanceRun.Options(suite, suite.resolve("harness"), config.includes(), config, s, threads, timeout,
            exp, res, update, filters, readme, rootReadme, log);
    }
}
