package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The early errors of ECMA-262 (static semantics), each as a program that must be rejected with
 * a message and a position, next to the valid programs that resemble them (Annex B allowances,
 * sloppy-mode forms, the edge of each rule).
 */
class EarlyErrorsTest {
    static final String[] VALID_SCRIPT = {
        "with (a) b;",
        "function f(a, a) {}",
        "try {} catch (e) { var e; }",
        "try {} catch (e) { for (var e of []); }",
        "{ function f() {} function f() {} }",
        "function a() {} function a() {}",
        "L: ; L: ;",
        "L: while (1) { continue L; }",
        "L: M: while (1) { continue L; }",
        "switch (0) { case 0: break; }",
        "function f() { return; }",
        "if (1) function f() {}",
        "L: function f() {}",
        "var aw\\u0061it;",
        "function* yield() {}",
        "async function await() {}",
        "({ m() { super.x; } })",
        "class A extends B { constructor() { super(); } }",
        "class A extends B { constructor() { () => super(); } }",
        "class A extends B { x = super.y; }",
        "class A extends B { static { super.y; } }",
        "function f() { () => new.target; }",
        "class A { x = new.target; }",
        "class A { #x; m() { this.#x; } }",
        "class A { m() { this.#x; } #x; }",
        "class A { #x; m() { class B { n() { this.#x; } } } }",
        "class A { get #x() {} set #x(v) {} }",
        "class A { #x; m() { return #x in this; } }",
        "class A { #p; static B = class extends (this.#p) {} }",
        "class A { static constructor() {} }",
        "class A { prototype = 1; }",
        "class A { ['constructor'] = 1; }",
        "class A { x = function () { arguments; }; }",
        "class A { static { () => { var await; }; } }",
        "class A { static { L: break L; } }",
        "class await {}",
        "({ __proto__: 1, [\"__proto__\"]: 2 })",
        "({ __proto__: 1, __proto__ })",
        "({ __proto__: 1, __proto__() {} })",
        "({ __proto__: a, __proto__: b } = {})",
        "f() = 1;",
        "f() += 1;",
        "f()++;",
        "for (f() in x);",
    };

