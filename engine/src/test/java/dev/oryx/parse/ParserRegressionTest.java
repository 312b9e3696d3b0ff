package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.oryx.ast.AstDumper;
import dev.oryx.ast.Program;

/** Grammar and AST-builder bugs found by the conformance suites, one test per bug. */
class ParserRegressionTest {

    static Program script(String source) {
        return Parser.parseScript(source, "t.js");
    }

    static SyntaxErrorException rejectsScript(String source) {
        return assertThrows(SyntaxErrorException.class, () -> Parser.parseScript(source, "t.js"), source);
    }

    @Test
    void htmlCloseCommentOnTheFirstLine() {
        assertEquals(0, script("--> comment").body().size());
        assertEquals(0, script("  /* a */ /* b */ --> comment\n").body().size());
        assertEquals(1, script("-->\nx").body().size());
        assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("--> comment", "m.js"));
        script("x --> 1; y");
    }

    @Test
    void legacyOctalLiteralEndsBeforeDot() {
        String dump = AstDumper.dumpWithoutPositions(script("01.a"));
        assertTrue(dump.contains("Member name=\"a\""), dump);
        assertTrue(dump.contains("NumberLiteral value=1 legacy=true"), dump);
        rejectsScript("07.5");
        rejectsScript("01e5");
        script("08.5; 09e1");
    }

    @Test
    void reservedWordPropertyNameIsFollowedByDivision() {
        String dump = AstDumper.dumpWithoutPositions(script("a.in / b / c"));
        assertTrue(dump.contains("Binary operator=DIV"), dump);
        script("a?.if / 2");
    }

    @Test
    void exportStarFromAtEndOfInputWithoutSemicolon() {
        Parser.parseModule("export * from \"a\"", "m.js");
        Parser.parseModule("export * as ns from \"a\"", "m.js");
        Parser.parseModule("export * as \"string name\" from \"a\"", "m.js");
    }

    @Test
    void loneCommaIsNotAnEmptyList() {
        assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("import {,} from 'a';", "m.js"));
        assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("export {,} from 'a';", "m.js"));
        rejectsScript("({,})");
        rejectsScript("var {,} = x");
        script("({a,}); var {b,} = x");
    }

    @Test
    void varDestructuringNeedsAnInitializer() {
        assertEquals("Missing initializer in destructuring declaration", rejectsScript("var {a:a};").getMessage());
        rejectsScript("var [a];");
        script("for (var [a] of b); for (var {c} in d);");
    }

    @Test
    void forOfHeadIsDecidedByOneToken() {
        // SLL looked past `of` into the object literal, where `get a()` is not retyped yet
        String dump = AstDumper.dumpWithoutPositions(script("for (obj of [{a: 0}, {get a() { return 0; }}]) ;"));
        assertTrue(dump.contains("\n    ForOf\n"), dump);
        script("for (let of of /x/g) ; for (of of of) ;");
        assertEquals("Keyword must not contain escaped characters", rejectsScript("for (x \\u006ff y) ;").getMessage());
        rejectsScript("for (let of x) ;");
    }

    @Test
    void objectRestFollowedByCommaIsNoPattern() {
        assertEquals("Rest element must be last element", rejectsScript("0, {...rest,} = {}").getMessage());
        rejectsScript("for ({...rest,} of []) ;");
        rejectsScript("({...rest,}) => 0");
        script("x = {...rest,}");
    }

    @Test
    void regularExpressionAfterPrefixIncrement() {
        // the lexer took `/` after `++` for a division, as after a postfix `++`
        String dump = AstDumper.dumpWithoutPositions(script("++/a+/.p; --/b/g[0]"));
        assertTrue(dump.contains("RegExpLiteral pattern=\"a+\""), dump);
        assertTrue(dump.contains("RegExpLiteral pattern=\"b\" flags=\"g\""), dump);
        String division = AstDumper.dumpWithoutPositions(script("a++ / 2"));
        assertTrue(division.contains("Binary operator=DIV"), division);
    }

    @Test
    void accessorParameterCounts() {
        assertEquals("Getter must not have any formal parameters", rejectsScript("({ get prop(x) {} })").getMessage());
        assertEquals("Setter must have exactly one formal parameter", rejectsScript("class A { set prop() {} }").getMessage());
        rejectsScript("({ set prop(x, y) {} })");
        assertEquals("Setter function argument must not be a rest parameter", rejectsScript("({ set foo(...v) {} })").getMessage());
        script("({ get a() {}, set a([x, y] = []) {} })");
    }

    @Test
    void anEscapedKeywordCannotStartATopLevelStatement() {
        // the statement-by-statement program loop once accepted this as a label (test262 caught it)
        rejectsScript("tru\\u0065: ;");
        rejectsScript("var x = 1;\nnul\\u006c: ;");
        assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("export {};\n\\u0069f: ;", "m.js"));
        assertEquals(2, script("var x = 1;\nx: ;").body().size());
    }
}
