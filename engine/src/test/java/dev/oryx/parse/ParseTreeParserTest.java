package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.oryx.grammar.GrammarSyntaxError;

class ParseTreeParserTest {
    static final String[] VALID = {
        "var a = 1;",
        "a\nb",
        "if (a) /re/.test(b); else c",
        "x = a / b / c",
        "x = {} / 2",
        "x = function(){} / 2",
        "function f(){}\n/re/g.exec(s)",
        "{}\n/foo/",
        "a = b ? c : d",
        "x => x * 2",
        "(a, b) => { return a + b }",
        "async (a) => await a",
        "async x => x",
        "async function f() { await g(); for await (const x of y) {} }",
        "function* g() { yield; yield 1; yield* h(); const x = yield\n1 }",
        "class A extends B { static x = 1; #y; get z() { return this.#y } static { } async *m() {} static async m2() {} 'constructor'() {} }",
        "let [a, , b = 2, ...c] = d; const {e, f: g, ...h} = i;",
        "for (let i = 0; i < 10; i++) {} for (const k in o) {} for (x of y) {} for (var v = 1 in o);",
        "label: for (;;) { break label; continue label }",
        "switch (x) { case 1: a(); default: b(); case 2: }",
        "try { a } catch { b } finally { c }",
        "try { a } catch ({message}) { b }",
        "`a${b}c${`d${e}f`}g`",
        "tag`\\unicode`",
        "a?.b?.[c]?.(d)",
        "a ?? b || c",
        "a ||= b; a &&= c; a ??= d; a **= 2",
        "x = 1_000_000n + 0x1F + 0o17 + 0b101 + .5 + 5. + 1e10",
        "new a.b.c(d)(e).f",
        "new new a()()",
        "new.target; import.meta",
        "let\nx = 1",
        "a\n++b",
        "return_ = 1",
        "var yield = 1; var await = 2; var let = 3; var async = 4; var of = 5; var get = 6, set = 7, static_ = 8",
        "async\nfunction f(){}",
        "({ get a() {}, set a(v) {}, async b() {}, *c() {}, async *d() {}, get: 1, set, async, [e]: 2, ...f, 'g': 3, 4: 5 })",
        "x = class { }\n/ 2",
        "do x(); while (y) z()",
        "if (a) function f() {}",
        "#!/usr/bin/env node\nprint(1)",
        "a <!-- comment\n--> also comment\nb",
        "/* multi\nline */ --> html close",
        "x = y\n/re/g",
        "(function(){ 'use strict'; })()",
        "for (let [a, b] of c) ;",
        "o = { if: 1, class: 2, new: 3 }; o.if; o.class",
        // after `.` every name is a property name, also where yield and await are keywords
        "function* g() { yield a.yield; a?.yield; a.\\u0069f.in }",
        "async function f() { await o.await; o.if.new(o?.class) }",
        "a = b\n(c)",
        "x = () => {}\n(y)",
        "throw new Error('x')",
        "var \\u0061bc = 1; \\u{62}",
        "let async = 1; async = async + 1",
        "for (async of => {};;) break;",
        "(a, b, ...c) => 1",
        "(...a) => 1",
        "() => {}",
        "yield\n/ 2",
        "function* g() { yield\n/re/ }",
        "a = { b: 1 }\n/c/g",
        "class A { a\n b\n static c\n ['d']\n e = 1;\n *f() {} }",
        "class A { static async\n m() {} }",
        "class A { get\n x() {} }",
        "x = a => b => c",
        "f(a => a, b)",
        "x = async function() {}",
        "x = (async) => 1",
        "async(a, b)",
        "label: function f() {}",
        "if (a) b; else if (c) d; else e",
        "while (x) /y/.test(z)",
        "with (o) /x/",
        "var \\u{1d400} = 1",
        "'\\u2028 \u2028'",
        // lists with and without a trailing comma (decided on one token per comma)
        "f(a, ...b,); f(); f(a); g(a, b)",
        "x = {a, b: 1,}; x = {}; x = {...a}",
        "function f(a, b = 1,) {} function g(a, ...b) {} function h(...a) {}",
        "var {a, b: [c], ...d} = e, {f,} = g",
        "x = (a, b,) => 1; y = (a, ...b) => 1",
    };