    static final String[][] INVALID_SCRIPT = {
        {"\"use strict\"; with (a) b;", "Strict mode code may not include a with statement", "1:15"},
        {"\"use strict\"; delete x;", "Delete of an unqualified identifier in strict mode", "1:15"},
        {"\"use strict\"; delete ((x));", "Delete of an unqualified identifier in strict mode", "1:15"},
        {"\"use strict\"; 010", "Octal literals are not allowed in strict mode", "1:15"},
        {"\"use strict\"; 08", "Octal literals are not allowed in strict mode", "1:15"},
        {"\"\\01\"; \"use strict\";", "Octal escape sequences are not allowed in strict mode", "1:1"},
        {"function f() { \"\\8\"; \"use strict\"; }", "Octal escape sequences are not allowed in strict mode", "1:16"},
        {"\"use strict\"; ({ \"\\1\": 1 })", "Octal escape sequences are not allowed in strict mode", "1:18"},
        {"\"use strict\"; ({ 01: 1 })", "Octal literals are not allowed in strict mode", "1:18"},
        {"\"use strict\"; var eval;", "Unexpected eval or arguments in strict mode", "1:19"},
        {"\"use strict\"; arguments = 1;", "Unexpected eval or arguments in strict mode", "1:15"},
        {"\"use strict\"; eval++;", "Unexpected eval or arguments in strict mode", "1:15"},
        {"\"use strict\"; [eval] = [];", "Unexpected eval or arguments in strict mode", "1:16"},
        {"\"use strict\"; ({ a: arguments } = {});", "Unexpected eval or arguments in strict mode", "1:21"},
        {"\"use strict\"; for (eval in x);", "Unexpected eval or arguments in strict mode", "1:20"},
        {"\"use strict\"; try {} catch (eval) {}", "Unexpected eval or arguments in strict mode", "1:29"},
        {"\"use strict\"; function arguments() {}", "Unexpected eval or arguments in strict mode", "1:24"},
        {"function eval() { \"use strict\"; }", "Unexpected eval or arguments in strict mode", "1:10"},
        {"\"use strict\"; var implements;", "Unexpected strict mode reserved word 'implements'", "1:19"},
        {"\"use strict\"; var interface;", "Unexpected strict mode reserved word 'interface'", "1:19"},
        {"\"use strict\"; let = 1;", "Unexpected strict mode reserved word 'let'", "1:15"},
        {"\"use strict\"; var package;", "Unexpected strict mode reserved word 'package'", "1:19"},
        {"\"use strict\"; private: ;", "Unexpected strict mode reserved word 'private'", "1:15"},
        {"\"use strict\"; protected++;", "Unexpected strict mode reserved word 'protected'", "1:15"},
        {"\"use strict\"; public = 1;", "Unexpected strict mode reserved word 'public'", "1:15"},
        {"\"use strict\"; var static;", "Unexpected strict mode reserved word 'static'", "1:19"},
        {"\"use strict\"; var yield;", "Unexpected strict mode reserved word 'yield'", "1:19"},
        {"function f(a = 1) { \"use strict\"; }", "Illegal 'use strict' directive in function with non-simple parameter list", "1:1"},
        {"(a = 1) => { \"use strict\"; }", "Illegal 'use strict' directive in function with non-simple parameter list", "1:1"},
        {"({ m([a]) { \"use strict\"; } })", "Illegal 'use strict' directive in function with non-simple parameter list", "1:4"},
        {"\"use strict\"; function f(a, a) {}", "Duplicate parameter name not allowed in this context", "1:29"},
        {"function f(a, a) { \"use strict\"; }", "Duplicate parameter name not allowed in this context", "1:15"},
        {"(a, a) => 1", "Duplicate parameter name not allowed in this context", "1:5"},
        {"({ m(a, a) {} })", "Duplicate parameter name not allowed in this context", "1:9"},
        {"function f(a, [a]) {}", "Duplicate parameter name not allowed in this context", "1:16"},
        {"function f(a, ...a) {}", "Duplicate parameter name not allowed in this context", "1:18"},
        {"{ let a; let a; }", "Identifier 'a' has already been declared", "1:14"},
        {"{ let a; var a; }", "Identifier 'a' has already been declared", "1:14"},
        {"{ var a; let a; }", "Identifier 'a' has already been declared", "1:14"},
        {"let a; { var a; }", "Identifier 'a' has already been declared", "1:14"},
        {"{ let a; { var a; } }", "Identifier 'a' has already been declared", "1:16"},
        {"switch (0) { case 1: let a; default: let a; }", "Identifier 'a' has already been declared", "1:42"},
        {"switch (0) { case 1: let a; default: var a; }", "Identifier 'a' has already been declared", "1:42"},
        {"function f() { let a; var a; }", "Identifier 'a' has already been declared", "1:27"},
        {"function f() { let a; function a() {} }", "Identifier 'a' has already been declared", "1:32"},
        {"function f(a) { let a; }", "Identifier 'a' has already been declared", "1:21"},
        {"(a) => { const a = 1; }", "Identifier 'a' has already been declared", "1:16"},
        {"try {} catch (e) { let e; }", "Identifier 'e' has already been declared", "1:24"},
        {"try {} catch ([e]) { var e; }", "Identifier 'e' has already been declared", "1:26"},
        {"try {} catch ([e, e]) {}", "Identifier 'e' has already been declared", "1:19"},
        {"\"use strict\"; { function f() {} function f() {} }", "Identifier 'f' has already been declared", "1:42"},
        {"{ function* f() {} function f() {} }", "Identifier 'f' has already been declared", "1:29"},
        {"{ async function f() {} function f() {} }", "Identifier 'f' has already been declared", "1:34"},
        {"let let = 1;", "let is disallowed as a lexically bound name", "1:5"},
        {"const [let] = [];", "let is disallowed as a lexically bound name", "1:8"},
        {"for (let let of x);", "let is disallowed as a lexically bound name", "1:10"},
        {"for (let a, a;;);", "Identifier 'a' has already been declared", "1:13"},
        {"for (let a of x) { var a; }", "Identifier 'a' has already been declared", "1:24"},
        {"for (const a in x) var a;", "Identifier 'a' has already been declared", "1:24"},
        {"var a; let a;", "Identifier 'a' has already been declared", "1:12"},
        {"let a; var a;", "Identifier 'a' has already been declared", "1:12"},
        {"function a() {} let a;", "Identifier 'a' has already been declared", "1:21"},
        {"let a; function a() {}", "Identifier 'a' has already been declared", "1:17"},
        {"class A {} class A {}", "Identifier 'A' has already been declared", "1:18"},
        {"L: L: ;", "Label 'L' has already been declared", "1:4"},
        {"L: { L: ; }", "Label 'L' has already been declared", "1:6"},
        {"break;", "Illegal break statement", "1:1"},
        {"continue;", "Illegal continue statement: no surrounding iteration statement", "1:1"},
        {"while (1) { break L; }", "Undefined label 'L'", "1:13"},
        {"while (1) { continue L; }", "Undefined label 'L'", "1:13"},
        {"L: { continue L; }", "Illegal continue statement: 'L' does not denote an iteration statement", "1:6"},
        {"L: while (1) { (function () { break L; }); }", "Undefined label 'L'", "1:31"},
        {"switch (0) { case 0: continue; }", "Illegal continue statement: no surrounding iteration statement", "1:22"},
        {"return;", "Illegal return statement", "1:1"},
        {"class C { static { return; } }", "Illegal return statement", "1:20"},
        {"while (1) function f() {}", "Functions can only be declared at the top level, inside a block, or as the body of an if statement", "1:11"},
        {"\"use strict\"; if (1) function f() {}", "In strict mode code, functions can only be declared at top level or inside a block", "1:22"},
        {"if (1) function* g() {}", "Generators can only be declared at the top level or inside a block", "1:8"},
        {"if (1) async function f() {}", "Async functions can only be declared at the top level or inside a block", "1:8"},
        {"\"use strict\"; L: function f() {}", "In strict mode code, functions can only be declared at top level or inside a block", "1:18"},
        {"L: function* g() {}", "Generators can only be declared at the top level or inside a block", "1:4"},
        {"if (1) L: function f() {}", "A labelled function declaration cannot be the body of an if, iteration or with statement", "1:11"},
        {"while (1) L: function f() {}", "A labelled function declaration cannot be the body of an if, iteration or with statement", "1:14"},
        {"with (a) function f() {}", "Functions can only be declared at the top level, inside a block, or as the body of an if statement", "1:10"},
        {"do function f() {} while (0)", "Functions can only be declared at the top level, inside a block, or as the body of an if statement", "1:4"},
        {"function* g() { function* h(a = yield) {} }", "Yield expression not allowed in formal parameter", "1:33"},
        {"function* g(a = yield 1) {}", "Yield expression not allowed in formal parameter", "1:17"},
        {"async function f(a = await 1) {}", "Illegal await-expression in formal parameters of async function", "1:22"},
        {"async function f() { (a = await 1) => a; }", "Illegal await-expression in formal parameters of async function", "1:27"},
        {"function* g() { (a = yield) => a; }", "Yield expression not allowed in formal parameter", "1:22"},
        {"async (await) => 1", "Unexpected reserved word 'await'", "1:8"},
        {"async (a = await) => 1", "Unexpected reserved word 'await'", "1:12"},
        {"function* g() { var yi\\u0065ld; }", "Unexpected identifier 'yield' in a generator", "1:21"},
        {"async function f() { var aw\\u0061it; }", "Unexpected reserved word 'await'", "1:26"},
        {"function* g() { function* yi\\u0065ld() {} }", "Unexpected identifier 'yield' in a generator", "1:27"},
        {"function f() { super.x; }", "'super' keyword unexpected here", "1:16"},
        {"({ m() { super(); } })", "'super' keyword unexpected here", "1:10"},
        {"class A { m() { super(); } }", "'super' keyword unexpected here", "1:17"},
        {"class A { constructor() { super(); } }", "'super' keyword unexpected here", "1:27"},
        {"class A extends B { constructor() { function f() { super(); } } }", "'super' keyword unexpected here", "1:52"},
        {"class A extends B { x = super(); }", "'super' keyword unexpected here", "1:25"},
        {"class A extends B { static { super(); } }", "'super' keyword unexpected here", "1:30"},
        {"super.x;", "'super' keyword unexpected here", "1:1"},
        {"() => super.x;", "'super' keyword unexpected here", "1:7"},
        {"new.target;", "new.target expression is not allowed here", "1:1"},
        {"() => new.target;", "new.target expression is not allowed here", "1:7"},
        {"import.meta;", "Cannot use 'import.meta' outside a module", "1:1"},
        {"class A { #x; m() { this.#y; } }", "Private field '#y' must be declared in an enclosing class", "1:21"},
        {"this.#x;", "Private field '#x' must be declared in an enclosing class", "1:1"},
        {"class A { #x; #x; }", "Identifier '#x' has already been declared", "1:15"},
        {"class A { get #x() {} get #x() {} }", "Identifier '#x' has already been declared", "1:27"},
        {"class A { static get #x() {} set #x(v) {} }", "Identifier '#x' has already been declared", "1:34"},
        {"class A { #x; get #x() {} }", "Identifier '#x' has already been declared", "1:19"},
        {"class A { #constructor; }", "Classes may not have a private field named '#constructor'", "1:11"},
        {"class A { #x; m() { delete this.#x; } }", "Private fields can not be deleted", "1:21"},
        {"class A { #x; m() { delete (this.#x); } }", "Private fields can not be deleted", "1:21"},
        {"class A { #x; m() { delete this?.#x; } }", "Private fields can not be deleted", "1:21"},
        {"class A { m() { return #y in this; } }", "Private field '#y' must be declared in an enclosing class", "1:24"},
        {"class A extends (class { #p; }) { m() { this.#p; } }", "Private field '#p' must be declared in an enclosing class", "1:41"},
        {"class A { constructor() {} constructor() {} }", "A class may only have one constructor", "1:28"},
        {"class A { *constructor() {} }", "Class constructor may not be a generator", "1:11"},
        {"class A { async constructor() {} }", "Class constructor may not be an async method", "1:11"},
        {"class A { get constructor() {} }", "Class constructor may not be an accessor", "1:11"},
        {"class A { static prototype() {} }", "Classes may not have a static property named 'prototype'", "1:11"},
        {"class A { static get prototype() {} }", "Classes may not have a static property named 'prototype'", "1:11"},
        {"class A { static prototype = 1; }", "Classes may not have a static property named 'prototype'", "1:11"},
        {"class A { constructor = 1; }", "Classes may not have a field named 'constructor'", "1:11"},
        {"class A { 'constructor' = 1; }", "Classes may not have a field named 'constructor'", "1:11"},
        {"class A { static 'prototype'() {} }", "Classes may not have a static property named 'prototype'", "1:11"},
        {"class A { x = arguments; }", "'arguments' is not allowed in class field initializer or static initialization block", "1:15"},
        {"class A { x = () => arguments; }", "'arguments' is not allowed in class field initializer or static initialization block", "1:21"},
        {"class A { static { arguments; } }", "'arguments' is not allowed in class field initializer or static initialization block", "1:20"},
        {"class A { static { await; } }", "Unexpected reserved word 'await'", "1:20"},
        {"class A { static { var await; } }", "Unexpected reserved word 'await'", "1:24"},
        {"class A { static { (await) => 1; } }", "Unexpected reserved word 'await'", "1:21"},
        {"class A { static { class await {} } }", "Unexpected reserved word 'await'", "1:26"},
        {"class A { static { while (1) { (function () { break; }); } } }", "Illegal break statement", "1:47"},
        {"class let {}", "Unexpected strict mode reserved word 'let'", "1:7"},
        {"class yield {}", "Unexpected strict mode reserved word 'yield'", "1:7"},
        {"class static {}", "Unexpected strict mode reserved word 'static'", "1:7"},
        {"class eval {}", "Unexpected eval or arguments in strict mode", "1:7"},
        {"({ __proto__: 1, __proto__: 2 })", "Duplicate __proto__ fields are not allowed in object literals", "1:18"},
        {"({ __proto__: 1, \"__proto__\": 2 })", "Duplicate __proto__ fields are not allowed in object literals", "1:18"},
        {"\"use strict\"; f() = 1;", "Invalid left-hand side in assignment", "1:15"},
        {"[f()] = [];", "Invalid left-hand side in assignment", "1:2"},
        {"f() &&= 1;", "Invalid left-hand side in assignment", "1:1"},
        {"\"use strict\"; f()++;", "Invalid left-hand side in assignment", "1:15"},
        {"a?.b = 1;", "Invalid left-hand side in assignment", "1:1"},
        {"(a?.b) = 1;", "Invalid left-hand side in assignment", "1:1"},
        {"a?.b`c`;", "Invalid tagged template on optional chain", "1:5"},
        {"a?.b++;", "Invalid left-hand side expression in update operation", "1:1"},
        {"for (a?.b of x);", "Invalid left-hand side in for-of loop", "1:6"},
        {"new a?.b();", "Invalid optional chain from new expression", "1:6"},
    };

