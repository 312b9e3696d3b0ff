package dev.oryx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStatusTest {

    @Test
    void reasonIsTheFirstMessageOnOneLine() {
        Throwable t = new IllegalStateException("wrapped", new RuntimeException("inner"));
        assertEquals("wrapped", BenchStatus.reason(t));
        assertEquals("NullPointerException: x is null now", BenchStatus.reason(new NullPointerException("x is null\tnow")));
        assertEquals("line one line two", BenchStatus.reason(new IllegalStateException("line one\n  line two")));
    }

    @Test
    void reasonSkipsExceptionsWithoutMessage() {
        assertEquals("ArithmeticException: / by zero",
            BenchStatus.reason(new RuntimeException(new ArithmeticException("/ by zero"))));
    }

    @Test
    void longReasonsAreCut() {
        String r = BenchStatus.reason(new IllegalStateException("x".repeat(500)));
        assertEquals(160, r.length());
        assertTrue(r.endsWith("..."));
    }

    @Test
    void kindTellsWrongResultsFromMissingFeatures() {
        assertEquals("wrong result", BenchStatus.kind(new IllegalStateException(), "Error: wrong result: fib(30) = 1"));
        assertEquals("unsupported", BenchStatus.kind(new IllegalStateException(), "ReferenceError: JSON is not defined"));
        assertEquals("skipped", BenchStatus.kind(new BenchStatus.Skip("no file"), "no file"));
    }

    @Test
    void failedAppendsALineToTheStatusFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("status.tsv");
        String old = System.getProperty(BenchStatus.PROPERTY);
        System.setProperty(BenchStatus.PROPERTY, file.toString());
        try {
            IllegalStateException e = BenchStatus.failed("workload", "oryx", "json",
                new IllegalStateException("ReferenceError: JSON is not defined"));
            assertEquals("unsupported on oryx (json): ReferenceError: JSON is not defined", e.getMessage());
            BenchStatus.failed("parse", "nashorn", "parse", new BenchStatus.Skip("no parse source"));
        } finally {
            if (old == null) {
                System.clearProperty(BenchStatus.PROPERTY);
            } else {
                System.setProperty(BenchStatus.PROPERTY, old);
            }
        }
        assertEquals(List.of("workload\toryx\tjson\tunsupported\tReferenceError: JSON is not defined",
            "parse\tnashorn\tparse\tskipped\tno parse source"), Files.readAllLines(file));
    }
}
