package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import dev.oryx.grammar.JavaScriptLexer;
import dev.oryx.grammar.LineStarts;
import dev.oryx.grammar.SourceCharStream;

/**
 * The line starts the lexer records while it lexes (dev.oryx.grammar.LineStarts) are those of a
 * scan of the whole source ({@link LineMap}): line terminators between tokens, in comments, in
 * string literals (line continuations, LS and PS), in templates and in tokens the ANTLR rules lex.
 */
class LineStartsTest {
    @Provide
    Arbitrary<String> sources() {
        Arbitrary<String> piece = Arbitraries.of(
            "\n", "\r", "\r\n", "\u2028", "\u2029", " ", "\t", "a", "b1", "= ", "(x)", ";", "{", "}", "/ 2",
            "/* c\n c\r\n c\u2028 c\r */", "/* c */", "// c", "<!-- c", "\n--> c",
            "'s\\\n t'", "'s\\\r\n t'", "'s\\\r t'", "\"s\u2028t\u2029\"", "'s\\\u2028'",
            "`t\n${a}\r\nu${b}\u2029`", "`t\r`", "/re[/]\\//g", "0x1F", "1.5e3", "\u00e9t\u00e9", "#p",
            "'unterminated", "`unterminated\n", "/* unterminated\n", "@");
        return piece.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 1000)
    void recordedLineStartsAreThoseOfTheWholeSource(@ForAll("sources") String source) {
        assertSameLines(source);
    }

    @Test
    void crAtTheEndAndCrlfAcrossTokens() {
        assertSameLines("a\r");
        assertSameLines("a //c\r\nb");
        assertSameLines("'\\\r'\n");
        assertSameLines("#!/usr/bin/env node\r\nx\r\n");
    }

    private static void assertSameLines(String source) {
        JavaScriptLexer lexer = new JavaScriptLexer(new SourceCharStream("", ""));
        LineStarts lines = new LineStarts();
        lexer.reset(new SourceCharStream(source, "t.js"), false, lines);
        while (lexer.nextToken().getType() != Token.EOF) {
            // lex to the end
        }
        LineMap map = new LineMap(source);
        assertEquals(map.lineCount(), lines.count(), "line count");
        for (int offset = 0; offset <= source.length(); offset++) {
            assertEquals(map.line(offset), lines.line(offset), "line of offset " + offset);
            assertEquals(map.column(offset), lines.column(offset), "column of offset " + offset);
        }
    }
}
