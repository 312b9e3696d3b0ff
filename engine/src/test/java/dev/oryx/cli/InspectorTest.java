package dev.oryx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/** The printed forms of {@link Inspector}, for values made by evaluating JavaScript. */
class InspectorTest {
    private final JSRuntime runtime = new JSRuntime();
    private final JSContext cx = runtime.newContext();

    @AfterEach
    void close() {
        cx.close();
        runtime.close();
    }

    private String show(String code) {
        return Inspector.inspect(cx.realm(), cx.evalRaw(code, "test.js"));
    }

    private String show(String code, int depth) {
        return Inspector.inspect(cx.realm(), cx.evalRaw(code, "test.js"), depth);
    }

    @Test
    void primitives() {
        assertEquals("undefined", show("undefined"));
        assertEquals("null", show("null"));
        assertEquals("true", show("true"));
        assertEquals("42", show("42"));
        assertEquals("1.5", show("1.5"));
        assertEquals("-0", show("-0"));
        assertEquals("NaN", show("NaN"));
        assertEquals("-Infinity", show("-Infinity"));
        assertEquals("12345678901234567890n", show("12345678901234567890n"));
        assertEquals("Symbol(tag)", show("Symbol('tag')"));
        assertEquals("Symbol()", show("Symbol()"));
        assertEquals("Symbol(Symbol.iterator)", show("Symbol.iterator"));
    }

    @Test
    void stringsAreQuotedAndEscaped() {
        assertEquals("'abc'", show("'abc'"));
        assertEquals("''", show("''"));
        assertEquals("\"it's\"", show("\"it's\""));
        assertEquals("'both \\' and \"'", show("'both \\' and \"'"));
        assertEquals("'a\\nb\\tc\\\\'", show("'a\\nb\\tc\\\\'"));
        assertEquals("'\\u0001'", show("'\\x01'"));
        assertEquals("'\\ud800'", show("'\\ud800'"));
        assertEquals("'\ud83d\ude00'", show("'\\u{1F600}'"));
    }

    @Test
    void arraysWithNestingHolesAndExtraProperties() {
        assertEquals("[]", show("[]"));
        assertEquals("[ 1, 'two', [ 3, [ 4 ] ] ]", show("[1, 'two', [3, [4]]]"));
        assertEquals("[ 1, <2 empty items>, 4, <1 empty item> ]", show("[1, , , 4, ,]"));
        assertEquals("[ 1, 2, extra: true ]", show("const a = [1, 2]; a.extra = true; a"));
        assertEquals("[ <3 empty items> ]", show("new Array(3)"));
    }

    @Test
    void objectsWithKeysQuotedWhereNeeded() {
        assertEquals("{}", show("({})"));
        // indices first, then strings in creation order, then symbols, as [[OwnPropertyKeys]] lists them
        assertEquals("{ 0: 3, a: 1, 'b-c': 2, [Symbol(s)]: 4 }",
            show("({a: 1, 'b-c': 2, 0: 3, [Symbol('s')]: 4})"));
        assertEquals("{ visible: 1 }", show("Object.defineProperty({visible: 1}, 'hidden', {value: 2, enumerable: false})"));
        assertEquals("[Object: null prototype] { x: 1 }", show("Object.assign(Object.create(null), {x: 1})"));
    }

    @Test
    void accessorsAreNotCalled() {
        assertEquals("{ g: [Getter], s: [Setter], gs: [Getter/Setter] }",
            show("globalThis.calls = 0; ({ get g() { calls++; return 1 }, set s(v) {}, get gs() { calls++ }, set gs(v) {} })"));
        assertEquals("0", show("calls"));
    }

    @Test
    void cyclesAreMarked() {
        assertEquals("{ name: 'o', self: [Circular] }", show("const o = {name: 'o'}; o.self = o; o"));
        assertEquals("[ 1, [Circular] ]", show("const a = [1]; a.push(a); a"));
        assertEquals("{ a: { back: [Circular] } }", show("const p = {}; p.a = {back: p}; p"));
        // the same object twice, side by side, is not a cycle
        assertEquals("[ { x: 1 }, { x: 1 } ]", show("const s = {x: 1}; [s, s]"));
    }

    @Test
    void depthIsLimited() {
        assertEquals("{ a: { b: { c: [Object] } } }", show("({a: {b: {c: {d: 1}}}})"));
        assertEquals("{ a: [Object] }", show("({a: {b: 1}})", 0));
        assertEquals("[ [Array] ]", show("[[1]]", 0));
        assertEquals("{ p: [Point] }", show("class Point { constructor() { this.x = 1 } }; ({p: new Point()})", 0));
        assertEquals("{ a: { b: { c: { d: 1 } } } }", show("({a: {b: {c: {d: 1}}}})", 5));
    }

