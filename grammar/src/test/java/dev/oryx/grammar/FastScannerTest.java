package dev.oryx.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * {@link FastScanner} must give the tokens the ANTLR rules give wherever it answers: the lexer
 * with and without it must produce the same token stream on any input.
 */
class FastScannerTest {
    private static final String[] FRAGMENTS = {
        // names and reserved words, and names that start like reserved words
        "a", "foo", "$", "_x1", "break", "breaker", "in", "instanceof", "instanceofx", "typeof", "do", "dox",
        "yield", "await", "let", "of", "new", "this", "null", "true", "enum", "with", "With",
        "\u00e9t\u00e9", "a\u00e9", "\\u0061b", "a\\u{62}", "\\u0069n", "#priv", "#", "\ud835\udc9c",
        // numbers
        "0", "7", "12", "1.5", "1.", ".5", "0.0", "0x1F", "0X", "0b10", "0o17", "1e5", "1E+5", "1e", "2e-", "1_000",
        "10n", "08", "09.5", "017", "01.5", "1..a", "3in", "5.toString",
        // strings
        "'s'", "\"d\"", "'a\\'b'", "\"a\\\"b\"", "'\\\r\n'", "'\\\n'", "'\\\r'", "'\u2028'", "'unterminated",
        "\"x\n\"", "'\\", "'\\u0041'",
        // comments and white space
        "/* c */", "/* \n */", "/**/", "/*", "// line\n", "//", " ", "  ", "\n", "\r\n", "\r", "\t", "\u000B",
        "\u000C", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\u3000", "\u2003",
        "<!--", "-->", "<!-- x\n",
        // punctuators
        "(", ")", "{", "}", "[", "]", ";", ",", ":", "~", "`", "`a${", "`t`", ".", "..", "...", "?.", "?.5", "?",
        "??", "??=", "=", "==", "===", "=>", "!", "!=", "!==", "+", "++", "+=", "-", "--", "-=", "*", "**", "*=",
        "**=", "/", "/=", "/re/g", "%", "%=", "^", "^=", "&", "&&", "&=", "&&=", "|", "||", "|=", "||=",
        "<", "<=", "<<", "<<=", ">", ">=", ">>", ">>=", ">>>", ">>>=",
        // invalid
        "@", "\\", "\u0000", "\u00AD",
    };

    @Provide
    Arbitrary<String> sources() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
            Arbitraries.of(FRAGMENTS),
            Arbitraries.chars().range('\u0000', '\u00ff').map(String::valueOf));
        return fragment.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void sameTokensWithAndWithoutTheFastPath(@ForAll("sources") String source) {
        assertEquals(tokens(source, false), tokens(source, true), () -> "source: " + escape(source));
    }

    @Test
    void sameTokensOnEveryFragmentAlone() {
        for (String f : FRAGMENTS) {
            for (String source : new String[] {f, f + " ", " " + f + "\n", "x" + f, f + "x", "(" + f + ")", f + f}) {
                assertEquals(tokens(source, false), tokens(source, true), () -> "source: " + escape(source));
            }
        }
    }

    /** The fast path answers for the common tokens (else the comparisons above would compare ANTLR with itself). */
    @Test
    void commonTokensAreScannedWithoutAntlr() {
        for (String source : new String[] {" foo", "/* c */ break", "// x\n 12", "1.5", "'s'", "\"a\\\"b\"", ">>>=", "...", "=>"}) {
            assertNotNull(FastScanner.scan(lexer(source)), () -> "source: " + escape(source));
        }
        for (String source : new String[] {"\u00e9", "a\\u0061", "0x1", "1e5", "'open", "/* open", "#x", "@"}) {
            assertNull(FastScanner.scan(lexer(source)), () -> "source: " + escape(source));
        }
    }

    private static JavaScriptLexer lexer(String source) {
        JavaScriptLexer lexer = new JavaScriptLexer(new SourceCharStream("", ""));
        lexer.removeErrorListeners();
        lexer.reset(new SourceCharStream(source, "test.js"), false);
        return lexer;
    }

    private static List<String> tokens(String source, boolean fast) {
        JavaScriptLexer lexer = lexer(source);
        lexer.fastScan = fast;
        List<String> out = new ArrayList<>();
        for (int guard = 0; guard < 1000; guard++) {
            JsToken t = (JsToken) lexer.nextToken();
            out.add(JavaScriptLexer.VOCABULARY.getSymbolicName(t.getType()) + " " + t.getStartIndex() + ".." + t.getStopIndex()
                + (t.newlineBefore() ? " nl" : "") + " " + escape(t.value()));
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        return out;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
