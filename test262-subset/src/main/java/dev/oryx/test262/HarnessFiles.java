package dev.oryx.test262;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

import dev.oryx.ast.Program;
import dev.oryx.parse.Parser;

/**
 * The harness directory (assert.js, sta.js, doneprintHandle.js and the includes): each file is read
 * and parsed once per run and its AST shared by all tests (the AST is immutable); every test
 * compiles and runs it in its own realm.
 */
public final class HarnessFiles {
    private final Path directory;
    private final ConcurrentHashMap<String, Program> parsed = new ConcurrentHashMap<>();

    public HarnessFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /**
     * The parsed harness file; a missing file is an {@link UncheckedIOException}, a syntax error
     * the parser's exception (both become the test's failure, not the run's end).
     */
    public Program program(String name) {
        return parsed.computeIfAbsent(name, n -> {
            if (n.contains("..") || n.startsWith("/")) {
                throw new IllegalArgumentException("harness file outside the harness directory: " + n);
            }
            Path file = directory.resolve(n);
            try {
                return Parser.parseScript(TextFiles.read(file), "harness/" + n);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read harness file " + file, e);
            }
        });
    }
}