    @Test
    void longValuesBreakIntoIndentedLines() {
        String s = show("Array.from({length: 30}, (_, i) => 'item' + i)");
        assertTrue(s.startsWith("[\n  'item0',\n  'item1',\n"), s);
        assertTrue(s.endsWith("\n  'item29'\n]"), s);
        String nested = show("({list: Array.from({length: 20}, (_, i) => 'value' + i)})");
        assertTrue(nested.startsWith("{\n  list: [\n    'value0',\n"), nested);
        assertTrue(nested.endsWith("\n    'value19'\n  ]\n}"), nested);
    }

    @Test
    void functionsAndClasses() {
        assertEquals("[Function: f]", show("function f() {}; f"));
        assertEquals("[Function (anonymous)]", show("[() => 1][0]"));
        assertEquals("[Function: arrow]", show("const arrow = () => 1; arrow"));
        assertEquals("[GeneratorFunction: g]", show("function* g() {}; g"));
        assertEquals("[AsyncFunction: h]", show("async function h() {}; h"));
        assertEquals("[AsyncGeneratorFunction: ag]", show("async function* ag() {}; ag"));
        assertEquals("[class A]", show("class A {}; A"));
        assertEquals("[class B extends A]", show("class B extends A {}; B"));
        assertEquals("[Function: push]", show("[].push"));
        assertEquals("[Function: f] { tag: 'x' }", show("function f() {}; f.tag = 'x'; f"));
        assertEquals("D { x: 1, y: 2 }", show("class C { constructor() { this.x = 1 } }; class D extends C { constructor() { super(); this.y = 2 } }; new D()"));
    }

    @Test
    void collections() {
        assertEquals("Map(0) {}", show("new Map()"));
        assertEquals("Map(2) { 'a' => 1, { k: 1 } => [ 2 ] }", show("new Map([['a', 1], [{k: 1}, [2]]])"));
        assertEquals("Set(3) { 1, 'x', [ 2 ] }", show("new Set([1, 'x', [2]])"));
        assertEquals("WeakMap { <items unknown> }", show("new WeakMap()"));
        assertEquals("Uint8Array(3) [ 1, 2, 255 ]", show("new Uint8Array([1, 2, 255])"));
        assertEquals("ArrayBuffer { byteLength: 4 }", show("new ArrayBuffer(4)"));
        assertEquals("Map(1) { 'm' => [Circular] }", show("const m = new Map(); m.set('m', m); m"));
    }

    @Test
    void datesRegExpsWrappersPromises() {
        assertEquals("1970-01-01T00:00:01.500Z", show("new Date(1500)"));
        assertEquals("Invalid Date", show("new Date(NaN)"));
        assertEquals("/a+b/gi", show("/a+b/gi"));
        assertEquals("[Number: 3]", show("new Number(3)"));
        assertEquals("[String: 'ab']", show("new String('ab')"));
        assertEquals("[Boolean: false]", show("new Boolean(false)"));
        assertEquals("Promise { 1 }", show("Promise.resolve(1)"));
        assertEquals("Promise { <pending> }", show("new Promise(() => {})"));
        assertEquals("Promise { <rejected> 'no' }", show("const p = Promise.reject('no'); p.catch(() => {}); p"));
    }

    @Test
    void errorsShowTheirStack() {
        String e = show("new TypeError('bad thing')");
        assertTrue(e.startsWith("TypeError: bad thing\n    at "), e);
        assertTrue(e.contains("test.js:1:"), e);
        String withProps = show("const e = new Error('x'); e.code = 42; e");
        assertTrue(withProps.startsWith("Error: x\n") && withProps.endsWith(" { code: 42 }"), withProps);
        String nested = show("({ err: new RangeError('r') })");
        assertTrue(nested.startsWith("{\n  err: [RangeError: r\n"), nested);
        assertEquals("MyError: custom", show("class MyError extends Error { constructor() { super('custom'); this.name = 'MyError' } };"
            + "const m = new MyError(); delete m.stack; m").replace(" { name: 'MyError' }", ""));
    }

    @Test
    void proxiesAreShownThroughTheirTargetWithoutTraps() {
        assertEquals("{ t: 1 }", show("globalThis.trapped = 0; new Proxy({t: 1}, { ownKeys() { trapped++; return [] }, get() { trapped++ } })"));
        assertEquals("0", show("trapped"));
        assertEquals("[Proxy (revoked)]", show("const r = Proxy.revocable({}, {}); r.revoke(); r.proxy"));
    }
}
