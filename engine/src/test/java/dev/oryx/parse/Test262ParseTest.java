package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Parses every test file of the official test262 suite (a checkout named by the environment
 * variable {@code TEST262_DIR}; the test is skipped, and says so, when it is not set). A file
 * without {@code negative: phase: parse} must parse; a file with it must be rejected. Files are
 * parsed as they are: as a module with the {@code module} flag; with {@code onlyStrict} after a
 * {@code "use strict";} line, and without flags both as is and so, as test262's
 * INTERPRETING.md prescribes; {@code noStrict} and {@code raw} files only as is. Harness files
 * are not needed to parse; {@code _FIXTURE} files are modules imported by tests, not tests.
 *
 * <p>Files for features beyond ES2022 ({@link #BEYOND_ES2022}) are counted apart as out of scope.
 * Known differences are listed in {@code test262-parse.expectations}; the run fails on any
 * other difference and on a listed file that starts passing.
 */
class Test262ParseTest {
    /** test262 feature tags of syntax newer than ES2022 (or of proposals): out of scope. */
    static final Set<String> BEYOND_ES2022 = Set.of(
        "decorators",
        "explicit-resource-management",
        "import-attributes",
        "json-modules",
        "source-phase-imports",
        "source-phase-imports-module-source",
        "import-defer",
        "export-defer",
        "import-text",
        "import-bytes",
        "regexp-v-flag",
        "regexp-duplicate-named-groups",
        "regexp-modifiers");

    private static final String EXPECTATIONS = "test262-parse.expectations";
    /** Files that parsed, but only after SLL prediction failed: decisions the grammar did not make SLL-clean. */
    private static final List<String> LL_ON_VALID = new ArrayList<>();

    /** The outcome of one file: null when right, else what went wrong. */
    private static String run(Path file, String relative) throws IOException {
        String source = Files.readString(file);
        Test262Metadata meta = Test262Metadata.of(source);
        boolean negative = meta.parseNegative();
        boolean module = meta.hasFlag("module");
        List<String> variants = new ArrayList<>();
        if (module || meta.hasFlag("noStrict") || meta.hasFlag("raw")) {
            variants.add("as is");
        } else if (meta.hasFlag("onlyStrict")) {
            variants.add("strict");
        } else {
            variants.add("as is");
            variants.add("strict");
        }
        for (String variant : variants) {
            String text = variant.equals("strict") ? "\"use strict\";\n" + source : source;
            SyntaxErrorException error;
            long before = Parser.llFallbacks();
            try {
                Parser.parse(text, relative, module);
                error = null;
                if (Parser.llFallbacks() != before && !LL_ON_VALID.contains(relative)) {
                    LL_ON_VALID.add(relative);
                }
            } catch (SyntaxErrorException e) {
                error = e;
            }
            if (negative && error == null) {
                return "accepted (" + variant + ") but test262 expects a SyntaxError";
            }
            if (!negative && error != null) {
                return "rejected (" + variant + "): " + error;
            }
        }
        return null;
    }

    @Test
    void everyTest262FileParsesOrIsRejectedAsItsMetadataSays() throws IOException {
        String dir = System.getenv("TEST262_DIR");
        assumeTrue(dir != null && !dir.isBlank(),
            "TEST262_DIR is not set: the test262 parse run is skipped (set it to a test262 checkout to run it)");
        Path root = Path.of(dir).resolve("test");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        Expectations expectations = Expectations.load(EXPECTATIONS);
        Set<String> failed = new TreeSet<>();
        Set<String> inScope = new HashSet<>();
        Map<String, String> failures = new TreeMap<>();
        int fixtures = 0;
        int outOfScope = 0;
        int positive = 0;
        int negative = 0;
        int positiveRight = 0;
        int negativeRight = 0;
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (relative.contains("_FIXTURE")) {
                fixtures++;
                continue;
            }
            String source = Files.readString(file);
            Test262Metadata meta = Test262Metadata.of(source);
            if (meta.features().stream().anyMatch(BEYOND_ES2022::contains)) {
                outOfScope++;
                continue;
            }
            inScope.add(relative);
            String problem = run(file, relative);
            if (meta.parseNegative()) {
                negative++;
                negativeRight += problem == null ? 1 : 0;
            } else {
                positive++;
                positiveRight += problem == null ? 1 : 0;
            }
            if (problem != null) {
                failed.add(relative);
                failures.put(relative, problem);
            }
        }
        int listed = (int) expectations.entries().stream().filter(e -> inScope.contains(e.path())).count();
        System.out.printf("test262 parse run (%s):%n", root);
        System.out.printf("  %d test files in scope: %d must parse, %d must be rejected (negative: phase: parse)%n",
            positive + negative, positive, negative);
        System.out.printf("  must parse:      %d right, %d wrong (%.2f %%)%n", positiveRight, positive - positiveRight,
            100.0 * positiveRight / Math.max(1, positive));
        System.out.printf("  must be rejected: %d right, %d wrong (%.2f %%)%n", negativeRight, negative - negativeRight,
            100.0 * negativeRight / Math.max(1, negative));
        System.out.printf("  valid programs that needed the full-LL second stage: %d %s%n", LL_ON_VALID.size(),
            LL_ON_VALID.size() > 20 ? LL_ON_VALID.subList(0, 20) + "..." : LL_ON_VALID);
        System.out.printf("  known failures listed in %s: %d%n", EXPECTATIONS, listed);
        System.out.printf("  out of scope (features beyond ES2022 %s): %d files; _FIXTURE modules: %d%n",
            new TreeSet<>(BEYOND_ES2022), outOfScope, fixtures);
        Path report = Path.of(System.getProperty("oryx.buildDir", "target")).resolve("test262-parse-failures.txt");
        Files.createDirectories(report.getParent());
        StringBuilder sb = new StringBuilder();
        failures.forEach((path, problem) -> sb.append(path).append('\t').append(problem).append('\n'));
        Files.writeString(report, sb.toString());
        System.out.printf("  every failure with its message: %s%n", report.toAbsolutePath());
        assertEquals("", expectations.compare(failed, inScope));
    }
}
