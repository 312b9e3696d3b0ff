package dev.oryx.test262;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's command line:
 * <pre>
 * Test262Main --suite DIR [--module DIR] [--scope es2020] [--threads N] [--timeout-ms MS]
 *             [--expectations FILE] [--results FILE] [--update] [ID-PREFIX...]
 * </pre>
 * DIR is a test262 checkout (the one pinned in test262.conf); the module directory (default
 * {@code test262-subset} or the current directory) holds test262.conf and the expectations.
 * ID-PREFIXes such as {@code test/built-ins/Array} run part of the scope (compared and updated
 * for that part only). Exit status: 0 when the results match the expectations, 1 on a
 * difference, 2 on a usage error.
 */
public final class Test262Main {
    private Test262Main() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("test262: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("test262: " + e);
            System.exit(2);
        }
    }

    static int run(String[] args) throws IOException {
        Path suite = null;
        Path module = null;
        String scope = null;
        int threads = 2;
        long timeoutMs = 10_000;
        Path expectations = null;
        Path results = null;
        boolean update = false;
        List<String> filters = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--suite" -> suite = Path.of(value(args, ++i, a));
                case "--module" -> module = Path.of(value(args, ++i, a));
                case "--scope" -> scope = value(args, ++i, a);
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
                case "--timeout-ms" -> timeoutMs = Long.parseLong(value(args, ++i, a));
                case "--expectations" -> expectations = Path.of(value(args, ++i, a));
                case "--results" -> results = Path.of(value(args, ++i, a));
                case "--update" -> update = true;
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    filters.add(a);
                }
            }
        }
        if (suite == null) {
            String env = System.getenv("TEST262_DIR");
            if (env == null || env.isBlank()) {
                throw new IllegalArgumentException("give --suite DIR or set TEST262_DIR to a test262 checkout");
            }
            suite = Path.of(env);
        }
        if (module == null) {
            module = Files.isRegularFile(Path.of("test262-subset", "test262.conf")) ? Path.of("test262-subset") : Path.of(".");
        }
        ConformanceRun.Options options = OfficialSuite.options(suite, module, scope, threads, Duration.ofMillis(timeoutMs),
            expectations, results, update, filters, System.out);
        ConformanceRun.Report report = ConformanceRun.execute(options);
        return report.matchesExpectations() ? 0 : 1;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
