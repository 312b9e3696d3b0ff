package dev.oryx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegexBaselineBenchmarkTest {

    @Test
    void javaUtilRegexDoesTheSameWorkAsTheJavaScriptWorkload() {
        RegexBaselineBenchmark b = new RegexBaselineBenchmark();
        b.setUp(); // throws when the checksum differs from the one regex.js expects
        assertEquals(1760437L, b.javaUtilRegex());
    }
}