    static final String[] VALID_MODULE = {
        "import.meta;",
        "export {a as b} from \"m\";",
        "export * from \"m\"; export * from \"n\";",
        "export {x as \"y\"}; var x;",
        "export default class {}",
        "\"use strict\";",
        "import {a} from \"m\"; a = 1;",
        "arguments",
        "let x; export {x}; x = 1;",
        "export {x}; { var x; }",
        "class C { #x; static { this.#x; } }",
    };

    static final String[][] INVALID_MODULE = {
        {"function f() { var await; }", "Unexpected reserved word 'await' in a module", "1:20"},
        {"await: ;", "Unexpected reserved word 'await' in a module", "1:1"},
        {"function f() { await: ; }", "Unexpected reserved word 'await' in a module", "1:16"},
        {"import a from \"m\"; import a from \"n\";", "Identifier 'a' has already been declared", "1:27"},
        {"import a from \"m\"; var a;", "Identifier 'a' has already been declared", "1:24"},
        {"import {a as b, c as b} from \"m\";", "Identifier 'b' has already been declared", "1:22"},
        {"import {eval} from \"m\";", "Unexpected eval or arguments in strict mode", "1:9"},
        {"import {yield} from \"m\";", "Unexpected strict mode reserved word 'yield'", "1:9"},
        {"function f() {} function f() {}", "Identifier 'f' has already been declared", "1:26"},
        {"function f() {} var f;", "Identifier 'f' has already been declared", "1:21"},
        {"export var a; export let a = 1;", "Identifier 'a' has already been declared", "1:26"},
        {"export {a}; export {b as a}; var a, b;", "Duplicate export of 'a'", "1:21"},
        {"export {a};", "Export 'a' is not defined in module", "1:9"},
        {"export {let};", "Unexpected reserved word 'let'", "1:9"},
        {"export {await};", "Unexpected reserved word 'await'", "1:9"},
        {"export {yield as y};", "Unexpected reserved word 'yield'", "1:9"},
        {"export default 1; export default 2;", "Duplicate export of 'default'", "1:19"},
        {"export default function () {} export {a as default}; var a;", "Duplicate export of 'default'", "1:39"},
        {"export * as a from \"m\"; export var a;", "Duplicate export of 'a'", "1:36"},
        {"{ import a from \"m\"; }", "Cannot use import statement here (only at the top level of a module)", "1:3"},
        {"import x from \"\\1\";", "Octal escape sequences are not allowed in strict mode", "1:15"},
        {"export {x as \"\\1\"}; var x;", "Octal escape sequences are not allowed in strict mode", "1:14"},
        {"export default class C {} let C;", "Identifier 'C' has already been declared", "1:31"},
        {"export function f() {} export function f() {}", "Identifier 'f' has already been declared", "1:40"},
        {"label: function f() {}", "In strict mode code, functions can only be declared at top level or inside a block", "1:8"},
        {"with (a) {}", "Strict mode code may not include a with statement", "1:1"},
        {"delete x;", "Delete of an unqualified identifier in strict mode", "1:1"},
        {"01", "Octal literals are not allowed in strict mode", "1:1"},
        {"new.target", "new.target expression is not allowed here", "1:1"},
        {"export {y}; { let y; }", "Export 'y' is not defined in module", "1:9"},
    };

