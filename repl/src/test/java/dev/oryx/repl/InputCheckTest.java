package dev.oryx.repl;

import static dev.oryx.repl.InputCheck.Status.COMPLETE;
import static dev.oryx.repl.InputCheck.Status.INCOMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When the REPL asks for another line: the parser fails at the end of the input. */
class InputCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "function f() {",
        "function f(a,",
        "if (x) {\n  y();",
        "[1, 2",
        "[1, [2, 3]",
        "({ a: 1,",
        "foo(",
        "foo(1,\n2",
        "1 +",
        "x =",
        "if (x)",
        "class A {\n  m() {",
        "`template",
        "`line one\nline two",
        "`a ${",
        "`a ${ {b: 1",
        "/* comment",
        "'continued \\",
        "x => ",
        "a\n  .b(",
        "for (let i = 0; i < 3; i++)",
        "let s = {",
        "  foo(  "})
    void incomplete(String input) {
        assertEquals(INCOMPLETE, InputCheck.check(input), input);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1 + 2",
        "",
        "   ",
        "function f() { return 1 }",
        "`a ${1} b`",
        "let s = 'abc'",
        "// just a comment",
        "/* closed */ 1",
        "if (x) y()",
        "x\n.y"})
    void completeAndValid(String input) {
        assertEquals(COMPLETE, InputCheck.check(input), input);
    }

    /** Errors that more input cannot fix are shown at once, not waited on. */
    @ParameterizedTest
    @ValueSource(strings = {
        "}",
        ")",
        "1 2",
        "let s = 'unterminated",
        "let s = \"unterminated",
        "/unterminated regexp",
        "let let = 1",
        "function f() { return 1 } }",
        "[1, 2]]",
        "a b c {"})
    void completeButWrong(String input) {
        assertEquals(COMPLETE, InputCheck.check(input), input);
    }

    @org.junit.jupiter.api.Test
    void strictModeChecksStrictCode() {
        // an early error of strict code is complete (evaluating it reports the error) ...
        assertEquals(COMPLETE, InputCheck.check("with (o) {}", true));
        assertEquals(COMPLETE, InputCheck.check("with (o) {}", false));
        // ... but only once the text parses: the parser's error at the end comes first
        assertEquals(INCOMPLETE, InputCheck.check("with (o) {", true));
    }
}
