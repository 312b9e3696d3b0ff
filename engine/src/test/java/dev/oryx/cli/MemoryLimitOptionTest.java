package dev.oryx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** {@code oryx --memory-limit N}: the size syntax and the limit reaching the runtime. */
class MemoryLimitOptionTest {
    /** Keeps about 40 MB: 10,000 arrays of 1,000 numbers. */
    private static final String HOARD = """
        const keep = [];
        for (let i = 0; i < 10000; i++) keep.push(new Array(1000).fill(i + 0.5));
        print('kept', keep.length);""";

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sizesTakeBinarySuffixes() {
        assertEquals(512, Main.parseSize("512"));
        assertEquals(4096, Main.parseSize("4k"));
        assertEquals(3L << 20, Main.parseSize("3M"));
        assertEquals(2L << 30, Main.parseSize("2g"));
        assertEquals(-1, Main.parseSize("abc"));
        assertEquals(-1, Main.parseSize("-5m"));
        assertEquals(-1, Main.parseSize("k"));
        assertEquals(-1, Main.parseSize("1.5m"));
        assertEquals(-1, Main.parseSize("99999999999999999999g"));
    }

    @Test
    void aScriptOverTheLimitEndsWithAnOutOfMemoryError() {
        Result r = run("--memory-limit", "8m", "-e", HOARD);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("Out of memory"), r.err());
        assertTrue(r.err().contains("8388608"), "the message names the limit: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void modulesRunUnderTheLimitToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("hoard.mjs");
        java.nio.file.Files.writeString(file, HOARD);
        Result r = run("--memory-limit", "8M", file.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("Out of memory"), r.err());
    }

    @Test
    void theSameScriptFitsUnderALargerLimit() {
        Result r = run("--memory-limit", "1g", "-e", HOARD);
        assertEquals(0, r.status(), r.err());
        assertEquals("kept 10000\n", r.out());
    }

    @Test
    void aBadSizeIsAUsageError() {
        for (String bad : new String[] {"0", "lots", "-1"}) {
            Result r = run("--memory-limit", bad, "-e", "1");
            assertEquals(2, r.status(), bad);
            assertTrue(r.err().contains("--memory-limit needs a positive number of bytes"), r.err());
        }
        assertEquals(2, run("-e", "1", "--memory-limit").status(), "missing argument");
    }
}
