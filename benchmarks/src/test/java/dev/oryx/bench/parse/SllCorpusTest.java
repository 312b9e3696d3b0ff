package dev.oryx.bench.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.oryx.ast.Program;
import dev.oryx.parse.Parser;

/**
 * Issue 2: ANTLR's SLL prediction must succeed on real code, so that no corpus file is parsed a
 * second time with full LL. Parses each file of {@link ParseCorpus} (fetched with npm pack into
 * target/npm, or the directory of -Doryx.bench.npmDir, shared with run.sh) and checks that
 * {@link Parser#llFallbacks()} did not move. Skipped, saying why, when npm cannot fetch the files.
 */
class SllCorpusTest {
    private static final Map<String, Path> FILES = new HashMap<>();

    @BeforeAll
    static void fetchCorpus() throws InterruptedException {
        Path npmDir = ParseCorpus.directory(Path.of("target", "npm"));
        for (ParseCorpus.Entry e : ParseCorpus.FILES) {
            try {
                FILES.put(e.id(), ParseCorpus.fetch(e, npmDir));
            } catch (IOException ex) {
                Assumptions.abort("SLL corpus check skipped: npm could not fetch " + e.spec() + " into " + npmDir
                    + " (" + ex.getMessage() + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"acorn", "lodash", "three"})
    void sllPredictionSucceedsWithoutLlFallback(String id) throws IOException {
        ParseCorpus.Entry entry = ParseCorpus.entry(id);
        String source = Files.readString(FILES.get(id), StandardCharsets.UTF_8);
        long before = Parser.llFallbacks();
        Program program = entry.module() ? Parser.parseModule(source, entry.fileName())
            : Parser.parseScript(source, entry.fileName());
        assertEquals(before, Parser.llFallbacks(), entry.path() + " of " + entry.spec() + " needed the full-LL fallback");
        assertEquals(entry.module(), program.module());
        assertTrue(program.body().size() > 0, "empty program for " + entry.path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acorn", "lodash", "three"})
    void theCorpusIsTheOneIssue2Names(String id) {
        ParseCorpus.Entry entry = ParseCorpus.entry(id);
        long size = FILES.get(id).toFile().length();
        // The sizes of the published files; a different size means a different file is being measured.
        long expected = switch (id) {
            case "acorn" -> 231_229;
            case "lodash" -> 544_098;
            default -> 1_272_972;
        };
        assertEquals(expected, size, entry.spec() + " " + entry.path());
    }
}