    private static Stream<DynamicTest> valid(String[] sources, boolean module) {
        return Stream.of(sources).map(src -> DynamicTest.dynamicTest(src, () -> Parser.parse(src, "t.js", module)));
    }

    private static Stream<DynamicTest> invalid(String[][] cases, boolean module) {
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parse(c[0], "t.js", module));
            assertEquals(c[1], e.getMessage());
            assertEquals("t.js:" + c[2], e.location());
        }));
    }

    @TestFactory
    Stream<DynamicTest> validScripts() {
        return valid(VALID_SCRIPT, false);
    }

    @TestFactory
    Stream<DynamicTest> invalidScripts() {
        return invalid(INVALID_SCRIPT, false);
    }

    @TestFactory
    Stream<DynamicTest> validModules() {
        return valid(VALID_MODULE, true);
    }

    @TestFactory
    Stream<DynamicTest> invalidModules() {
        return invalid(INVALID_MODULE, true);
    }

    @TestFactory
    Stream<DynamicTest> importAndExportOnlyInModules() {
        return invalid(new String[][] {
            {"import a from \"m\";", "Cannot use import statement outside a module", "1:1"},
            {"export {b};", "Unexpected token 'export'", "1:1"},
            {"export * from \"a\"", "Unexpected token 'export'", "1:1"},
            {"import.meta", "Cannot use 'import.meta' outside a module", "1:1"},
        }, false);
    }
}