    static final String[] INVALID = {
        "var = 1",
        "a b",
        "if (a) let [b] = c",
        "(a\n++b)",
        "throw\nx",
        "x = 1.toString()",
        "1_",
        "1__0",
        "0_1",
        "08n",
        "x = `unterminated",
        "/* unterminated",
        "'unterminated",
        "x = /unterminated",
        "a => {} + 1 +",
        "async function f() { (async x\n=> x) }",
        "var v\\u0061r = 1",
        "let x = 1 let y",
        "x = { a b }",
        "class A { a b }",
        "@",
        "class A { e = 1\n *f() {} }",
    };

    @TestFactory
    Stream<DynamicTest> validProgramsParse() {
        return Stream.of(VALID).map(src -> DynamicTest.dynamicTest(src, () -> {
            ParseTreeParser.get().parse(src, "t.js", false, item -> { });
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidProgramsFail() {
        return Stream.of(INVALID).map(src -> DynamicTest.dynamicTest(src, () -> {
            assertThrows(GrammarSyntaxError.class, () -> ParseTreeParser.get().parse(src, "t.js", false, item -> { }));
        }));
    }

    /**
     * Lists are written `x (Comma x?)*` with actions that reject a second comma or an element
     * after a rest element; the error must be the one the stricter `x (Comma x)* Comma?` gave:
     * same token, same message.
     */
    static final String[][] LIST_ERRORS = {
        {"f(a,,b)", "Unexpected token ','", "1:5"},
        {"f(...a,,)", "Unexpected token ','", "1:8"},
        {"f(a,", "Unexpected end of input", "1:5"},
        {"f(a, ;", "Unexpected token ';'", "1:6"},
        {"({a:1,,})", "Unexpected token ','", "1:7"},
        {"({,})", "Unexpected token ','", "1:3"},
        {"function f(a,,b){}", "Unexpected token ','", "1:14"},
        {"function f(a,...b,c){}", "Unexpected token ','", "1:18"},
        {"function f(...a,){}", "Unexpected token ','", "1:16"},
        {"function f(a,...b", "Unexpected end of input", "1:18"},
        {"(a,,b)", "Unexpected token ','", "1:4"},
        {"var {a,,b} = c", "Unexpected token ','", "1:8"},
        {"x = (a,\n,b)", "Unexpected token ','", "2:1"},
    };

    @TestFactory
    Stream<DynamicTest> listCommasFailWhereTheStrictRuleFailed() {
        return Stream.of(LIST_ERRORS).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parseScript(c[0], "t.js"));
            assertEquals(c[1] + " " + c[2], e.getMessage() + " " + e.line() + ":" + e.column());
        }));
    }

    @Test
    void moduleListCommasFailAtTheSecondComma() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("import {a,,b} from 'x'", "t.js"));
        assertEquals("Unexpected token ',' 1:11", e.getMessage() + " " + e.line() + ":" + e.column());
        e = assertThrows(SyntaxErrorException.class, () -> Parser.parseModule("export {a,,b}", "t.js"));
        assertEquals("Unexpected token ',' 1:11", e.getMessage() + " " + e.line() + ":" + e.column());
    }

    @TestFactory
    Stream<DynamicTest> validProgramsNeedNoLLFallback() {
        return Stream.of(VALID).map(src -> DynamicTest.dynamicTest(src, () -> {
            long before = ParseTreeParser.llFallbacks();
            ParseTreeParser.get().parse(src, "t.js", false, item -> { });
            assertEquals(before, ParseTreeParser.llFallbacks(), "SLL failed on valid code");
        }));
    }
}
