package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationsTest {
    @TempDir
    Path dir;

    static RunResults.Row row(String id, Variant v, Outcome o) {
        TestCase t = new TestCase(id, Path.of(id), "", TestMetadata.parse(""));
        return new RunResults.Row(t, v, o, 1);
    }

    static RunResults results(RunResults.Row... rows) {
        return new RunResults(List.of(rows), List.of(), 10, 0);
    }

    @Test
    void writesSortedLinesAndReadsThemBack() throws Exception {
        RunResults r = results(
            row("test/b.js", Variant.STRICT, Outcome.fail("TypeError: x")),
            row("test/a.js", Variant.NON_STRICT, Outcome.timeout("slow")),
            row("test/a.js", Variant.STRICT, Outcome.pass()));
        Path file = dir.resolve("e.txt");
        Expectations.of(r).write(file, List.of("header"));
        assertEquals(List.of("# header", "test/a.js non-strict: timeout: slow", "test/b.js strict: TypeError: x"),
            Files.readAllLines(file));
        Expectations loaded = Expectations.load(file);
        assertTrue(loaded.expectsFailure("test/a.js non-strict"));
        assertFalse(loaded.expectsFailure("test/a.js strict"));
        assertTrue(loaded.compare(r, k -> true).matches());
    }

    @Test
    void reportsNewFailuresUnexpectedPassesAndStaleEntries() throws Exception {
        Path file = dir.resolve("e.txt");
        Files.writeString(file, """
            # known
            test/fixed.js strict: was broken
            test/gone.js strict: file removed
            test/still.js non-strict: still broken
            """);
        Expectations e = Expectations.load(file);
        RunResults r = results(
            row("test/fixed.js", Variant.STRICT, Outcome.pass()),
            row("test/still.js", Variant.NON_STRICT, Outcome.fail("another message: no difference")),
            row("test/new.js", Variant.NON_STRICT, Outcome.fail("Test262Error: broke")));
        Expectations.Comparison c = e.compare(r, k -> true);
        assertEquals(List.of("test/new.js non-strict: Test262Error: broke"), c.newFailures());
        assertEquals(List.of("test/fixed.js strict"), c.unexpectedPasses());
        assertEquals(List.of("test/gone.js strict"), c.stale());
        assertFalse(c.matches());
        assertTrue(c.describe(10).contains("1 new failures"));
        // a partial run does not call entries outside its filter stale
        assertEquals(List.of(), e.compare(r, k -> k.startsWith("test/fixed")).stale());
    }

    @Test
    void partialUpdateKeepsOtherEntries() throws Exception {
        Path file = dir.resolve("e.txt");
        Files.writeString(file, "test/a/x.js strict: old\ntest/b/y.js strict: other\n");
        Expectations merged = Expectations.load(file).merge(
            Expectations.of(results(row("test/a/z.js", Variant.STRICT, Outcome.fail("new")))), k -> k.startsWith("test/a/"));
        assertEquals(List.of("test/a/z.js strict", "test/b/y.js strict"), List.copyOf(merged.failures().keySet()));
    }

    @Test
    void reasonsStayOnOneLine() {
        Outcome o = Outcome.fail("line1\nline2\u2028\u0000end" + "x".repeat(500));
        assertFalse(o.reason().contains("\n"));
        assertTrue(o.reason().startsWith("line1 line2 \\u0000end"), o.reason());
        assertEquals(Outcome.MAX_REASON, o.reason().length());
    }
}
