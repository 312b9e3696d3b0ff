package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LineMapTest {
    @Provide
    Arbitrary<String> sources() {
        // mostly short lines, sometimes runs of empty lines or one long line, all four terminators
        Arbitrary<String> piece = Arbitraries.oneOf(
            Arbitraries.of("\n", "\r", "\r\n", "\u2028", "\u2029", "\n\n\n\n\n\n\n\n"),
            Arbitraries.strings().withChars('a', 'b', ' ').ofMinLength(0).ofMaxLength(150));
        return piece.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 500)
    void linesAndColumnsAreThoseOfAScanFromTheStart(@ForAll("sources") String source) {
        LineMap map = new LineMap(source);
        int line = 1;
        int lineStart = 0;
        for (int offset = 0; offset <= source.length(); offset++) {
            assertEquals(line, map.line(offset), "line of offset " + offset);
            assertEquals(offset - lineStart + 1, map.column(offset), "column of offset " + offset);
            if (offset < source.length()) {
                char c = source.charAt(offset);
                boolean crlf = c == '\r' && offset + 1 < source.length() && source.charAt(offset + 1) == '\n';
                if ((c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') && !crlf) {
                    line++;
                    lineStart = offset + 1;
                }
            }
        }
        assertEquals(line, map.lineCount());
    }

    @Test
    void offsetsAskedOutOfOrder() {
        String source = "a\n".repeat(200) + "b".repeat(500) + "\nc";
        LineMap map = new LineMap(source);
        assertEquals(202, map.line(source.length() - 1));
        assertEquals(1, map.line(0));
        assertEquals(201, map.line(400 + 250));
        assertEquals(101, map.line(200));
        assertEquals(251, map.column(400 + 250));
    }
}
