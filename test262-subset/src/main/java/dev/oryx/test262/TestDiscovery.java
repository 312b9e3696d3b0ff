package dev.oryx.test262;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the test files under a suite root: the {@code .js} files below the included directories,
 * minus excluded directories and {@code _FIXTURE} files (module dependencies, never tests), in
 * id order so that every run lists them the same way.
 */
public final class TestDiscovery {
    private TestDiscovery() {
    }

    /**
     * @param root     the suite root (the directory holding {@code test/} and {@code harness/})
     * @param includes directories relative to the root, e.g. "test/language"
     * @param config   for excluded directories (may be null: none)
     * @param filters  id prefixes to keep (empty: all)
     */
    public static List<TestCase> discover(Path root, List<String> includes, SuiteConfig config, List<String> filters)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (String include : includes) {
            Path dir = root.resolve(include);
            if (!Files.isDirectory(dir)) {
                throw new IOException("test directory not found: " + dir);
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        List<TestCase> tests = new ArrayList<>();
        for (Path file : files) {
            String id = root.relativize(file).toString().replace('\\', '/');
            if (!id.endsWith(".js") || id.contains("_FIXTURE")) {
                continue;
            }
            if (config != null && config.excludedDirectoryReason(id) != null) {
                continue;
            }
            if (!filters.isEmpty() && filters.stream().noneMatch(id::startsWith)) {
                continue;
            }
            String source = TextFiles.read(file);
            tests.add(new TestCase(id, file, source, TestMetadata.parse(source)));
        }
        tests.sort((a, b) -> a.id().compareTo(b.id()));
        return tests;
    }
}
