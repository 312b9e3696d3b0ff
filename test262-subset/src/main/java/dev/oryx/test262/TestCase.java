package dev.oryx.test262;

import java.nio.file.Path;

/**
 * One test file: its id (the path relative to the suite root with '/' separators, e.g.
 * {@code test/language/statements/if/S12.5_A1.1_T1.js}), its location and its source text.
 */
public record TestCase(String id, Path file, String source, TestMetadata metadata) {

    /** The directory of the file, where module specifiers ("./x_FIXTURE.js") are resolved. */
    public Path directory() {
        return file.getParent();
    }
}
